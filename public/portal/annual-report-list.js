import { getJson } from './api.js';
import { formatDate, h } from './dom.js';

/** 政府信息公开工作年度报告: each published report links to its printable page and the CSV of its tables. */
export const annualReportListView = async () => {
  const { data } = await getJson('/api/annual-reports', new URLSearchParams({ 'pagination[pageSize]': '100' }));
  const base = (report) => `/api/annual-reports/${encodeURIComponent(report.documentId)}`;
  return {
    section: 'annual-reports',
    title: '政府信息公开工作年度报告',
    announcement: `政府信息公开工作年度报告，共 ${data.length} 份`,
    content: [
      h('h1', {}, '政府信息公开工作年度报告'),
      data.length === 0
        ? h('p', {}, '暂无已发布的年度报告。')
        : h(
            'table',
            { class: 'listing' },
            h('caption', {}, '年度报告列表'),
            h(
              'thead',
              {},
              h(
                'tr',
                {},
                ...['报告', '年度', '发布机构', '发布日期', '表格（CSV）'].map((c) => h('th', { scope: 'col' }, c)),
              ),
            ),
            h(
              'tbody',
              {},
              ...data.map((report) =>
                h(
                  'tr',
                  {},
                  h('td', {}, h('a', { href: `${base(report)}/print` }, report.title)),
                  h('td', {}, String(report.year)),
                  h('td', {}, report.department?.name ?? ''),
                  h('td', {}, formatDate(report.publishedAt)),
                  h(
                    'td',
                    {},
                    ...['2', '3', '4'].map((n) =>
                      h(
                        'a',
                        { href: `${base(report)}/table-${n}.csv`, class: 'csv-link' },
                        `表${'二三四'[Number(n) - 2]} `,
                      ),
                    ),
                  ),
                ),
              ),
            ),
          ),
    ],
  };
};
