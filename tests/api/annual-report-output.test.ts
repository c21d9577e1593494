import { UID } from '../../src/uid';
import { createDepartment, startApp, validReportTables } from '../helpers';
import type { TestApp } from '../helpers';

let app: TestApp;
let published: string;
let draft: string;

const TITLE = '测试区民政局2025年政府信息公开工作年度报告';

beforeAll(async () => {
  app = await startApp();
  const department = await createDepartment(app.strapi, { name: '测试区民政局' });
  const data: Record<string, unknown> = {
    title: TITLE,
    year: 2025,
    department: department.documentId,
    overview: '2025年，区民政局全面推进政务公开。\n\n全年主动公开政府信息326条。',
    requestHandling: '全年新收申请39件。',
    otherMatters: '<script>alert(1)</script>本年度未收取信息处理费。',
    ...validReportTables(),
  };
  published = (await app.strapi.documents(UID.annualReport).create({ data, status: 'published' })).documentId;
  const other = await createDepartment(app.strapi);
  draft = (
    await app.strapi.documents(UID.annualReport).create({
      data: { title: '未发布的报告', year: 2025, department: other.documentId, ...validReportTables() },
    })
  ).documentId;
});

afterAll(() => app.stop());

const BOM = '\uFEFF';
const lines = (...rows: string[]) => BOM + rows.join('\r\n') + '\r\n';

describe('各表的 CSV：UTF-8 带 BOM，Excel 能正确显示中文', () => {
  test('表二：每一行在它的栏目下，金额两位小数', async () => {
    const res = await app.http().get(`/api/annual-reports/${published}/table-2.csv`);

    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename*=UTF-8''${encodeURIComponent(`${TITLE}-表二.csv`)}`,
    );
    expect(res.text).toBe(
      lines(
        '表二 主动公开政府信息情况,本年制发件数,本年废止件数,现行有效件数,本年处理决定数量,本年收费金额（单位：万元）',
        '第二十条第（一）项 规章,0,0,0,,',
        '第二十条第（一）项 行政规范性文件,4,1,23,,',
        '第二十条第（五）项 行政许可,,,,312,',
        '第二十条第（六）项 行政处罚,,,,18,',
        '第二十条第（六）项 行政强制,,,,0,',
        '第二十条第（八）项 行政事业性收费,,,,,12.50',
      ),
    );
  });

  test('表三：25 行 × 7 栏，行名带上级标题', async () => {
    const res = await app.http().get(`/api/annual-reports/${published}/table-3.csv`);

    const rows = res.text.slice(1).split('\r\n');
    expect(res.text.startsWith(BOM)).toBe(true);
    expect(rows).toHaveLength(27);
    expect(rows.slice(0, 5)).toEqual([
      '表三 收到和处理政府信息公开申请情况,自然人,法人或其他组织·商业企业,法人或其他组织·科研机构,法人或其他组织·社会公益组织,法人或其他组织·法律服务机构,法人或其他组织·其他,总计',
      '一、本年新收政府信息公开申请数量,30,6,0,1,2,0,39',
      '二、上年结转政府信息公开申请数量,2,0,0,0,1,0,3',
      '三、本年度办理结果 （一）予以公开,12,3,0,1,1,0,17',
      '三、本年度办理结果 （二）部分公开（区分处理的，只计这一情形，不计其他情形）,5,1,0,0,1,0,7',
    ]);
    expect(rows[5]).toBe('三、本年度办理结果 （三）不予公开 1.属于国家秘密,1,0,0,0,0,0,1');
    expect(rows.slice(24)).toEqual([
      '三、本年度办理结果 （七）总计,29,5,0,1,2,0,37',
      '四、结转下年度继续办理,3,1,0,0,1,0,5',
      '',
    ]);
  });

  test('表四', async () => {
    const res = await app.http().get(`/api/annual-reports/${published}/table-4.csv`);

    expect(res.text).toBe(
      lines(
        '表四 政府信息公开行政复议、行政诉讼情况,结果维持,结果纠正,其他结果,尚未审结,总计',
        '行政复议,2,1,0,1,4',
        '行政诉讼·未经复议直接起诉,1,0,0,0,1',
        '行政诉讼·复议后起诉,0,0,0,0,0',
      ),
    );
  });

  test.each`
    label               | url
    ${'模板中没有表五'} | ${() => `/api/annual-reports/${published}/table-5.csv`}
    ${'草稿不公开'}     | ${() => `/api/annual-reports/${draft}/table-3.csv`}
    ${'草稿没有打印页'} | ${() => `/api/annual-reports/${draft}/print`}
    ${'不存在的报告'}   | ${() => '/api/annual-reports/nosuchreport000000000000/print'}
  `('$label：404', async ({ url }) => {
    const res = await app.http().get(url());
    expect(res.status).toBe(404);
    expect(res.body.error.details.code).toBe('NOT_FOUND');
  });
});

describe('可打印的全文页面', () => {
  test('标题、一至六部分、三张表（表三带模板的合并表头），文字按原样转义', async () => {
    const res = await app.http().get(`/api/annual-reports/${published}/print`);

    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    const html = res.text;
    expect(html).toContain(`<h1>${TITLE}</h1>`);
    expect([...html.matchAll(/<h2>(.*?)<\/h2>/g)].map((m) => m[1])).toEqual([
      '一、总体情况',
      '二、主动公开政府信息情况',
      '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议、行政诉讼情况',
      '五、存在的主要问题及改进情况',
      '六、其他需要报告的事项',
    ]);
    expect(html).toContain('<p>2025年，区民政局全面推进政务公开。</p>\n<p>全年主动公开政府信息326条。</p>');
    expect(html).toContain(
      '<tr><th rowspan="2">自然人</th><th colspan="5">法人或其他组织</th><th rowspan="2">总计</th></tr>',
    );
    expect(html).toContain('<th rowspan="22" class="item">三、本年度办理结果</th>');
    expect(html).toContain('<th rowspan="8" class="item">（三）不予公开</th>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<script>');
    expect(html).toContain('@media print');
    expect(html).toContain(`href="/api/annual-reports/${published}/table-3.csv"`);
  });
});
