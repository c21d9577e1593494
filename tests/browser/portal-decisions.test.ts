import type { Browser, Page } from 'playwright-core';
import { UID } from '../../src/uid';
import { startApp, type TestApp } from '../helpers';
import { collectPageErrors, eventually, launchChromium, listenOnFreePort } from '../helpers/browser';

const PARK = '清河公园改扩建工程';
const OPEN = '清河区中小学学区划分调整方案';
const RENOVATION = '清河区老旧小区改造实施办法';

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

const heading = () => page.getByRole('heading', { level: 1 }).textContent();

describe('重大行政决策', () => {
  test('年度目录：列出该年度全部已发布事项，含阶段、各阶段日期和材料', async () => {
    await page.goto(`${baseUrl}/#/decisions?year=2026`);

    await eventually(async () => expect(await heading()).toBe('2026年重大行政决策事项目录'));
    const titles = await page.locator('.listing .listing__title a').allTextContents();
    expect(titles.sort()).toEqual([PARK, OPEN, RENOVATION].sort());
    const parkRow = page.locator('.listing tbody tr', { hasText: PARK });
    await expect(parkRow.locator('td').nth(3).textContent()).resolves.toBe('结果公布');
    await parkRow.getByText('专家论证 2026-04-10').waitFor();
    await page.locator('.listing tbody tr', { hasText: RENOVATION }).getByText('风险评估（未开展）').waitFor();
    await page.locator('.listing tbody tr', { hasText: OPEN }).getByText('征求意见中').waitFor();
    expect(await page.title()).toBe('2026年重大行政决策事项目录 - 清河区人民政府 政府信息公开');
  });

  test('事项页面：决策过程、各阶段材料、公开的意见及采纳情况，不显示联系方式', async () => {
    await page.goto(`${baseUrl}/#/decisions?year=2026`);
    await page.getByRole('link', { name: PARK, exact: true }).click();

    await eventually(async () => expect(await heading()).toBe(PARK));
    const history = await page.locator('.stage-history li').allTextContents();
    expect(history).toEqual([
      '2026-01-15 列入目录（清河区人民政府办公室）',
      '2026-03-01 公开征求意见（清河区城市管理局）',
      '2026-04-10 专家论证（清河区城市管理局）',
      '2026-04-24 风险评估（清河区城市管理局）',
      '2026-05-12 合法性审查（清河区司法局）',
      '2026-07-10 集体讨论决定（清河区人民政府）',
      '2026-07-16 结果公布（清河区人民政府办公室）',
    ]);
    await page.getByRole('heading', { name: '专家论证意见' }).waitFor();
    await page.getByText('共收到意见 3 条，审核后公开 3 条：采纳 2 条，部分采纳 1 条，未采纳 0 条。').waitFor();
    await page.getByText('答复：受用地限制，泊位由120个增加至260个。').waitFor();
    const text = await page.locator('main').textContent();
    expect(text).not.toContain('13800000001');
    expect(text).not.toContain('王女士');
  });

  test('征求意见中的事项：只显示审核后公开的意见', async () => {
    await page.goto(`${baseUrl}/#/decisions?year=2026`);
    await page.getByRole('link', { name: OPEN, exact: true }).click();

    await eventually(async () => expect(await heading()).toBe(OPEN));
    await page.getByText(/^正在公开征求意见，截至 \d{4}-\d{2}-\d{2} 24 时。$/).waitFor();
    expect(await page.locator('.comments li > p:first-child').allTextContents()).toEqual([
      '建议为跨学区的二孩家庭保留原学区入学资格。',
    ]);
  });

  test('征求意见中的事项可以提交意见：含 HTML 的被拒绝并说明原因，有效的得到回执编号、待审核', async () => {
    await page.goto(`${baseUrl}/#/decisions?year=2026`);
    await page.getByRole('link', { name: OPEN, exact: true }).click();
    await page.getByRole('heading', { name: '提交意见' }).waitFor();

    await page.getByLabel('意见内容（5–5000 字，纯文本）').fill('建议<script>alert(1)</script>');
    await page.getByRole('button', { name: '提交意见' }).click();
    await page.getByText('意见内容须为纯文本，不能包含 HTML 标签（发现“<script>”），请删除后重新提交').waitFor();

    await page.getByLabel('意见内容（5–5000 字，纯文本）').fill('建议临江小学开设课后托管服务。');
    await page.getByLabel('联系电话（选填，不公开）').fill('13700001111');
    await page.getByRole('button', { name: '提交意见' }).click();
    await page
      .getByText(/^意见已提交，回执编号 YJ\d{8}-[0-9A-F]{8}。意见经审核后公开，姓名和联系方式不会公开。$/)
      .waitFor();

    const stored = await app.strapi.db
      .query(UID.decisionComment)
      .findOne({ where: { content: '建议临江小学开设课后托管服务。' } });
    expect(stored).toMatchObject({ moderation: 'moderation_pending', contactPhone: '13700001111' });
    expect(await page.locator('.comments li > p:first-child').allTextContents()).not.toContain(
      '建议临江小学开设课后托管服务。',
    );
    // The refused submission is the browser's one failed request; anything else would be a page error.
    expect(pageErrors.splice(0)).toEqual([
      'Failed to load resource: the server responded with a status of 400 (Bad Request)',
    ]);
  });
});
