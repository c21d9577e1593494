import type { Browser, Page } from 'playwright-core';
import { UID } from '../../src/uid';
import { createDepartment, documentData, startApp, type TestApp } from '../helpers';
import { collectPageErrors, eventually, launchChromium, listenOnFreePort } from '../helpers/browser';

const TITLE = '关于规范测试管理的通知';
const BODY = [
  '# 第一章 总则',
  '第一条 <img src="x" onerror="window.portalInjected = true">为规范管理，制定本办法。',
  '<script>window.portalInjected = true</script>',
  '',
  '## 改造内容',
  '- 基础类',
  '- **完善类**',
  '',
  '1. 居民申请',
  '2. 街道统筹',
].join('\n');

let app: TestApp;
let browser: Browser;
let page: Page;
let pageErrors: string[];

beforeAll(async () => {
  app = await startApp();
  const department = await createDepartment(app.strapi);
  const created = await app.strapi
    .documents(UID.policyDocument)
    .create({ data: documentData(department.documentId, { title: TITLE, body: BODY }) });
  await app.strapi.documents(UID.policyDocument).publish({ documentId: created.documentId });
  const baseUrl = await listenOnFreePort(app);
  browser = await launchChromium();
  page = await browser.newPage();
  pageErrors = collectPageErrors(page);
  await page.goto(`${baseUrl}/#/documents/${created.slug}`);
  await eventually(async () => expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(TITLE));
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

describe('正文（Markdown）的安全渲染', () => {
  test('标题、段落、列表和加粗按 Markdown 显示，# 级别排在页面标题之下', async () => {
    const body = page.locator('.policy__body');

    expect(await body.locator('h2').allTextContents()).toEqual(['第一章 总则']);
    expect(await body.locator('h3').allTextContents()).toEqual(['改造内容']);
    expect(await body.locator('ul > li').allTextContents()).toEqual(['基础类', '完善类']);
    expect(await body.locator('li > strong').allTextContents()).toEqual(['完善类']);
    expect(await body.locator('ol > li').allTextContents()).toEqual(['居民申请', '街道统筹']);
  });

  test('正文中的 HTML 原样显示为文字，不成为元素，也不执行', async () => {
    const body = page.locator('.policy__body');

    expect(await body.locator('img, script').count()).toBe(0);
    expect(await body.textContent()).toContain('第一条 <img src="x" onerror="window.portalInjected = true">为规范管理');
    expect(await body.textContent()).toContain('<script>window.portalInjected = true</script>');
    expect(await page.evaluate('window.portalInjected')).toBeUndefined();
    expect(pageErrors).toEqual([]);
  });
});
