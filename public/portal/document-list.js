import { loadCatalogue } from './api.js';
import { documentHref, formatDate, h } from './dom.js';
import { DOC_TYPES, VALIDITY } from './labels.js';
import { apiQuery, keywordField, listingResults, listingTable, searchForm, selectField } from './listing.js';

const PATH = '/documents';
const FIRST_YEAR = 2000;

const API_FILTERS = {
  department: 'filters[issuingDepartment][code][$eq]',
  topic: 'filters[topic][code][$eq]',
  docType: 'filters[docType][$eq]',
  year: 'year',
  normative: 'filters[isNormative][$eq]',
  validity: 'filters[validity][$eq]',
  q: 'q',
};

/** Topics that have documents, over all departments (the catalogue lists them per department). */
const catalogueTopics = (departments) => {
  const topics = new Map();
  for (const topic of departments.flatMap((department) => department.topics)) {
    const known = topics.get(topic.code);
    topics.set(topic.code, { ...topic, count: (known?.count ?? 0) + topic.count });
  }
  return [...topics.values()].sort((a, b) => a.code.localeCompare(b.code));
};

const years = () => {
  const list = [];
  for (let year = new Date().getFullYear(); year >= FIRST_YEAR; year -= 1) list.push([String(year), `${year}年`]);
  return list;
};

const fields = (departments, params) => [
  keywordField({ id: 'doc-q', label: '关键词', value: params.get('q'), placeholder: '标题、发文字号或正文' }),
  selectField({
    id: 'doc-department',
    label: '发布机构',
    name: 'department',
    options: departments.map((d) => [d.code, `${d.name}（${d.count}）`]),
    value: params.get('department'),
  }),
  selectField({
    id: 'doc-topic',
    label: '主题分类',
    name: 'topic',
    options: catalogueTopics(departments).map((t) => [t.code, `${t.name}（${t.count}）`]),
    value: params.get('topic'),
  }),
  selectField({
    id: 'doc-type',
    label: '公文种类',
    name: 'docType',
    options: Object.entries(DOC_TYPES),
    value: params.get('docType'),
  }),
  selectField({ id: 'doc-year', label: '成文年份', name: 'year', options: years(), value: params.get('year') }),
  selectField({
    id: 'doc-normative',
    label: '规范性文件',
    name: 'normative',
    options: [
      ['true', '是'],
      ['false', '否'],
    ],
    value: params.get('normative'),
  }),
  selectField({
    id: 'doc-validity',
    label: '效力状态',
    name: 'validity',
    options: Object.entries(VALIDITY),
    value: params.get('validity'),
  }),
];

const badges = (doc) => [
  doc.isNormative ? h('span', { class: 'badge' }, '规范性文件') : null,
  doc.validity !== 'in_force' ? h('span', { class: 'badge badge--muted' }, doc.validityLabel) : null,
];

const documentTable = (documents) =>
  listingTable({
    caption: '政策文件列表',
    columns: ['标题', '发文字号', '发布机构', '成文日期'],
    rows: documents.map((doc) =>
      h(
        'tr',
        {},
        h('td', { class: 'listing__title' }, h('a', { href: documentHref(doc.slug) }, doc.title), badges(doc)),
        h('td', { 'data-label': '发文字号' }, doc.documentNumber ?? ''),
        h('td', { 'data-label': '发布机构' }, doc.issuingDepartment?.name ?? ''),
        h('td', { 'data-label': '成文日期' }, formatDate(doc.issuedAt)),
      ),
    ),
  });

export const documentListView = async (params) => {
  const [catalogue, results] = await Promise.all([
    loadCatalogue(),
    listingResults({
      url: '/api/policy-documents',
      query: apiQuery(params, API_FILTERS),
      path: PATH,
      params,
      table: documentTable,
      emptyText: '没有符合条件的政策文件。',
    }),
  ]);
  return {
    section: 'documents',
    title: '政策文件',
    announcement: `政策文件，${results.announcement}`,
    content: [
      h('h1', {}, '政策文件'),
      h('p', { class: 'lead' }, `主动公开的政策文件共 ${catalogue.meta.total} 件，可按发布机构、主题分类等检索。`),
      searchForm({ path: PATH, label: '检索政策文件', fields: fields(catalogue.data, params) }),
      results.section,
    ],
  };
};
