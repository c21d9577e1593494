import { ApiError } from './api.js';
import { annualReportListView } from './annual-report-list.js';
import { h } from './dom.js';
import { decisionListView } from './decision-list.js';
import { decisionPageView } from './decision-page.js';
import { documentListView } from './document-list.js';
import { documentPageView } from './document-page.js';
import { interpretationListView } from './interpretation-list.js';
import { interpretationPageView } from './interpretation-page.js';

const SITE_TITLE = '清河区人民政府 政府信息公开';

/** Hash routes, so every page has an address without server-side routing: path pattern → view. */
const ROUTES = [
  [/^\/documents\/([^/]+)$/, (match) => documentPageView(decodeURIComponent(match[1]))],
  [/^\/interpretations\/([^/]+)$/, (match) => interpretationPageView(decodeURIComponent(match[1]))],
  [/^\/interpretations$/, (_match, params) => interpretationListView(params)],
  [/^\/decisions\/([^/]+)$/, (match) => decisionPageView(decodeURIComponent(match[1]))],
  [/^\/decisions$/, (_match, params) => decisionListView(params)],
  [/^\/annual-reports$/, () => annualReportListView()],
  [/^\/(documents)?$/, (_match, params) => documentListView(params)],
];

const main = document.getElementById('main');
const announcer = document.getElementById('announcer');

const notFoundView = () => ({
  section: null,
  title: '页面不存在',
  announcement: '页面不存在',
  content: [
    h('h1', {}, '页面不存在'),
    h('p', {}, '您访问的信息不存在，或已撤销发布，或不属于主动公开的政府信息。'),
    h('p', {}, h('a', { href: '#/documents' }, '返回政策文件列表')),
  ],
});

const errorView = (error) => {
  if (error instanceof ApiError && error.status === 404) return notFoundView();
  const message = error instanceof ApiError ? error.message : '暂时无法连接服务器，请稍后再试。';
  return {
    section: null,
    title: '出错了',
    announcement: message,
    content: [h('h1', {}, '出错了'), h('p', { class: 'notice notice--error' }, message)],
  };
};

const markSection = (section) => {
  for (const link of document.querySelectorAll('.site-nav a')) {
    if (link.dataset.section === section) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
};

const viewFor = async (path, params) => {
  const route = ROUTES.find(([pattern]) => pattern.test(path));
  if (!route) return notFoundView();
  try {
    return await route[1](route[0].exec(path), params);
  } catch (error) {
    return errorView(error);
  }
};

let latestNavigation = 0;
let previousPath = null;

const render = async () => {
  const [hashPath, query = ''] = location.hash.replace(/^#/, '').split('?');
  const path = hashPath || '/';
  const navigation = ++latestNavigation;
  main.setAttribute('aria-busy', 'true');
  const view = await viewFor(path, new URLSearchParams(query));
  // A later navigation started while this one was loading: its page wins.
  if (navigation !== latestNavigation) return;
  main.replaceChildren(...view.content);
  main.setAttribute('aria-busy', 'false');
  document.title = `${view.title} - ${SITE_TITLE}`;
  announcer.textContent = view.announcement;
  markSection(view.section);
  // A new page moves focus to its heading; a new search on the same list leaves focus in the form.
  if (previousPath !== null && path !== previousPath) {
    const heading = main.querySelector('h1');
    heading.setAttribute('tabindex', '-1');
    heading.focus();
  }
  previousPath = path;
};

window.addEventListener('hashchange', render);
render();
