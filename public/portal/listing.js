import { ApiError, getJson } from './api.js';
import { h } from './dom.js';

const PAGE_SIZE = 10;

const hashLink = (path, params) => {
  const query = params.toString();
  return `#${path}${query ? `?${query}` : ''}`;
};

export const selectField = ({ id, label, name, options, value }) =>
  h(
    'div',
    { class: 'field' },
    h('label', { for: id }, label),
    h(
      'select',
      { id, name },
      h('option', { value: '' }, '全部'),
      options.map(([optionValue, optionLabel]) =>
        h('option', { value: optionValue, selected: optionValue === value }, optionLabel),
      ),
    ),
  );

export const keywordField = ({ id, label, value, placeholder }) =>
  h(
    'div',
    { class: 'field field--keyword' },
    h('label', { for: id }, label),
    h('input', { id, name: 'q', type: 'search', maxlength: 50, value: value ?? '', placeholder }),
  );

/** 上一页 / 第 n 页 / 下一页, as hash links that keep the current filters. */
const pagination = (path, params, { page, pageCount }) => {
  if (pageCount <= 1) return null;
  const linkTo = (target, text, rel) => {
    const next = new URLSearchParams(params);
    next.set('page', String(target));
    return h('a', { href: hashLink(path, next), rel }, text);
  };
  return h(
    'nav',
    { class: 'pagination', 'aria-label': '分页' },
    page > 1 ? linkTo(page - 1, '上一页', 'prev') : null,
    h('span', { 'aria-current': 'page' }, `第 ${page} / ${pageCount} 页`),
    page < pageCount ? linkTo(page + 1, '下一页', 'next') : null,
  );
};

/** The list's address parameters → the public API query, through `apiFilters` (address name → API name). */
export const apiQuery = (params, apiFilters) => {
  const query = new URLSearchParams({
    'pagination[page]': params.get('page') ?? '1',
    'pagination[pageSize]': PAGE_SIZE,
  });
  for (const [name, apiName] of Object.entries(apiFilters)) {
    const value = params.get(name)?.trim();
    if (value) query.set(apiName, value);
  }
  return query;
};

/** A search form whose submission becomes the list's address, so every result page can be linked to. */
export const searchForm = ({ path, label, fields }) => {
  const form = h(
    'form',
    { class: 'filters', role: 'search', 'aria-label': label },
    fields,
    h(
      'div',
      { class: 'filters__actions' },
      h('button', { type: 'submit' }, '检索'),
      h('a', { href: `#${path}`, class: 'button button--plain' }, '重置'),
    ),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const next = new URLSearchParams();
    for (const [name, value] of new FormData(form)) if (String(value).trim()) next.set(name, String(value).trim());
    location.hash = hashLink(path, next);
  });
  return form;
};

export const listingTable = ({ caption, columns, rows }) =>
  h(
    'table',
    { class: 'listing' },
    h('caption', { class: 'visually-hidden' }, caption),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        columns.map((column) => h('th', { scope: 'col' }, column)),
      ),
    ),
    h('tbody', {}, rows),
  );

/**
 * One page of results with its count and pagination. A refused query (a keyword over 50 characters, a page
 * out of range) keeps the form on screen and shows the API's message instead.
 */
export const listingResults = async ({ url, query, path, params, table, emptyText }) => {
  try {
    const { data, meta } = await getJson(url, query);
    const count = `共 ${meta.pagination.total} 条`;
    return {
      announcement: count,
      section: h(
        'section',
        { class: 'results', 'aria-label': '检索结果' },
        h('p', { class: 'result-count' }, count),
        data.length > 0 ? table(data) : h('p', { class: 'empty' }, emptyText),
        pagination(path, params, meta.pagination),
      ),
    };
  } catch (error) {
    if (!(error instanceof ApiError) || error.status !== 400) throw error;
    return {
      announcement: error.message,
      section: h(
        'section',
        { class: 'results', 'aria-label': '检索结果' },
        h('p', { class: 'notice notice--error' }, error.message),
      ),
    };
  }
};
