import { getJson } from './api.js';
import { breadcrumb, formatDate, h } from './dom.js';

const BEIJING_YEAR = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric' });

export const decisionHref = (documentId) => `#/decisions/${encodeURIComponent(documentId)}`;

const consultationPeriod = (item) =>
  item.consultationStart && item.consultationEnd
    ? `${formatDate(item.consultationStart)} 至 ${formatDate(item.consultationEnd)}`
    : '—';

/** Reached stages with their dates; stages passed over with a reason say so. */
const stageDates = (item) =>
  h(
    'ul',
    { class: 'stage-dates' },
    item.stages
      .filter((stage) => stage.reachedOn || stage.skipped)
      .map((stage) =>
        h('li', {}, stage.skipped ? `${stage.stageLabel}（未开展）` : `${stage.stageLabel} ${stage.reachedOn}`),
      ),
  );

const row = (item, index) =>
  h(
    'tr',
    {},
    h('td', {}, String(index + 1)),
    h('td', { class: 'listing__title' }, h('a', { href: decisionHref(item.documentId) }, item.title)),
    h('td', {}, item.department?.name ?? ''),
    h('td', {}, item.stageLabel, item.openForComments ? h('span', { class: 'badge' }, '征求意见中') : null),
    h('td', {}, consultationPeriod(item)),
    h('td', {}, stageDates(item)),
    h(
      'td',
      {},
      item.materials.length
        ? h(
            'ul',
            { class: 'stage-dates' },
            item.materials.map((material) =>
              h('li', {}, h('a', { href: decisionHref(item.documentId) }, material.label)),
            ),
          )
        : '—',
    ),
    h(
      'td',
      {},
      item.resultDocument
        ? h('a', { href: `#/documents/${encodeURIComponent(item.resultDocument.slug)}` }, item.resultDocument.title)
        : '—',
    ),
  );

/** 重大行政决策事项目录 of one year (?year=2026; this year in Beijing by default). */
export const decisionListView = async (params) => {
  const asked = params.get('year') ?? '';
  const year = /^\d{4}$/.test(asked) ? Number(asked) : Number(BEIJING_YEAR.format(new Date()));
  const { data, meta } = await getJson(`/api/decision-catalogue/${year}`);
  const title = `${year}年重大行政决策事项目录`;
  return {
    section: 'decisions',
    title,
    announcement: `${title}，共 ${meta.total} 项`,
    content: [
      breadcrumb(['政府信息公开', '#/'], ['重大行政决策', '#/decisions'], [`${year}年`]),
      h('h1', {}, title),
      h(
        'nav',
        { class: 'year-nav', 'aria-label': '目录年度' },
        h('a', { href: `#/decisions?year=${year - 1}` }, `${year - 1}年`),
        ' ',
        h('a', { href: `#/decisions?year=${year + 1}` }, `${year + 1}年`),
      ),
      meta.total === 0
        ? h('p', { class: 'notice' }, '本年度目录暂无事项。')
        : h(
            'table',
            { class: 'listing' },
            h('caption', { class: 'visually-hidden' }, title),
            h(
              'thead',
              {},
              h(
                'tr',
                {},
                ['序号', '决策事项', '承办单位', '当前阶段', '征求意见期', '各阶段日期', '决策材料', '决策结果'].map(
                  (label) => h('th', { scope: 'col' }, label),
                ),
              ),
            ),
            h('tbody', {}, data.items.map(row)),
          ),
    ],
  };
};
