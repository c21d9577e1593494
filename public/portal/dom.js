/**
 * Builds an element. Children that are strings become text nodes, so content from the API is never parsed
 * as HTML; attributes with false/null/undefined are left out.
 */
export const h = (tag, attributes = {}, ...children) => {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === null || value === undefined) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  element.append(...children.flat().filter((child) => child !== null && child !== undefined && child !== false));
  return element;
};

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
// en-CA formats as YYYY-MM-DD; dates are Beijing calendar days, as everywhere in the system.
const BEIJING_DATE = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

export const formatDate = (value) => {
  if (!value) return '';
  return DATE_ONLY.test(value) ? value : BEIJING_DATE.format(new Date(value));
};

/** Only web and site-relative addresses become links; anything else (javascript:, data:) is shown as text. */
export const safeUrl = (url) => (typeof url === 'string' && /^(https?:\/\/|\/(?!\/))/i.test(url) ? url : null);

export const documentHref = (slug) => `#/documents/${encodeURIComponent(slug)}`;
export const interpretationHref = (slug) => `#/interpretations/${encodeURIComponent(slug)}`;

export const breadcrumb = (...items) =>
  h(
    'nav',
    { class: 'breadcrumb', 'aria-label': '当前位置' },
    h(
      'ol',
      {},
      items.map(([text, href]) =>
        h('li', {}, href ? h('a', { href }, text) : h('span', { 'aria-current': 'page' }, text)),
      ),
    ),
  );

export const metaItem = (term, value) => (value ? h('div', {}, h('dt', {}, term), h('dd', {}, value)) : null);

/** Attachments or media: a heading and one link per file. */
export const fileList = (heading, files) =>
  files?.length
    ? h(
        'section',
        { class: 'files', 'aria-label': heading },
        h('h2', {}, heading),
        h(
          'ul',
          {},
          files.map((file) => {
            const url = safeUrl(file.url);
            return h('li', {}, url ? h('a', { href: url }, file.name) : file.name);
          }),
        ),
      )
    : null;
