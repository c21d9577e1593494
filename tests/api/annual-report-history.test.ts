import { REPORT_VERSION_UID, UID } from '../../src/uid';
import {
  createDepartment,
  fromCall,
  loginAsSuperAdmin,
  startApp,
  tableRows,
  validReportTables,
  withToken,
} from '../helpers';
import type { TestApp } from '../helpers';

let app: TestApp;
let admin: ReturnType<typeof withToken>;
let documentId: string;

const CM = `/content-manager/collection-types/${UID.annualReport}`;
const TITLE = '测试区文化和旅游局2025年政府信息公开工作年度报告';

beforeAll(async () => {
  app = await startApp();
  admin = withToken(app, (await loginAsSuperAdmin(app)).token);
  const department = await createDepartment(app.strapi, { name: '测试区文化和旅游局' });
  const data: Record<string, unknown> = {
    title: TITLE,
    year: 2025,
    department: department.documentId,
    overview: '第一版总体情况。',
    ...validReportTables(),
  };
  documentId = (await app.strapi.documents(UID.annualReport).create({ data, status: 'published' })).documentId;
});

afterAll(() => app.stop());

const snapshot = async () => ({
  reports: await tableRows(app.strapi, UID.annualReport),
  versions: await app.strapi.db.query(REPORT_VERSION_UID).findMany({ orderBy: { id: 'asc' } }),
});

/** Saves the draft in the admin, then presses 发布. */
const correct = async (fields: Record<string, unknown>) => {
  const saved = await admin.put(`${CM}/${documentId}`).send(fields);
  if (saved.status !== 200) throw new Error(JSON.stringify(saved.body));
  return admin.post(`${CM}/${documentId}/actions/publish`).send({});
};

const NOTE_MISSING = {
  code: 'REPORT_CORRECTION_NOTE_MISSING',
  message: '该报告已经发布，更正后重新发布须在“更正说明”中写明本次更正的内容和原因',
  path: ['correctionNote'],
};

describe('更正已发布的报告：新版本替换旧版本，旧版本仍可查阅', () => {
  test('内容有改动但没有更正说明：400，已发布的版本和历史都不变', async () => {
    const tables = validReportTables();
    tables.reviewTable.reconsideration = { upheld: 3, corrected: 0, other: 0, pending: 1, total: 4 };
    await admin.put(`${CM}/${documentId}`).send({ reviewTable: tables.reviewTable });
    const before = await snapshot();

    const res = await admin.post(`${CM}/${documentId}/actions/publish`).send({});

    expect(res.status).toBe(400);
    expect(res.body.error.details.reasons).toEqual([NOTE_MISSING]);
    expect(res.body.error.message).toBe(NOTE_MISSING.message);
    expect(await snapshot()).toEqual(before);
  });

  test('写明更正说明后发布：公众看到新版本和更正说明，第 1 版原样可查', async () => {
    const res = await correct({
      correctionNote: '更正表四行政复议“结果维持”“结果纠正”的数字（原为 2、1，应为 3、0）。',
    });
    expect(res.status).toBe(200);

    const current = await app.http().get(`/api/annual-reports/${documentId}`);
    expect(current.status).toBe(200);
    expect(current.body.data.reviewTable.reconsideration).toEqual({
      upheld: 3,
      corrected: 0,
      other: 0,
      pending: 1,
      total: 4,
    });
    expect(current.body.data.correctionNote).toBe(
      '更正表四行政复议“结果维持”“结果纠正”的数字（原为 2、1，应为 3、0）。',
    );
    expect(current.body.data.replacedVersions).toEqual([
      { version: 1, publishedAt: expect.any(String), supersededAt: expect.any(String) },
    ]);

    const first = await app.http().get(`/api/annual-reports/${documentId}/versions/1`);
    expect(first.status).toBe(200);
    expect(first.body.data).toMatchObject({
      documentId,
      version: 1,
      title: TITLE,
      overview: '第一版总体情况。',
      replacedBecause: '更正表四行政复议“结果维持”“结果纠正”的数字（原为 2、1，应为 3、0）。',
      reviewTable: validReportTables().reviewTable,
      requestTable: validReportTables().requestTable,
    });
  });

  test('第二次更正沿用上次的更正说明：400；写新的说明后成为第 3 版，第 1、2 版都在', async () => {
    await admin.put(`${CM}/${documentId}`).send({ overview: '第三版总体情况。' });
    const before = await snapshot();

    const refused = await admin.post(`${CM}/${documentId}/actions/publish`).send({});

    expect(refused.status).toBe(400);
    expect(refused.body.error.details.reasons).toEqual([NOTE_MISSING]);
    expect(await snapshot()).toEqual(before);

    expect((await correct({ correctionNote: '补充总体情况。' })).status).toBe(200);
    const current = await app.http().get(`/api/annual-reports/${documentId}`);
    expect(current.body.data.overview).toBe('第三版总体情况。');
    expect(current.body.data.replacedVersions.map((v: { version: number }) => v.version)).toEqual([1, 2]);
    const second = await app.http().get(`/api/annual-reports/${documentId}/versions/2`);
    expect(second.body.data).toMatchObject({
      version: 2,
      overview: '第一版总体情况。',
      replacedBecause: '补充总体情况。',
    });
  });

  test('内容没有变化的重新发布不产生新版本，也不需要更正说明', async () => {
    const before = (await snapshot()).versions;

    const outcome = await fromCall(() => app.strapi.documents(UID.annualReport).publish({ documentId }));

    expect(outcome.status).toBe(200);
    expect((await snapshot()).versions).toEqual(before);
  });

  test('没有的版本和草稿的版本：404', async () => {
    const draft = await app.strapi.documents(UID.annualReport).create({
      data: { title: '草稿报告', year: 2024, department: (await createDepartment(app.strapi)).documentId },
    });
    expect((await app.http().get(`/api/annual-reports/${documentId}/versions/7`)).status).toBe(404);
    expect((await app.http().get(`/api/annual-reports/${draft.documentId}/versions/1`)).status).toBe(404);
  });
});
