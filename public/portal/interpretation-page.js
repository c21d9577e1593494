import { getJson } from './api.js';
import { breadcrumb, documentHref, fileList, formatDate, h, metaItem, safeUrl } from './dom.js';
import { INTERPRETATION_SECTIONS } from './labels.js';
import { renderMarkdown } from './markdown.js';

const sections = (interpretation) =>
  INTERPRETATION_SECTIONS.filter(([field]) => interpretation[field]?.trim()).map(([field, heading]) =>
    h('section', { class: 'policy__section' }, h('h2', {}, heading), renderMarkdown(interpretation[field], 2)),
  );

const externalLink = (interpretation) => {
  const url = safeUrl(interpretation.link);
  return url
    ? h('p', { class: 'notice' }, `${interpretation.formLabel}：`, h('a', { href: url, rel: 'noopener' }, '查看'))
    : null;
};

const contact = (interpretation) => {
  const parts = [interpretation.contactUnit, interpretation.contactPerson, interpretation.contactPhone];
  return parts.some(Boolean)
    ? h('section', { class: 'policy__section' }, h('h2', {}, '咨询方式'), h('p', {}, parts.filter(Boolean).join('　')))
    : null;
};

const documentPanel = (document) =>
  h(
    'aside',
    { class: 'related', 'aria-labelledby': 'related-heading' },
    h('h2', { id: 'related-heading' }, '所解读文件'),
    h(
      'p',
      {},
      h('a', { href: documentHref(document.slug) }, document.title),
      document.documentNumber ? h('span', { class: 'related__meta' }, document.documentNumber) : null,
    ),
  );

export const interpretationPageView = async (slug) => {
  const { data: interpretation } = await getJson(`/api/policy-interpretations/slug/${encodeURIComponent(slug)}`);
  return {
    section: 'interpretations',
    title: interpretation.title,
    announcement: interpretation.title,
    content: [
      breadcrumb(['政府信息公开', '#/'], ['政策解读', '#/interpretations'], [interpretation.title]),
      h(
        'div',
        { class: 'with-related' },
        h(
          'article',
          { class: 'policy' },
          h('h1', {}, interpretation.title),
          h(
            'dl',
            { class: 'meta' },
            metaItem('解读形式', interpretation.formLabel),
            metaItem('解读机构', interpretation.interpretingDepartment?.name),
            metaItem('发布日期', formatDate(interpretation.publishedAt)),
          ),
          externalLink(interpretation),
          sections(interpretation),
          fileList('图解与音视频', interpretation.media),
          contact(interpretation),
        ),
        documentPanel(interpretation.document),
      ),
    ],
  };
};
