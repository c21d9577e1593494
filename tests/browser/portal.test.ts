import fs from 'fs';
import path from 'path';
import type { Browser, Page } from 'playwright-core';
import { ENUMS } from '../../src/domain/enums';
import { DEMO_DEPARTMENTS, DEMO_DOCUMENTS } from '../../src/seed/demo-content';
import { UID } from '../../src/uid';
import { startApp, type TestApp } from '../helpers';
import { collectPageErrors, eventually, launchChromium, listenOnFreePort } from '../helpers/browser';

const SCREENSHOT = path.resolve(__dirname, '..', '.artifacts', 'portal-document.png');

const RENOVATION = '清河区人民政府关于印发《清河区老旧小区改造实施办法》的通知';
const RENOVATION_READING = '《清河区老旧小区改造实施办法》政策解读';
const RENOVATION_INFOGRAPHIC = '一图读懂：清河区老旧小区改造怎么改';
const ENROLMENT = '清河区教育局关于2026年义务教育阶段招生入学工作的通知';
const SMALL_CATERING = '清河区市场监督管理局关于规范小餐饮登记管理的通告';
const DRAFT = '清河区教育局关于开展中小学课后服务工作的实施意见（征求意见稿）';
const DRAFT_READING = '《关于开展中小学课后服务工作的实施意见》解读（草稿）';
const ON_REQUEST = '清河区人民政府办公室关于区属国有企业负责人薪酬考核结果的通报';

const PUBLISHED = DEMO_DOCUMENTS.filter((d) => d.publish && d.disclosure === 'proactive').map((d) => d.title);
const EDUCATION_BUREAU = DEMO_DEPARTMENTS.find((d) => d.name === '清河区教育局')?.code as string;

let app: TestApp;
let baseUrl: string;
let browser: Browser;
let page: Page;
let pageErrors: string[];

beforeAll(async () => {
  app = await startApp({ DEMO_SEED: 'true' });
  baseUrl = await listenOnFreePort(app);
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
  pageErrors = collectPageErrors(page);
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

afterEach(() => {
  expect(pageErrors.splice(0)).toEqual([]);
});

const listedTitles = () => page.locator('.listing .listing__title a').allTextContents();
const heading = () => page.getByRole('heading', { level: 1 }).textContent();
const optionLabels = (label: string) => page.getByLabel(label).locator('option:not([value=""])').allTextContents();

/** The metadata box of a document or interpretation page as 名称 → 内容. */
const metadata = async () => {
  const terms = await page.locator('dl.meta dt').allTextContents();
  const values = await page.locator('dl.meta dd').allTextContents();
  return Object.fromEntries(terms.map((term, i) => [term, values[i]]));
};

const search = async (fill: () => Promise<void>) => {
  await page.goto(`${baseUrl}/#/documents`);
  await page.getByRole('button', { name: '检索' }).waitFor();
  await fill();
  await page.getByRole('button', { name: '检索' }).click();
};

describe('政策文件列表', () => {
  test('首页 / 是门户（不跳转到管理后台），列出全部已发布文件，不含草稿和依申请公开文件', async () => {
    const response = await page.goto(`${baseUrl}/`);

    expect(response?.status()).toBe(200);
    expect(page.url()).toBe(`${baseUrl}/`);
    expect(PUBLISHED).toHaveLength(8);
    await eventually(async () => expect((await listedTitles()).sort()).toEqual([...PUBLISHED].sort()));
    await expect(page.locator('.result-count').textContent()).resolves.toBe('共 8 条');
    const titles = await listedTitles();
    expect(titles).not.toContain(DRAFT);
    expect(titles).not.toContain(ON_REQUEST);
    expect(await page.title()).toBe('政策文件 - 清河区人民政府 政府信息公开');
  });

  test('管理后台的接口仍在 /admin 下', async () => {
    const res = await app.http().get('/admin/init');

    expect(res.status).toBe(200);
  });

  test('按发布机构筛选：只剩该机构已发布的文件，选项显示已发布文件数', async () => {
    await search(() =>
      page
        .getByLabel('发布机构')
        .selectOption(EDUCATION_BUREAU)
        .then(() => undefined),
    );

    await eventually(async () => expect(await listedTitles()).toEqual([ENROLMENT]));
    expect(page.url()).toContain(`department=${EDUCATION_BUREAU}`);
    expect(await page.getByLabel('发布机构').locator('option:checked').textContent()).toBe('清河区教育局（1）');
  });

  test('按发文字号检索', async () => {
    await search(() => page.getByLabel('关键词').fill('清市监规〔2026〕1号'));

    await eventually(async () => expect(await listedTitles()).toEqual([SMALL_CATERING]));
  });

  test('按效力状态筛选“已废止”：只剩已废止的旧办法', async () => {
    await search(() =>
      page
        .getByLabel('效力状态')
        .selectOption('repealed')
        .then(() => undefined),
    );

    await eventually(async () =>
      expect(await listedTitles()).toEqual(['清河区人民政府关于印发《清河区老旧小区改造管理暂行办法》的通知']),
    );
    await expect(page.locator('.listing tbody tr .badge--muted').textContent()).resolves.toBe('已废止');
  });

  test('公文种类、效力状态的选项是全部取值的中文名称', async () => {
    await page.goto(`${baseUrl}/#/documents`);
    await page.getByLabel('公文种类').waitFor();

    expect(await optionLabels('公文种类')).toEqual(Object.values(ENUMS.docType));
    expect(await optionLabels('效力状态')).toEqual(Object.values(ENUMS.validity));
  });
});

describe('文件页面与解读页面', () => {
  test('文件页面显示元数据和正文，解读并排列在旁边', async () => {
    await page.goto(`${baseUrl}/#/documents`);
    await page.getByRole('link', { name: RENOVATION }).click();

    await eventually(async () => expect(await heading()).toBe(RENOVATION));
    expect(await metadata()).toMatchObject({
      索引号: expect.stringMatching(/^014350001\/2026-\d{5}$/),
      主题分类: '住房保障',
      发布机构: '清河区人民政府',
      成文日期: '2026-03-12',
      发文字号: '清政发〔2026〕3号',
      公文种类: '通知',
      效力状态: '现行有效',
      规范性文件: '是',
    });
    await expect(page.locator('.policy__body').textContent()).resolves.toContain('本办法所称老旧小区');
    const related = page.getByRole('complementary', { name: '政策解读' });
    expect(await related.getByRole('link').allTextContents()).toEqual(
      expect.arrayContaining([RENOVATION_READING, RENOVATION_INFOGRAPHIC]),
    );
    const article = await page.locator('article.policy').boundingBox();
    const aside = await related.boundingBox();
    expect(aside && article && aside.x >= article.x + article.width).toBe(true);
    expect(aside && article && aside.y < article.y + article.height).toBe(true);
    fs.mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
  });

  test('从文件打开解读，解读页面链接回文件', async () => {
    await page.getByRole('complementary', { name: '政策解读' }).getByRole('link', { name: RENOVATION_READING }).click();

    await eventually(async () => expect(await heading()).toBe(RENOVATION_READING));
    expect(page.url()).toMatch(/#\/interpretations\/[^/]+$/);
    expect(await metadata()).toMatchObject({ 解读形式: '文字解读', 解读机构: '清河区人民政府' });
    expect(await page.getByRole('heading', { level: 2, name: '主要内容' }).count()).toBe(1);
    await expect(page.locator('article.policy').textContent()).resolves.toContain('加装电梯按户给予补贴');
    await page.getByRole('complementary', { name: '所解读文件' }).getByRole('link', { name: RENOVATION }).click();

    await eventually(async () => expect(await heading()).toBe(RENOVATION));
  });

  test('文件页面可直接打开（深链接）；草稿文件的地址显示“页面不存在”', async () => {
    const slugOf = async (title: string) =>
      (await app.strapi.db.query(UID.policyDocument).findOne({ where: { title }, select: ['slug'] })).slug as string;
    const fresh = await browser.newPage();
    const freshErrors = collectPageErrors(fresh);

    await fresh.goto(`${baseUrl}/#/documents/${await slugOf(ENROLMENT)}`);
    await eventually(async () => expect(await fresh.getByRole('heading', { level: 1 }).textContent()).toBe(ENROLMENT));
    await fresh.goto(`${baseUrl}/#/documents/${await slugOf(DRAFT)}`);
    await eventually(async () =>
      expect(await fresh.getByRole('heading', { level: 1 }).textContent()).toBe('页面不存在'),
    );

    expect(await fresh.locator('main').textContent()).not.toContain(DRAFT);
    // The API answers 404 for the draft, which chromium reports as a failed resource load; nothing else.
    expect(freshErrors.filter((error) => !error.includes('404'))).toEqual([]);
    await fresh.close();
  });
});

describe('政策解读栏目', () => {
  test('列出已发布的解读及其所解读文件，不含草稿解读；解读形式选项为全部中文名称', async () => {
    await page.goto(`${baseUrl}/#/interpretations`);

    await eventually(async () => expect(await listedTitles()).toContain(RENOVATION_READING));
    const titles = await listedTitles();
    expect(titles).toContain(RENOVATION_INFOGRAPHIC);
    expect(titles).not.toContain(DRAFT_READING);
    expect(await page.getByRole('link', { name: RENOVATION }).count()).toBe(2);
    expect(await optionLabels('解读形式')).toEqual(Object.values(ENUMS.interpretationForm));
  });
});
