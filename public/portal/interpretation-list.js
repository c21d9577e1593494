import { loadCatalogue } from './api.js';
import { documentHref, formatDate, h, interpretationHref } from './dom.js';
import { INTERPRETATION_FORMS } from './labels.js';
import { apiQuery, keywordField, listingResults, listingTable, searchForm, selectField } from './listing.js';

const PATH = '/interpretations';

const API_FILTERS = {
  form: 'filters[form][$eq]',
  department: 'filters[interpretingDepartment][code][$eq]',
  q: 'q',
};

const fields = (departments, params) => [
  keywordField({ id: 'int-q', label: '关键词', value: params.get('q'), placeholder: '解读标题' }),
  selectField({
    id: 'int-form',
    label: '解读形式',
    name: 'form',
    options: Object.entries(INTERPRETATION_FORMS),
    value: params.get('form'),
  }),
  selectField({
    id: 'int-department',
    label: '解读机构',
    name: 'department',
    options: departments.map((d) => [d.code, d.name]),
    value: params.get('department'),
  }),
];

const interpretationTable = (interpretations) =>
  listingTable({
    caption: '政策解读列表',
    columns: ['标题', '解读形式', '所解读文件', '发布日期'],
    rows: interpretations.map((interpretation) =>
      h(
        'tr',
        {},
        h(
          'td',
          { class: 'listing__title' },
          h('a', { href: interpretationHref(interpretation.slug) }, interpretation.title),
        ),
        h('td', { 'data-label': '解读形式' }, interpretation.formLabel),
        h(
          'td',
          { 'data-label': '所解读文件' },
          h('a', { href: documentHref(interpretation.document.slug) }, interpretation.document.title),
        ),
        h('td', { 'data-label': '发布日期' }, formatDate(interpretation.publishedAt)),
      ),
    ),
  });

export const interpretationListView = async (params) => {
  const [catalogue, results] = await Promise.all([
    loadCatalogue(),
    listingResults({
      url: '/api/policy-interpretations',
      query: apiQuery(params, API_FILTERS),
      path: PATH,
      params,
      table: interpretationTable,
      emptyText: '没有符合条件的政策解读。',
    }),
  ]);
  return {
    section: 'interpretations',
    title: '政策解读',
    announcement: `政策解读，${results.announcement}`,
    content: [
      h('h1', {}, '政策解读'),
      h('p', { class: 'lead' }, '已发布政策文件的文字解读、图表图解、音视频解读、答记者问等。'),
      searchForm({ path: PATH, label: '检索政策解读', fields: fields(catalogue.data, params) }),
      results.section,
    ],
  };
};
