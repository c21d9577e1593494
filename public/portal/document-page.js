import { getJson } from './api.js';
import { breadcrumb, documentHref, fileList, formatDate, h, interpretationHref, metaItem } from './dom.js';
import { renderMarkdown } from './markdown.js';

const metadata = (doc) =>
  h(
    'dl',
    { class: 'meta' },
    metaItem('索引号', doc.indexNumber),
    metaItem('主题分类', doc.topic?.name),
    metaItem('发布机构', doc.issuingDepartment?.name),
    metaItem('成文日期', formatDate(doc.issuedAt)),
    metaItem('发文字号', doc.documentNumber),
    metaItem('发布日期', formatDate(doc.publishedAt)),
    metaItem('公文种类', doc.docTypeLabel),
    metaItem('效力状态', doc.validityLabel),
    metaItem('规范性文件', doc.isNormative ? '是' : '否'),
    metaItem('联合发文', doc.jointDepartments?.map((d) => d.name).join('、')),
    metaItem('施行日期', formatDate(doc.effectiveFrom)),
    metaItem('失效日期', formatDate(doc.expiresAt)),
  );

const supersededNotice = (doc) =>
  doc.supersededBy
    ? h(
        'p',
        { class: 'notice' },
        `本文件${doc.validityLabel}，现行文件：`,
        h('a', { href: documentHref(doc.supersededBy.slug) }, doc.supersededBy.title),
      )
    : null;

const interpretationPanel = (doc) =>
  h(
    'aside',
    { class: 'related', 'aria-labelledby': 'related-heading' },
    h('h2', { id: 'related-heading' }, '政策解读'),
    doc.interpretations.length > 0
      ? h(
          'ul',
          { class: 'related__list' },
          doc.interpretations.map((interpretation) =>
            h(
              'li',
              {},
              h('a', { href: interpretationHref(interpretation.slug) }, interpretation.title),
              h(
                'p',
                { class: 'related__meta' },
                h('span', { class: 'badge' }, interpretation.formLabel),
                ` ${formatDate(interpretation.publishedAt)}`,
              ),
            ),
          ),
        )
      : h('p', { class: 'empty' }, '本文件暂无政策解读。'),
  );

export const documentPageView = async (slug) => {
  const { data: doc } = await getJson(`/api/policy-documents/slug/${encodeURIComponent(slug)}`);
  return {
    section: 'documents',
    title: doc.title,
    announcement: doc.title,
    content: [
      breadcrumb(['政府信息公开', '#/'], ['政策文件', '#/documents'], [doc.title]),
      h(
        'div',
        { class: 'with-related' },
        h(
          'article',
          { class: 'policy' },
          h('h1', {}, doc.title),
          metadata(doc),
          supersededNotice(doc),
          h('section', { class: 'policy__body', 'aria-label': '正文' }, renderMarkdown(doc.body)),
          fileList('附件', doc.attachments),
        ),
        interpretationPanel(doc),
      ),
    ],
  };
};
