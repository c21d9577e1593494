import { UID } from '../../src/uid';
import {
  createDepartment,
  createFullAccessToken,
  fromCall,
  fromResponse,
  loginAsSuperAdmin,
  startApp,
  tableRows,
  validReportTables,
  withToken,
} from '../helpers';
import type { DepartmentFixture, Outcome, TestApp } from '../helpers';

let app: TestApp;
let department: DepartmentFixture;
let admin: ReturnType<typeof withToken>;
let api: ReturnType<typeof withToken>;

beforeAll(async () => {
  app = await startApp();
  department = await createDepartment(app.strapi, { code: 'rptedu', name: '测试区教育局' });
  admin = withToken(app, (await loginAsSuperAdmin(app)).token);
  api = withToken(app, await createFullAccessToken(app));
});

afterAll(() => app.stop());

const CM = `/content-manager/collection-types/${UID.annualReport}`;
const reports = () => app.strapi.documents(UID.annualReport);

/** Everything a refused write must leave as it was. */
const snapshot = async () => ({
  reports: await tableRows(app.strapi, UID.annualReport),
  archive: await tableRows(app.strapi, UID.archiveTransfer),
});

/** Each report belongs to a department of its own, so that no department holds two reports for a year. */
const reportData = async (fields: Record<string, unknown> = {}) => {
  const department = await createDepartment(app.strapi);
  return {
    title: `${department.name}2025年政府信息公开工作年度报告`,
    year: 2025,
    department: department.documentId,
    overview: '本年度政府信息公开工作总体情况。',
    ...validReportTables(),
    ...fields,
  };
};

const createDraft = async (fields: Record<string, unknown> = {}) => {
  const data = await reportData(fields);
  const created = await reports().create({ data });
  return { documentId: created.documentId, title: data.title, department: data.department };
};

const isPublished = async (documentId: string) =>
  (await app.strapi.db.query(UID.annualReport).count({ where: { documentId, publishedAt: { $notNull: true } } })) === 1;

type Reason = { code: string; message: string; path?: string[] };
type Expect = (
  reasons: Reason[],
  draft: { documentId: string; title: string },
) => { reasons: unknown[]; message: string };

const own: Expect = (reasons) => ({ reasons, message: reasons.map((r) => r.message).join('；') });
const namedInBulk: Expect = (reasons, draft) => {
  const named = reasons.map((r) => ({ ...r, message: `《${draft.title}》${r.message}`, documentId: draft.documentId }));
  return { reasons: named, message: `批量发布未执行，以下报告不能发布：${named.map((r) => r.message).join('；')}` };
};

const PUBLISH_DRAFT: Record<string, { run: (id: string) => Promise<Outcome>; refusal: Expect }> = {
  'admin Publish': {
    run: async (id) => fromResponse(await admin.post(`${CM}/${id}/actions/publish`).send({})),
    refusal: own,
  },
  'admin bulk publish': {
    run: async (id) => fromResponse(await admin.post(`${CM}/actions/bulkPublish`).send({ documentIds: [id] })),
    refusal: namedInBulk,
  },
  'content API PUT': {
    run: async (id) =>
      fromResponse(await api.put(`/api/annual-reports/${id}`).send({ data: { otherMatters: '无。' } })),
    refusal: own,
  },
  'documents().publish': { run: (id) => fromCall(() => reports().publish({ documentId: id })), refusal: own },
  "documents().update({ status: 'published' })": {
    run: (id) =>
      fromCall(() => {
        const data: Record<string, unknown> = { otherMatters: '无。' };
        return reports().update({ documentId: id, data, status: 'published' });
      }),
    refusal: own,
  },
};

const CREATE_PUBLISHED: Record<string, (data: Record<string, unknown>) => Promise<Outcome>> = {
  'content API POST': async (data) => fromResponse(await api.post('/api/annual-reports').send({ data })),
  "documents().create({ status: 'published' })": (data) =>
    fromCall(() => reports().create({ data, status: 'published' })),
};

const balanceBroken = () => {
  const tables = validReportTables();
  tables.requestTable.carriedForward.commercialEnterprise = 0;
  tables.requestTable.carriedForward.total = 4;
  return tables;
};

const RULES: { label: string; fields: () => Record<string, unknown>; reasons: Reason[] }[] = [
  {
    label: '表三 商业企业一栏收支不平衡',
    fields: balanceBroken,
    reasons: [
      {
        code: 'REPORT_BALANCE_MISMATCH',
        message: '表三 法人或其他组织·商业企业：本年新收 + 上年结转（6）≠ 办理结果总计 + 结转下年度（5）',
        path: ['requestTable', 'carriedForward', 'commercialEnterprise'],
      },
      {
        code: 'REPORT_BALANCE_MISMATCH',
        message: '表三 总计：本年新收 + 上年结转（42）≠ 办理结果总计 + 结转下年度（41）',
        path: ['requestTable', 'carriedForward', 'total'],
      },
    ],
  },
  {
    label: '表四 总计少算、表二未填',
    fields: () => {
      const tables = validReportTables();
      tables.reviewTable.reconsideration.total = 3;
      return { reviewTable: tables.reviewTable, disclosureTable: null };
    },
    reasons: [
      {
        code: 'REPORT_TABLE_MISSING',
        message: '表二 主动公开政府信息情况：尚未填写，没有发生的事项请填 0',
        path: ['disclosureTable'],
      },
      {
        code: 'REPORT_TOTAL_MISMATCH',
        message: '表四 行政复议：结果维持 + 结果纠正 + 其他结果 + 尚未审结（4）≠ 总计（3）',
        path: ['reviewTable', 'reconsideration', 'total'],
      },
    ],
  },
  {
    label: '报告年度尚未结束',
    fields: () => ({ year: 2100 }),
    reasons: [
      { code: 'REPORT_YEAR_NOT_PAST', message: '2100年尚未结束，年度报告只能在报告年度结束后发布', path: ['year'] },
    ],
  },
];

describe.each(Object.keys(PUBLISH_DRAFT))('%s：表格不符合模板时返回 400、列出全部原因、不改变任何数据', (path) => {
  test.each(RULES)('$label', async (rule) => {
    const fields = rule.fields();
    const draft = await createDraft(fields);
    const before = await snapshot();

    const outcome = await PUBLISH_DRAFT[path].run(draft.documentId);

    const expected = PUBLISH_DRAFT[path].refusal(rule.reasons, draft);
    expect(outcome.status).toBe(400);
    expect(outcome.error?.name).toBe('ValidationError');
    expect(outcome.error?.details.reasons).toEqual(expected.reasons);
    expect(outcome.error?.message).toBe(expected.message);
    expect(await snapshot()).toEqual(before);
  });
});

describe.each(Object.keys(CREATE_PUBLISHED))('%s：表格不符合模板时返回 400、不写入任何数据', (path) => {
  test.each(RULES)('$label', async (rule) => {
    const data = await reportData(rule.fields());
    const before = await snapshot();

    const outcome = await CREATE_PUBLISHED[path](data);

    const reasons = rule.reasons;
    expect(outcome.status).toBe(400);
    expect(outcome.error?.details.reasons).toEqual(reasons);
    expect(outcome.error?.message).toBe(reasons.map((r) => r.message).join('；'));
    expect(await snapshot()).toEqual(before);
  });
});

describe.each(Object.keys(PUBLISH_DRAFT))('%s：数字齐全、相加一致的报告可以发布并进入归档队列', (path) => {
  test('完整报告', async () => {
    const draft = await createDraft();

    const outcome = await PUBLISH_DRAFT[path].run(draft.documentId);

    expect(outcome.status).toBeLessThan(300);
    expect(await isPublished(draft.documentId)).toBe(true);
    expect(
      await app.strapi.db.query(UID.archiveTransfer).count({ where: { subjectDocumentId: draft.documentId } }),
    ).toBe(1);
  });
});

describe.each(Object.keys(CREATE_PUBLISHED))('%s：完整报告直接发布', (path) => {
  test('完整报告', async () => {
    const outcome = await CREATE_PUBLISHED[path](await reportData());
    expect(outcome.status).toBeLessThan(300);
  });
});

describe('保存草稿时就拒绝不合格的数字和同部门同年度的第二份报告', () => {
  test('管理后台保存：负数与多余的栏目，400，草稿不变', async () => {
    const draft = await createDraft();
    const before = await snapshot();
    const tables = validReportTables();
    (tables.requestTable.newApplications as Record<string, number>).naturalPerson = -3;
    (tables.reviewTable.reconsideration as Record<string, number>).withdrawn = 1;

    const res = await admin
      .put(`${CM}/${draft.documentId}`)
      .send({ requestTable: tables.requestTable, reviewTable: tables.reviewTable });

    const reasons = [
      {
        code: 'REPORT_FIGURE_INVALID',
        message: '表三 本年新收·自然人：须为不小于 0 的整数（当前为“-3”）',
        path: ['requestTable', 'newApplications', 'naturalPerson'],
      },
      {
        code: 'REPORT_CELL_UNKNOWN',
        message: '表四 行政复议：模板中没有“withdrawn”这一栏',
        path: ['reviewTable', 'reconsideration', 'withdrawn'],
      },
    ];
    expect(res.status).toBe(400);
    expect(res.body.error.details.reasons).toEqual(reasons);
    expect(res.body.error.message).toBe(reasons.map((r) => r.message).join('；'));
    expect(await snapshot()).toEqual(before);
  });

  test('内容接口保存草稿：金额三位小数，400', async () => {
    const draft = await createDraft();
    const before = await snapshot();
    const disclosureTable = { ...validReportTables().disclosureTable, fees: { amount: 3.125 } };

    const res = await api
      .put(`/api/annual-reports/${draft.documentId}?status=draft`)
      .send({ data: { disclosureTable } });

    expect(res.status).toBe(400);
    expect(res.body.error.details.reasons).toEqual([
      {
        code: 'REPORT_AMOUNT_INVALID',
        message: '表二 行政事业性收费·本年收费金额（单位：万元）：须为不小于 0、最多两位小数的金额（当前为“3.125”）',
        path: ['disclosureTable', 'fees', 'amount'],
      },
    ]);
    expect(await snapshot()).toEqual(before);
  });

  const duplicateReason = (title: string) => ({
    code: 'REPORT_DUPLICATE',
    message: `${title.replace('2025年政府信息公开工作年度报告', '')}已有2025年度报告《${title}》，每个部门每年只有一份年度报告；需要更正时请修改该报告后重新发布`,
    path: ['year'],
  });

  test('管理后台新建同年度第二份报告：400，不写入', async () => {
    const first = await createDraft();
    const before = await snapshot();

    const res = await admin
      .post(CM)
      .send({ title: '重复的报告', year: 2025, department: { connect: [{ documentId: first.department }] } });

    expect(res.status).toBe(400);
    expect(res.body.error.details.reasons).toEqual([duplicateReason(first.title)]);
    expect(await snapshot()).toEqual(before);
  });

  test('把另一份报告改成同一年度：400', async () => {
    const first = await createDraft();
    const second = await createDraft({ year: 2024 });
    const before = await snapshot();

    const res = await admin
      .put(`${CM}/${second.documentId}`)
      .send({ year: 2025, department: { connect: [{ documentId: first.department }] } });

    expect(res.status).toBe(400);
    expect(res.body.error.details.reasons).toEqual([duplicateReason(first.title)]);
    expect(await snapshot()).toEqual(before);
  });

  test('复制报告（clone）不改年度：400，不写入；改为另一年度则可以', async () => {
    const source = await createDraft();
    const before = await snapshot();

    const refused = await admin.post(`${CM}/clone/${source.documentId}`).send({ title: '复制的报告' });

    expect(refused.status).toBe(400);
    expect(refused.body.error.details.reasons).toEqual([duplicateReason(source.title)]);
    expect(await snapshot()).toEqual(before);

    const allowed = await admin
      .post(`${CM}/clone/${source.documentId}`)
      .send({ title: '复制后改年度的报告', year: 2024 });
    expect(allowed.status).toBe(200);
    expect(allowed.body.data.year).toBe(2024);
  });

  test('新建的报告带着空白的三张表，编辑看得到模板的每一行每一栏', async () => {
    const res = await admin
      .post(CM)
      .send({ title: '空白报告', year: 2025, department: { connect: [{ documentId: department.documentId }] } });

    expect(res.status).toBe(201);
    expect(res.body.data.reviewTable).toEqual({
      reconsideration: { upheld: null, corrected: null, other: null, pending: null, total: null },
      directLitigation: { upheld: null, corrected: null, other: null, pending: null, total: null },
      litigationAfterReconsideration: { upheld: null, corrected: null, other: null, pending: null, total: null },
    });
    expect(Object.keys(res.body.data.requestTable)).toHaveLength(25);
  });
});
