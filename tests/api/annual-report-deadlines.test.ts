import { chinaLocalDate } from '../../src/domain/dates';
import { UID } from '../../src/uid';
import {
  contentManagerGrants,
  createDepartment,
  loginAsSuperAdmin,
  loginWithRole,
  startApp,
  validReportTables,
  withToken,
} from '../helpers';
import type { TestApp } from '../helpers';

let app: TestApp;
let admin: ReturnType<typeof withToken>;

const TODAY = chinaLocalDate(new Date());
/** Last year's reports: by now (after 31 March) both deadlines have passed. */
const YEAR = Number(TODAY.slice(0, 4)) - 1;
const daysSince = (date: string) => (Date.parse(TODAY) - Date.parse(date)) / 86_400_000;

const publishReport = async (department: string, title: string) =>
  (
    await app.strapi.documents(UID.annualReport).create({
      data: { title, year: YEAR, department, ...validReportTables() } as Record<string, unknown>,
      status: 'published',
    })
  ).documentId;

/** As if the report had been published on `day` (09:00 China time). */
const backdate = (documentId: string, day: string) =>
  app.strapi.db.query(UID.annualReport).update({
    where: { documentId, publishedAt: { $notNull: true } },
    data: { publishedAt: new Date(`${day}T01:00:00Z`) },
  });

beforeAll(async () => {
  app = await startApp();
  admin = withToken(app, (await loginAsSuperAdmin(app)).token);
  await createDepartment(app.strapi, { name: '测试区人民政府', level: 'government', sortOrder: 1 });
  const onTime = await createDepartment(app.strapi, { name: '测试区教育局', sortOrder: 2 });
  const corrected = await createDepartment(app.strapi, { name: '测试区卫生健康委员会', sortOrder: 3 });
  const late = await createDepartment(app.strapi, { name: '测试区民政局', sortOrder: 4 });
  await createDepartment(app.strapi, { name: '测试区司法局', sortOrder: 5 });
  await backdate(await publishReport(onTime.documentId, '教育局年度报告'), `${YEAR + 1}-01-20`);
  // Published on time, corrected later: the first publication counts.
  const correctedReport = await publishReport(corrected.documentId, '卫健委年度报告');
  await backdate(correctedReport, `${YEAR + 1}-01-31`);
  const correction: Record<string, unknown> = { otherMatters: '补充说明。', correctionNote: '补充第六部分。' };
  await app.strapi
    .documents(UID.annualReport)
    .update({ documentId: correctedReport, data: correction, status: 'published' });
  await backdate(await publishReport(late.documentId, '民政局年度报告'), `${YEAR + 1}-02-10`);
});

afterAll(() => app.stop());

test('逾期清单：逾期未发布和逾期发布的部门，逾期天数多的在前；按时发布（含之后更正）的不列出', async () => {
  const res = await admin.get(`/gov-annual-report/overdue?year=${YEAR}`);

  expect(res.status).toBe(200);
  expect(res.body.meta).toEqual({ year: YEAR, today: TODAY });
  expect(
    res.body.data.map(
      (row: {
        department: { name: string };
        dueOn: string;
        publishedOn: string | null;
        stateLabel: string;
        daysLate: number;
      }) => [row.department.name, row.dueOn, row.publishedOn, row.stateLabel, row.daysLate],
    ),
  ).toEqual([
    ['测试区司法局', `${YEAR + 1}-01-31`, null, '逾期未发布', daysSince(`${YEAR + 1}-01-31`)],
    ['测试区人民政府', `${YEAR + 1}-03-31`, null, '逾期未发布', daysSince(`${YEAR + 1}-03-31`)],
    ['测试区民政局', `${YEAR + 1}-01-31`, `${YEAR + 1}-02-10`, '逾期发布', 10],
  ]);
  expect(res.body.data[1].department).toMatchObject({ level: 'government', levelLabel: '人民政府' });
});

test('不带年度时为上一年度', async () => {
  const res = await admin.get('/gov-annual-report/overdue');
  expect(res.body.meta.year).toBe(YEAR);
});

test('年度不是数字：400', async () => {
  const res = await admin.get('/gov-annual-report/overdue?year=去年');
  expect(res.status).toBe(400);
  expect(res.body.error.message).toBe('年度须为四位数字，如 2025');
});

test('没有年度报告督办权限的账号：403', async () => {
  const editor = withToken(
    app,
    await loginWithRole(app, '编辑', contentManagerGrants([UID.annualReport], ['read', 'update'])),
  );
  expect((await editor.get(`/gov-annual-report/overdue?year=${YEAR}`)).status).toBe(403);
});
