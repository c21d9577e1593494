import { getJson } from './api.js';
import { commentForm } from './comment-form.js';
import { breadcrumb, formatDate, h, metaItem } from './dom.js';
import { DECISION_MATERIALS } from './labels.js';
import { renderMarkdown } from './markdown.js';

const history = (item) =>
  h(
    'section',
    { class: 'policy__section', 'aria-labelledby': 'history-heading' },
    h('h2', { id: 'history-heading' }, '决策过程'),
    h(
      'ol',
      { class: 'stage-history' },
      item.stageHistory.map((entry) =>
        h(
          'li',
          {},
          `${entry.reachedOn} ${entry.stageLabel}`,
          entry.unit ? `（${entry.unit}）` : '',
          entry.skipped.length
            ? h(
                'span',
                { class: 'stage-history__skipped' },
                `未开展${entry.skipped.map((s) => s.stageLabel).join('、')}：${entry.reason ?? ''}`,
              )
            : null,
        ),
      ),
    ),
  );

const materials = (item) =>
  DECISION_MATERIALS.filter(([field]) => item[field]?.trim()).map(([field, heading]) =>
    h(
      'section',
      { class: 'policy__section', id: `material-${field}` },
      h('h2', {}, heading),
      renderMarkdown(item[field], 2),
    ),
  );

const comment = (entry) =>
  h(
    'li',
    { class: 'comment' },
    h('p', {}, entry.content),
    h(
      'p',
      { class: 'related__meta' },
      `${formatDate(entry.createdAt)} 提交`,
      entry.adoption === 'unreviewed' ? null : h('span', { class: 'badge' }, entry.adoptionLabel),
    ),
    entry.reply ? h('p', { class: 'comment__reply' }, `答复：${entry.reply}`) : null,
  );

const comments = (item) => {
  const counts = item.commentCounts;
  return h(
    'section',
    { class: 'policy__section', 'aria-labelledby': 'comments-heading' },
    h('h2', { id: 'comments-heading' }, '公众意见'),
    h(
      'p',
      {},
      `共收到意见 ${counts.received} 条，审核后公开 ${counts.published} 条：采纳 ${counts.adopted} 条，部分采纳 ${counts.partlyAdopted} 条，未采纳 ${counts.notAdopted} 条。`,
    ),
    item.comments.length ? h('ol', { class: 'comments' }, item.comments.map(comment)) : null,
  );
};

export const decisionPageView = async (documentId) => {
  const { data: item } = await getJson(`/api/decision-items/${encodeURIComponent(documentId)}`);
  return {
    section: 'decisions',
    title: item.title,
    announcement: item.title,
    content: [
      breadcrumb(['政府信息公开', '#/'], ['重大行政决策', `#/decisions?year=${item.year}`], [item.title]),
      h(
        'article',
        { class: 'policy' },
        h('h1', {}, item.title),
        h(
          'dl',
          { class: 'meta' },
          metaItem('目录年度', String(item.year)),
          metaItem('承办单位', item.department?.name),
          metaItem('当前阶段', item.stageLabel),
          metaItem(
            '征求意见期',
            item.consultationStart && item.consultationEnd
              ? `${item.consultationStart} 至 ${item.consultationEnd}`
              : null,
          ),
          metaItem('决策结果文件', item.resultDocument?.title),
        ),
        item.openForComments
          ? h('p', { class: 'notice' }, `正在公开征求意见，截至 ${item.consultationEnd} 24 时。`)
          : null,
        history(item),
        materials(item),
        comments(item),
        item.openForComments ? commentForm(item) : null,
      ),
    ],
  };
};
