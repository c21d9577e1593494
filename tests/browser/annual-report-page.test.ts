import fs from 'fs';
import path from 'path';
import type { Browser, Page } from 'playwright-core';
import { DEMO_ANNUAL_REPORT } from '../../src/seed/demo-content';
import { startApp, type TestApp } from '../helpers';
import { collectPageErrors, eventually, launchChromium, listenOnFreePort } from '../helpers/browser';

const SCREENSHOT = path.resolve(__dirname, '..', '.artifacts', 'annual-report-table-3.png');

let app: TestApp;
let browser: Browser;
let page: Page;
let pageErrors: string[];
let baseUrl: string;

beforeAll(async () => {
  app = await startApp({ DEMO_SEED: 'true' });
  baseUrl = await listenOnFreePort(app);
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  pageErrors = collectPageErrors(page);
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

describe('门户 → 年度报告 → 可打印的全文页', () => {
  test('门户的“年度报告”栏目列出已发布的报告，链接到全文页', async () => {
    await page.goto(`${baseUrl}/#/annual-reports`);
    await eventually(async () =>
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('政府信息公开工作年度报告'),
    );

    await page.getByRole('link', { name: DEMO_ANNUAL_REPORT.title }).click();

    await eventually(async () =>
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(DEMO_ANNUAL_REPORT.title),
    );
    expect(pageErrors).toEqual([]);
  });

  test('一至六部分，表三按模板的合并表头显示；截图', async () => {
    expect(await page.getByRole('heading', { level: 2 }).allTextContents()).toEqual([
      '一、总体情况',
      '二、主动公开政府信息情况',
      '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议、行政诉讼情况',
      '五、存在的主要问题及改进情况',
      '六、其他需要报告的事项',
    ]);
    const table = page.getByRole('table', { name: '表三 收到和处理政府信息公开申请情况' });
    expect(await table.getByRole('columnheader', { name: '申请人情况' }).getAttribute('colspan')).toBe('7');
    expect(await table.getByRole('columnheader', { name: '法人或其他组织', exact: true }).getAttribute('colspan')).toBe(
      '5',
    );
    const newApplications = table.getByRole('row', { name: /一、本年新收政府信息公开申请数量/ });
    expect(await newApplications.getByRole('cell').allTextContents()).toEqual(['126', '14', '1', '2', '9', '0', '152']);

    // The merged headers share one top edge: 申请人情况 spans the columns of 自然人 … 总计.
    const spanning = await table.getByRole('columnheader', { name: '申请人情况' }).boundingBox();
    const natural = await table.getByRole('columnheader', { name: '自然人' }).boundingBox();
    const total = await table.getByRole('columnheader', { name: '总计' }).boundingBox();
    expect(spanning && natural && total).toBeTruthy();
    expect(Math.round(spanning!.x)).toBe(Math.round(natural!.x));
    expect(Math.round(spanning!.x + spanning!.width)).toBe(Math.round(total!.x + total!.width));

    fs.mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
    await table.screenshot({ path: SCREENSHOT });
    expect(fs.statSync(SCREENSHOT).size).toBeGreaterThan(10_000);
  });

  test('打印时隐藏下载链接', async () => {
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('link', { name: '表三' }).isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });
    expect(await page.getByRole('link', { name: '表三' }).isVisible()).toBe(true);
  });
});
