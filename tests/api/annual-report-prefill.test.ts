import { chinaLocalDate } from '../../src/domain/dates';
import { UID } from '../../src/uid';
import {
  contentManagerGrants,
  createDepartment,
  documentData,
  loginAsSuperAdmin,
  loginWithRole,
  startApp,
  tableRows,
  withToken,
} from '../helpers';
import type { DepartmentFixture, TestApp } from '../helpers';

let app: TestApp;
let admin: ReturnType<typeof withToken>;
let bureau: DepartmentFixture;

/** The report years: last year's report (表二), and this year's (what was published this year). */
const THIS_YEAR = Number(chinaLocalDate(new Date()).slice(0, 4));
const LAST_YEAR = THIS_YEAR - 1;
const day = (year: number, monthDay: string) => `${year}-${monthDay}`;

const docs = () => app.strapi.documents;

/** A normative document with its interpretation, published together (三同步). */
const publishNormative = async (department: string, title: string, fields: Record<string, unknown>, form: string) => {
  const document = await docs()(UID.policyDocument).create({
    data: documentData(department, { title, isNormative: true, ...fields }),
  });
  await docs()(UID.policyInterpretation).create({
    data: {
      title: `《${title}》解读`,
      document: document.documentId,
      interpretingDepartment: department,
      form,
      mainContent: '解读要点。',
      ...(form === 'text_reading' ? {} : { link: 'https://www.example.gov.cn/jiedu' }),
    },
  });
  await docs()(UID.policyDocument).publish({ documentId: document.documentId });
};

const PREFILL = (documentId: string) => `/gov-annual-report/${documentId}/prefill`;

const createReport = async (year: number, fields: Record<string, unknown> = {}) =>
  (
    await docs()(UID.annualReport).create({
      data: {
        title: `测试区交通运输局${year}年政府信息公开工作年度报告`,
        year,
        department: bureau.documentId,
        ...fields,
      },
    })
  ).documentId;

const draftOf = (documentId: string) =>
  app.strapi.db.query(UID.annualReport).findOne({ where: { documentId, publishedAt: null } });

beforeAll(async () => {
  app = await startApp();
  admin = withToken(app, (await loginAsSuperAdmin(app)).token);
  bureau = await createDepartment(app.strapi, { name: '测试区交通运输局' });
  const other = await createDepartment(app.strapi, { name: '测试区水务局' });
  const id = bureau.documentId;
  // Counted for last year: issued a, b; repealed b, d; in force at the year's end a, c, f.
  await publishNormative(id, '规范性文件a（去年印发，有效）', { issuedAt: day(LAST_YEAR, '03-10') }, 'text_reading');
  await publishNormative(
    id,
    '规范性文件b（去年印发，去年废止）',
    { issuedAt: day(LAST_YEAR, '06-01'), validity: 'repealed', expiresAt: day(LAST_YEAR, '11-30') },
    'text_reading',
  );
  await publishNormative(id, '规范性文件c（前年印发，有效）', { issuedAt: day(LAST_YEAR - 2, '05-05') }, 'infographic');
  await publishNormative(
    id,
    '规范性文件d（早年印发，去年废止）',
    { issuedAt: day(LAST_YEAR - 3, '01-01'), validity: 'repealed', expiresAt: day(LAST_YEAR, '02-01') },
    'text_reading',
  );
  await publishNormative(
    id,
    '规范性文件e（前年底已废止）',
    { issuedAt: day(LAST_YEAR - 4, '04-01'), validity: 'repealed', expiresAt: day(LAST_YEAR - 1, '12-31') },
    'infographic',
  );
  await publishNormative(
    id,
    '规范性文件f（已修订，今年失效）',
    { issuedAt: day(LAST_YEAR - 1, '09-09'), validity: 'amended', expiresAt: day(THIS_YEAR, '06-30') },
    'press_qa',
  );
  await publishNormative(id, '规范性文件g（今年印发）', { issuedAt: day(THIS_YEAR, '01-05') }, 'text_reading');
  // Not counted anywhere: a draft, another department's document; a non-normative document counts in 一 only.
  await docs()(UID.policyDocument).create({
    data: documentData(id, { title: '规范性文件h（草稿）', isNormative: true, issuedAt: day(LAST_YEAR, '04-04') }),
  });
  await publishNormative(other.documentId, '水务局规范性文件', { issuedAt: day(LAST_YEAR, '04-04') }, 'text_reading');
  await docs()(UID.policyDocument).create({
    data: documentData(id, { title: '一般文件j', issuedAt: day(LAST_YEAR, '08-08') }),
    status: 'published',
  });
  for (const [title, stage] of [
    ['城区公交线网优化调整方案', 'listed'],
    ['停车收费标准调整', 'listed'],
  ]) {
    await docs()(UID.decisionItem).create({
      data: { title, year: THIS_YEAR, department: id, stage },
      status: 'published',
    });
  }
  await docs()(UID.decisionItem).create({
    data: { title: '去年的决策事项', year: LAST_YEAR, department: id, stage: 'listed' },
    status: 'published',
  });
});

afterAll(() => app.stop());

describe('预填：数字等于按规则手工数出的数', () => {
  test('表二 行政规范性文件：本年制发 2、本年废止 2、现行有效 3', async () => {
    const report = await createReport(LAST_YEAR);

    const res = await admin.post(PREFILL(report)).send({});

    expect(res.status).toBe(200);
    expect((await draftOf(report)).disclosureTable.normativeDocuments).toEqual({ issued: 2, repealed: 2, inForce: 3 });
    expect(res.body.data.conflicts).toEqual([]);
    expect(res.body.data.applied.map((a: { label: string; value: unknown }) => [a.label, a.value])).toEqual([
      ['表二 行政规范性文件·本年制发件数', 2],
      ['表二 行政规范性文件·本年废止件数', 2],
      ['表二 行政规范性文件·现行有效件数', 3],
      [
        '一、总体情况',
        `${LAST_YEAR}年，测试区交通运输局在政府网站主动公开政策文件0件，其中行政规范性文件0件；发布政策解读0件。` +
          '列入本年度重大行政决策目录的事项1项：《去年的决策事项》（列入目录）。',
      ],
    ]);
  });

  test('一 总体情况：本年发布的文件、解读（按形式）和本年度决策事项', async () => {
    const report = await createReport(THIS_YEAR);

    await admin.post(PREFILL(report)).send({});

    expect((await draftOf(report)).overview).toBe(
      `${THIS_YEAR}年，测试区交通运输局在政府网站主动公开政策文件8件，其中行政规范性文件7件；` +
        '发布政策解读7件，其中文字解读4件、图表图解2件、答记者问1件。' +
        '列入本年度重大行政决策目录的事项2项：《城区公交线网优化调整方案》（列入目录）、《停车收费标准调整》（列入目录）。',
    );
  });
});

describe('编辑已填写的不同数字：不经确认不覆盖', () => {
  test('保留编辑填写的数字并列出差异；确认覆盖后才写入', async () => {
    const report = await createReport(LAST_YEAR - 1, {
      overview: '编辑自己写的总体情况。',
      disclosureTable: {
        rules: { issued: 0, repealed: 0, inForce: 0 },
        normativeDocuments: { issued: 5, repealed: null, inForce: 2 },
      },
    });
    const computedOverview = `${LAST_YEAR - 1}年，测试区交通运输局在政府网站主动公开政策文件0件，其中行政规范性文件0件；发布政策解读0件。本年度无列入重大行政决策目录的事项。`;

    const first = await admin.post(PREFILL(report)).send({});

    expect(first.status).toBe(200);
    expect(first.body.data.conflicts).toEqual([
      {
        path: ['disclosureTable', 'normativeDocuments', 'issued'],
        label: '表二 行政规范性文件·本年制发件数',
        current: 5,
        computed: 1,
      },
      {
        path: ['disclosureTable', 'normativeDocuments', 'inForce'],
        label: '表二 行政规范性文件·现行有效件数',
        current: 2,
        computed: 3,
      },
      { path: ['overview'], label: '一、总体情况', current: '编辑自己写的总体情况。', computed: computedOverview },
    ]);
    expect(first.body.data.applied).toEqual([
      {
        path: ['disclosureTable', 'normativeDocuments', 'repealed'],
        label: '表二 行政规范性文件·本年废止件数',
        value: 1,
      },
    ]);
    const kept = await draftOf(report);
    expect(kept.disclosureTable.normativeDocuments).toEqual({ issued: 5, repealed: 1, inForce: 2 });
    expect(kept.disclosureTable.rules).toEqual({ issued: 0, repealed: 0, inForce: 0 });
    expect(kept.overview).toBe('编辑自己写的总体情况。');

    const confirmed = await admin.post(PREFILL(report)).send({ overwrite: true });

    expect(confirmed.body.data.conflicts).toEqual([]);
    const overwritten = await draftOf(report);
    expect(overwritten.disclosureTable.normativeDocuments).toEqual({ issued: 1, repealed: 1, inForce: 3 });
    expect(overwritten.overview).toBe(computedOverview);
  });
});

describe('拒绝', () => {
  test('overwrite 不是布尔值：400，不改变任何数据', async () => {
    const report = await createReport(LAST_YEAR - 2);
    const before = await tableRows(app.strapi, UID.annualReport);

    const res = await admin.post(PREFILL(report)).send({ overwrite: '是' });

    expect(res.status).toBe(400);
    expect(res.body.error.details.errors).toEqual([
      expect.objectContaining({
        path: ['overwrite'],
        message: 'overwrite 须为 true 或 false（是否覆盖编辑已填写的不同数字）',
      }),
    ]);
    expect(await tableRows(app.strapi, UID.annualReport)).toEqual(before);
  });

  test('不存在的报告：404', async () => {
    const res = await admin.post(PREFILL('nosuchreport000000000000')).send({});
    expect(res.status).toBe(404);
    expect(res.body.error.message).toBe('年度报告不存在');
  });

  test('没有修改年度报告权限的账号：403，不改变任何数据', async () => {
    const report = await createReport(LAST_YEAR - 3);
    const reader = withToken(app, await loginWithRole(app, '只读', contentManagerGrants([UID.annualReport], ['read'])));
    const before = await tableRows(app.strapi, UID.annualReport);

    const res = await reader.post(PREFILL(report)).send({});

    expect(res.status).toBe(403);
    expect(res.body.error.message).toBe('您没有修改年度报告的权限');
    expect(await tableRows(app.strapi, UID.annualReport)).toEqual(before);
  });

  test('未登录：401', async () => {
    expect((await app.http().post(PREFILL('any')).send({})).status).toBe(401);
  });
});
