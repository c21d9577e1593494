import fs from 'fs';
import path from 'path';
import type { Browser, Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../src/seed/seed-demo';
import { UID } from '../../src/uid';
import { startApp, type TestApp } from '../helpers';
import { launchChromium, listenOnFreePort } from '../helpers/browser';

/**
 * The admin as the demo roles see it at 1440×900: every screen they use is Chinese, lists show the
 * Chinese labels of enumeration values, and the 状态 column fits on screen.
 */
const ARTIFACTS = path.resolve(__dirname, '..', '.artifacts');

/** English phrases of Strapi's own UI that a Chinese government user must not meet on these screens. */
const ENGLISH_UI = [
  'Hello',
  'Welcome to your administration panel',
  'Strapi Cloud',
  'Deploy',
  'guided tour',
  'Create new entry',
  'entries found',
  'Collection Types',
  'COLLECTION TYPES',
  'Search',
  'Add or create a relation',
  'max.',
  'Saved document',
  'Draft',
  'Published',
  'No entry yet',
  'Set up preview',
  'Project statistics',
  'Last edited entries',
  'Last published entries',
  'Filters',
];

/** Raw enumeration values the lists used to show. */
const RAW_VALUES = ['proactive', 'on_request', 'policy_qa', 'first-publish', 'unreviewed', 'government_office'];

const DOCUMENTS = `/admin/content-manager/collection-types/${UID.policyDocument}`;
const INTERPRETATIONS = `/admin/content-manager/collection-types/${UID.policyInterpretation}`;
const ARCHIVE = `/admin/content-manager/collection-types/${UID.archiveTransfer}`;

let app: TestApp;
let baseUrl: string;
let browser: Browser;

beforeAll(async () => {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  app = await startApp({ DEMO_SEED: 'true' }, {}, { serveAdminPanel: true });
  baseUrl = await listenOnFreePort(app);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const signIn = async (email: string): Promise<Page> => {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
  await page.goto(`${baseUrl}/admin/auth/login`);
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: '登录' }).click();
  await page.waitForURL((url) => !url.pathname.includes('/auth/'));
  return page;
};

const visibleText = (page: Page) => page.locator('body').innerText();

/** The content manager's tables mark every cell, header cells too, as a gridcell. */
const header = (page: Page, label: string) => page.locator('th').filter({ hasText: new RegExp(`^\\s*${label}\\s*$`) });
const cell = (page: Page, text: string) => page.locator('td').filter({ hasText: text });

const AFTER_SCHOOL = '清河区教育局关于开展中小学课后服务工作的实施意见（征求意见稿）';
const AFTER_SCHOOL_READING = '《关于开展中小学课后服务工作的实施意见》解读（草稿）';

const englishOn = async (page: Page): Promise<string[]> => {
  const text = await visibleText(page);
  return ENGLISH_UI.filter((phrase) => text.includes(phrase));
};

const screenshot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(ARTIFACTS, `admin-${name}.png`), fullPage: false });

describe('部门审核（教育局）', () => {
  let page: Page;

  beforeAll(async () => {
    page = await signIn('jyj-reviewer@qinghe.example.gov.cn');
  });

  afterAll(() => page.close());

  test('首页是中文，没有 Strapi Cloud 部署、新手引导和全站统计', async () => {
    await page.getByText('欢迎使用政务公开管理后台').waitFor();
    await screenshot(page, 'reviewer-home');

    expect(await englishOn(page)).toEqual([]);
    expect(await visibleText(page)).toContain('您好');
  });

  test('政策文件列表：中文表头和取值，状态列在 1440 像素宽的屏幕内', async () => {
    await page.goto(`${baseUrl}${DOCUMENTS}`);
    const statusHeader = header(page, '状态');
    await statusHeader.waitFor();
    await cell(page, '主动公开').first().waitFor();
    await screenshot(page, 'reviewer-documents');

    const box = await statusHeader.boundingBox();
    expect(box && box.x + box.width).toBeLessThanOrEqual(1440);
    const text = await visibleText(page);
    expect(RAW_VALUES.filter((value) => text.includes(value))).toEqual([]);
    expect(text).toMatch(/共 \d+ 条/);
    expect(await englishOn(page)).toEqual([]);
  });

  test('政策文件编辑页：中文，发布检查说明解读同步发布，强制发布理由不可填写', async () => {
    await page.getByRole('link', { name: AFTER_SCHOOL }).click();
    await page.getByText('发布检查').waitFor();
    await page.getByText(`${AFTER_SCHOOL_READING}：随文件同步发布`).waitFor();
    await screenshot(page, 'reviewer-document-edit');

    const text = await visibleText(page);
    expect(text).toContain('可以发布');
    expect(text).toContain('本文件为规范性文件，须同步发布解读');
    expect(text).toContain('您可以发布');
    expect(text).toMatch(/今天发布：\d{4}年\d{1,2}月\d{1,2}日前移交/);
    expect(await page.getByLabel('强制发布理由（解读后补）').isDisabled()).toBe(true);
    expect(await englishOn(page)).toEqual([]);
  });

  test('点击“发布”：确认框用中文说明哪些解读同步发布，确认后文件和解读一起发布', async () => {
    await page.getByRole('button', { name: '发布', exact: true }).click();
    const dialog = page.getByRole('alertdialog');
    await dialog.getByText('以下解读将与本文件同步发布').waitFor();
    await screenshot(page, 'reviewer-publish-dialog');

    expect(await dialog.innerText()).toContain(AFTER_SCHOOL_READING);
    expect(await englishOn(page)).toEqual([]);

    await dialog.getByRole('button', { name: '发布', exact: true }).click();
    await page.getByText('已发布').first().waitFor();
    await screenshot(page, 'reviewer-published');
    const published = await app.strapi.db
      .query(UID.policyInterpretation)
      .count({ where: { title: AFTER_SCHOOL_READING, publishedAt: { $notNull: true } } });
    expect(published).toBe(1);
  });
});

describe('部门编辑（教育局）', () => {
  let page: Page;

  beforeAll(async () => {
    page = await signIn('jyj-editor@qinghe.example.gov.cn');
  });

  afterAll(() => page.close());

  test('新建政策文件：按钮、字数提示和关联选择器都是中文', async () => {
    await page.goto(`${baseUrl}${DOCUMENTS}`);
    await page.getByRole('link', { name: '新建条目' }).first().click();
    await page.getByText('公文标题').first().waitFor();
    await screenshot(page, 'editor-new-document');

    const text = await visibleText(page);
    expect(text).toContain('最多 200');
    expect(await englishOn(page)).toEqual([]);
  });

  test('政策文件编辑页：发布检查告诉编辑谁可以发布，强制发布理由不可填写', async () => {
    await page.goto(`${baseUrl}${DOCUMENTS}`);
    await page.getByRole('link', { name: AFTER_SCHOOL }).click();
    await page.getByText('您不能发布，请提交本部门审核').waitFor();
    await screenshot(page, 'editor-document-check');

    expect(await page.getByLabel('强制发布理由（解读后补）').isDisabled()).toBe(true);
    expect(await englishOn(page)).toEqual([]);
  });

  test('政策解读列表：解读形式显示中文', async () => {
    await page.goto(`${baseUrl}${INTERPRETATIONS}`);
    await header(page, '状态').waitFor();
    await cell(page, '文字解读').first().waitFor();
    await screenshot(page, 'editor-interpretations');

    const text = await visibleText(page);
    expect(RAW_VALUES.filter((value) => text.includes(value))).toEqual([]);
    expect(await englishOn(page)).toEqual([]);
  });
});

describe('公开办', () => {
  test('编辑页可以填写强制发布理由，发布检查说明可以强制发布', async () => {
    const page = await signIn('gkb@qinghe.example.gov.cn');
    await page.goto(`${baseUrl}${DOCUMENTS}`);
    await page.getByRole('link', { name: AFTER_SCHOOL }).click();
    await page.getByText('发布检查').waitFor();
    await page.getByText('强制发布理由（解读后补）').waitFor();
    await screenshot(page, 'office-document-edit');

    expect(await page.getByLabel('强制发布理由（解读后补）').isEditable()).toBe(true);
    expect(await visibleText(page)).toContain('您可以发布，也可以强制发布');
    expect(await englishOn(page)).toEqual([]);
    await page.close();
  });
});

describe('档案员', () => {
  test('归档移交列表显示移交状态和移交原因的中文', async () => {
    const page = await signIn('archivist@qinghe.example.gov.cn');
    await page.goto(`${baseUrl}${ARCHIVE}`);
    await header(page, '移交状态').waitFor();
    await cell(page, '待移交').first().waitFor();
    await screenshot(page, 'archivist-queue');

    const box = await header(page, '移交批次号').boundingBox();
    expect(box && box.x + box.width).toBeLessThanOrEqual(1440);
    const text = await visibleText(page);
    expect(RAW_VALUES.filter((value) => text.includes(value))).toEqual([]);
    expect(await englishOn(page)).toEqual([]);
    await page.close();
  });
});
