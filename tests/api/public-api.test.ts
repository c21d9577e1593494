import { addCalendarDays } from '../../src/domain/calendar/working-days';
import { chinaLocalDate } from '../../src/domain/dates';
import type { Stage } from '../../src/domain/decisions/stages';
import { UID, type OwnUid } from '../../src/uid';
import {
  createDepartment,
  documentData,
  loginAsSuperAdmin,
  startApp,
  tableRows,
  validReportTables,
  walkDecisionTo,
  withToken,
} from '../helpers';
import type { DepartmentFixture, TestApp } from '../helpers';

/** Internal values planted in the data; none may ever appear in a public answer. */
const MARK = {
  disclosureReason: 'LEAK-DISCLOSURE-REASON',
  redactionContent: 'LEAK-REDACTION-CONTENT',
  redactionReason: 'LEAK-REDACTION-REASON',
  reviewNotes: 'LEAK-REVIEW-NOTES',
  approvedBy: 'LEAK-APPROVER',
  forcePublishReason: 'LEAK-FORCE-REASON',
  forceRecord: 'LEAK-FORCE-RECORD',
  phone: '13999990000',
  email: 'leak-commenter@example.com',
  commenterName: 'LEAK-NAME',
  reviewNote: 'LEAK-COMMENT-NOTE',
  member: 'leak-member@test.example.gov.cn',
  indexTemplate: 'LEAKTPL{code}/{year}-{seq:5}',
  hiddenTitle: 'LEAK-HIDDEN',
};

let app: TestApp;
let edu: DepartmentFixture;
let health: DepartmentFixture;
const today = chinaLocalDate(new Date());
const bodies: string[] = [];

/** A GET without a token, as a front-end site makes it; every answer is kept for the leak scan. */
const get = async (url: string, headers: Record<string, string> = {}) => {
  const res = await app.http().get(url).set(headers);
  bodies.push(res.text);
  return res;
};

const docs = UID.policyDocument;
const db = (uid: OwnUid) => app.strapi.db.query(uid);

const createDoc = async (department: string, fields: Record<string, unknown>) =>
  (await app.strapi.documents(docs).create({ data: documentData(department, fields) })).documentId;
const publish = (uid: OwnUid, documentId: string) => app.strapi.documents(uid).publish({ documentId });
const interpretationOf = async (document: string, title: string, department: string, fields = {}) =>
  (
    await app.strapi.documents(UID.policyInterpretation).create({
      data: {
        title,
        document,
        form: 'text_reading',
        mainContent: `${title}的主要内容`,
        interpretingDepartment: department,
        ...fields,
      },
    })
  ).documentId;
/** Changes the published row directly, as data from an older version or a manual fix might have it. */
const setPublished = (uid: OwnUid, documentId: string, data: Record<string, unknown>) =>
  db(uid).updateMany({ where: { documentId, publishedAt: { $notNull: true } }, data });

const ids: Record<string, string> = {};
let topic02: string;
let topic0201: string;

beforeAll(async () => {
  // This file posts more comments than one client may in ten minutes; the limit has its own tests.
  app = await startApp({ COMMENT_LIMIT_PER_CLIENT: '1000' });
  const member = await app.strapi.service('admin::user').create({
    email: MARK.member,
    firstname: '成员',
    lastname: '测试',
    isActive: true,
    registrationToken: null,
    roles: [],
  });
  edu = await createDepartment(app.strapi, {
    code: 'pubedu',
    name: '公开测试教育局',
    sortOrder: 1,
    indexTemplate: MARK.indexTemplate,
    members: { connect: [{ id: member.id }] },
  });
  health = await createDepartment(app.strapi, { code: 'pubhealth', name: '公开测试卫健委', sortOrder: 2 });
  const topics: { code: string; documentId: string }[] = await db(UID.topic).findMany({
    where: { code: { $in: ['02', '0201'] } },
  });
  topic02 = topics.find((t) => t.code === '02')?.documentId as string;
  topic0201 = topics.find((t) => t.code === '0201')?.documentId as string;

  // 主动公开, 删减后公开, with every internal field filled in.
  ids.notice = await createDoc(edu.documentId, {
    title: '关于开展公开测试工作的通知',
    documentNumber: '公教发〔2026〕1号',
    issuedAt: '2026-03-10',
    topic: topic02,
    body: "达标率100%，编号A_1，it's 正文。",
    publishMode: 'redacted',
    redactionContent: MARK.redactionContent,
    redactionReason: MARK.redactionReason,
    reviewNotes: MARK.reviewNotes,
    approvedBy: MARK.approvedBy,
    effectiveFrom: '2026-04-01',
  });
  ids.noticeReading = await interpretationOf(ids.notice, '《关于开展公开测试工作的通知》解读', edu.documentId, {
    background: '背景依据',
    contactUnit: '公开测试教育局办公室',
    contactPerson: '张老师',
    contactPhone: '0571-00000000',
  });
  await publish(docs, ids.notice);
  await setPublished(docs, ids.notice, { forcePublishReason: MARK.forcePublishReason });
  ids.noticeDraftReading = await interpretationOf(ids.notice, '尚未发布的补充解读', edu.documentId);

  // 规范性文件 of another department, 2025, under a second-level topic.
  ids.opinion = await createDoc(health.documentId, {
    title: '关于加强公开测试管理的实施意见',
    documentNumber: '公卫发〔2025〕2号',
    docType: 'opinion',
    isNormative: true,
    issuedAt: '2025-06-01',
    topic: topic0201,
    body: '达标率1000，编号AB1。',
  });
  ids.opinionReading = await interpretationOf(
    ids.opinion,
    '《关于加强公开测试管理的实施意见》图解',
    health.documentId,
    {
      form: 'infographic',
      link: 'https://example.gov.cn/tujie',
    },
  );
  await publish(docs, ids.opinion);

  // Never published, published then withdrawn, and two published rows turned 依申请公开 / 不予公开.
  ids.draft = await createDoc(edu.documentId, {
    title: `${MARK.hiddenTitle}草稿`,
    documentNumber: '公教发〔2026〕3号',
  });
  ids.withdrawn = await createDoc(edu.documentId, {
    title: `${MARK.hiddenTitle}已撤销`,
    documentNumber: '公教发〔2026〕4号',
  });
  ids.withdrawnReading = await interpretationOf(ids.withdrawn, `${MARK.hiddenTitle}已撤销文件的解读`, edu.documentId);
  await publish(docs, ids.withdrawn);
  await app.strapi.documents(docs).unpublish({ documentId: ids.withdrawn });
  for (const [key, disclosure] of [
    ['onRequest', 'on_request'],
    ['notDisclosed', 'not_disclosed'],
  ] as const) {
    ids[key] = await createDoc(edu.documentId, { title: `${MARK.hiddenTitle}${disclosure}`, topic: topic02 });
    ids[`${key}Reading`] = await interpretationOf(ids[key], `${MARK.hiddenTitle}${disclosure}的解读`, edu.documentId);
    await publish(docs, ids[key]);
    await setPublished(docs, ids[key], { disclosure, disclosureReason: MARK.disclosureReason });
  }
  await app.strapi
    .documents(UID.forcePublishRecord)
    .create({ data: { reason: MARK.forceRecord, document: ids.notice } });

  // Decisions: one open today, one closed, one never published.
  const decision = async (title: string, { stage, ...fields }: Record<string, unknown>, published = true) => {
    const created = await app.strapi.documents(UID.decisionItem).create({
      data: { title, year: 2026, department: edu.documentId },
    });
    await walkDecisionTo(app.strapi, created.documentId, stage as Stage, fields);
    if (published) await publish(UID.decisionItem, created.documentId);
    return created.documentId;
  };
  ids.openDecision = await decision('公开测试学区调整', {
    stage: 'public_consultation',
    consultationStart: addCalendarDays(today, -5),
    consultationEnd: addCalendarDays(today, 24),
    draftText: '草案全文',
    draftExplanation: '草案说明',
  });
  ids.closedDecision = await decision('公开测试公园改造', {
    stage: 'result_published',
    consultationStart: '2026-01-05',
    consultationEnd: '2026-02-05',
    resultDocument: ids.notice,
    decisionResult: '审议通过',
  });
  ids.draftDecision = await decision(
    `${MARK.hiddenTitle}决策`,
    {
      stage: 'public_consultation',
      consultationStart: addCalendarDays(today, -5),
      consultationEnd: addCalendarDays(today, 24),
    },
    false,
  );
  await app.strapi.documents(UID.decisionComment).create({
    data: {
      decisionItem: ids.openDecision,
      content: '已有意见',
      adoption: 'unreviewed',
      commenterName: MARK.commenterName,
      contactPhone: MARK.phone,
      contactEmail: MARK.email,
      reviewNote: MARK.reviewNote,
    },
  });

  // Annual reports: published for 教育局 2025, a draft for 卫健委 2025.
  const report = async (department: string, title: string, published: boolean) => {
    const created = await app.strapi.documents(UID.annualReport).create({
      data: { title, year: 2025, department, overview: `${title}总体情况`, ...validReportTables() },
    });
    if (published) await publish(UID.annualReport, created.documentId);
    return created.documentId;
  };
  ids.report = await report(edu.documentId, '公开测试教育局2025年政府信息公开工作年度报告', true);
  ids.draftReport = await report(health.documentId, `${MARK.hiddenTitle}年度报告`, false);
});

afterAll(() => app.stop());

const titles = (res: { body: { data: { title: string }[] } }) => res.body.data.map((item) => item.title);
const VISIBLE_DOCS = ['关于开展公开测试工作的通知', '关于加强公开测试管理的实施意见'];

describe('GET /api/policy-documents', () => {
  test('默认按成文日期倒序，只列出已发布的主动公开文件，字段为 DocumentSummary', async () => {
    const res = await get('/api/policy-documents');

    expect(res.status).toBe(200);
    expect(titles(res)).toEqual(VISIBLE_DOCS);
    expect(res.body.meta).toEqual({ pagination: { page: 1, pageSize: 10, pageCount: 1, total: 2 } });
    const [notice] = res.body.data;
    expect(Object.keys(notice).sort()).toEqual(
      [
        'documentId',
        'title',
        'documentNumber',
        'indexNumber',
        'slug',
        'docType',
        'docTypeLabel',
        'isNormative',
        'validity',
        'validityLabel',
        'issuedAt',
        'effectiveFrom',
        'expiresAt',
        'publishedAt',
        'issuingDepartment',
        'topic',
      ].sort(),
    );
    expect(notice).toMatchObject({
      documentId: ids.notice,
      documentNumber: '公教发〔2026〕1号',
      docType: 'notice',
      docTypeLabel: '通知',
      isNormative: false,
      validity: 'in_force',
      validityLabel: '现行有效',
      issuedAt: '2026-03-10',
      effectiveFrom: '2026-04-01',
      expiresAt: null,
      issuingDepartment: { documentId: edu.documentId, name: '公开测试教育局', code: 'pubedu' },
      topic: { documentId: topic02, name: expect.any(String), code: '02' },
    });
    expect(notice.publishedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  test.each`
    label                       | query                                                | expected
    ${'按发布机构'}             | ${'filters[issuingDepartment][code][$eq]=pubhealth'} | ${[VISIBLE_DOCS[1]]}
    ${'一级主题包含其二级主题'} | ${'filters[topic][code][$eq]=02'}                    | ${VISIBLE_DOCS}
    ${'二级主题'}               | ${'filters[topic][code][$eq]=0201'}                  | ${[VISIBLE_DOCS[1]]}
    ${'公文种类'}               | ${'filters[docType][$eq]=opinion'}                   | ${[VISIBLE_DOCS[1]]}
    ${'规范性文件'}             | ${'filters[isNormative][$eq]=true'}                  | ${[VISIBLE_DOCS[1]]}
    ${'有效性'}                 | ${'filters[validity][$eq]=repealed'}                 | ${[]}
    ${'成文年份'}               | ${'year=2025'}                                       | ${[VISIBLE_DOCS[1]]}
    ${'按成文日期正序'}         | ${'sort=issuedAt:asc'}                               | ${[...VISIBLE_DOCS].reverse()}
    ${'按标题'}                 | ${'sort=title:desc'}                                 | ${[...VISIBLE_DOCS].sort().reverse()}
    ${'关键词（标题）'}         | ${`q=${encodeURIComponent('实施意见')}`}             | ${[VISIBLE_DOCS[1]]}
    ${'关键词（发文字号）'}     | ${`q=${encodeURIComponent('公教发')}`}               | ${[VISIBLE_DOCS[0]]}
    ${'关键词 % 按字面匹配'}    | ${`q=${encodeURIComponent('100%')}`}                 | ${[VISIBLE_DOCS[0]]}
    ${'关键词 _ 按字面匹配'}    | ${`q=${encodeURIComponent('A_1')}`}                  | ${[VISIBLE_DOCS[0]]}
    ${"关键词 ' 按字面匹配"}    | ${`q=${encodeURIComponent("it's")}`}                 | ${[VISIBLE_DOCS[0]]}
    ${'关键词不区分大小写'}     | ${`q=${encodeURIComponent("IT'S")}`}                 | ${[VISIBLE_DOCS[0]]}
    ${'关键词不匹配隐藏文件'}   | ${`q=${MARK.hiddenTitle}`}                           | ${[]}
    ${'忽略 status=draft'}      | ${'status=draft&pagination[pageSize]=100'}           | ${VISIBLE_DOCS}
  `('$label', async ({ query, expected }) => {
    const res = await get(`/api/policy-documents?${query}`);

    expect(res.status).toBe(200);
    expect(titles(res)).toEqual(expected);
  });

  test('分页：每页 1 条，第 2 页是第二篇，total 与 pageCount 正确', async () => {
    const res = await get('/api/policy-documents?pagination[page]=2&pagination[pageSize]=1');

    expect(titles(res)).toEqual([VISIBLE_DOCS[1]]);
    expect(res.body.meta.pagination).toEqual({ page: 2, pageSize: 1, pageCount: 2, total: 2 });
  });

  const PAGINATION = '分页参数无效：pagination[page] 须为不小于 1 的整数，pagination[pageSize] 须为 1 至 100 的整数';
  test.each`
    query                                                 | code                    | message
    ${'pagination[pageSize]=-1'}                          | ${'INVALID_PAGINATION'} | ${PAGINATION}
    ${'pagination[pageSize]=100000'}                      | ${'INVALID_PAGINATION'} | ${PAGINATION}
    ${'pagination[pageSize]=abc'}                         | ${'INVALID_PAGINATION'} | ${PAGINATION}
    ${'pagination[page]=0'}                               | ${'INVALID_PAGINATION'} | ${PAGINATION}
    ${'pagination[limit]=-1'}                             | ${'INVALID_PAGINATION'} | ${PAGINATION}
    ${'sort=disclosureReason:asc'}                        | ${'INVALID_SORT'}       | ${'不支持该排序方式，可选：issuedAt:desc、issuedAt:asc、publishedAt:desc、publishedAt:asc、title:asc、title:desc'}
    ${'filters[disclosureReason][$eq]=x'}                 | ${'INVALID_FILTER'}     | ${'不支持按“disclosureReason”筛选，可用的筛选条件：issuingDepartment、topic、docType、isNormative、validity'}
    ${'filters[disclosure][$eq]=on_request'}              | ${'INVALID_FILTER'}     | ${'不支持按“disclosure”筛选，可用的筛选条件：issuingDepartment、topic、docType、isNormative、validity'}
    ${'filters[issuingDepartment][indexTemplate][$eq]=x'} | ${'INVALID_FILTER'}     | ${'筛选条件“issuingDepartment”的写法应为 filters[issuingDepartment][code][$eq]=代码'}
    ${'filters[docType][$eq]=secret'}                     | ${'INVALID_FILTER'}     | ${'筛选条件“docType”的取值“secret”无效，可选：resolution、decision、order、communique、announcement、public_notice、opinion、notice、circular、report、request、reply、motion、letter、minutes'}
    ${`q=${'政'.repeat(51)}`}                             | ${'INVALID_KEYWORD'}    | ${'检索关键词须为 1 至 50 个字符'}
    ${'q=  '}                                             | ${'INVALID_KEYWORD'}    | ${'检索关键词须为 1 至 50 个字符'}
    ${'year=abc'}                                         | ${'INVALID_FILTER'}     | ${'年份（year）须为四位数字，当前为“abc”'}
    ${'fields[0]=disclosureReason'}                       | ${'INVALID_QUERY'}      | ${'“disclosureReason”不是公开字段，不能查询'}
    ${'populate[issuingDepartment][populate][0]=members'} | ${'INVALID_QUERY'}      | ${'“members”不是公开字段，不能查询'}
  `('$query → 400 $code', async ({ query, code, message }) => {
    const res = await get(`/api/policy-documents?${encodeURI(query)}`);

    expect(res.status).toBe(400);
    expect(res.body).toEqual({
      data: null,
      error: { status: 400, name: 'ValidationError', message, details: { code } },
    });
  });
});

describe('GET /api/policy-documents/:key', () => {
  test('按 documentId、网址别名、索引号得到同一篇，解读只含已发布的', async () => {
    const byId = await get(`/api/policy-documents/${ids.notice}`);
    expect(byId.status).toBe(200);
    const detail = byId.body.data;
    const bySlug = await get(`/api/policy-documents/slug/${detail.slug}`);
    const byIndex = await get(`/api/policy-documents/index-number/${encodeURIComponent(detail.indexNumber)}`);

    expect(detail.indexNumber).toContain('/');
    expect(bySlug.body).toEqual(byId.body);
    expect(byIndex.body).toEqual(byId.body);
    expect(detail).toMatchObject({
      title: '关于开展公开测试工作的通知',
      body: "达标率100%，编号A_1，it's 正文。",
      publishMode: 'redacted',
      jointDepartments: [],
      draftingDepartment: null,
      supersededBy: null,
      attachments: [],
    });
    expect(detail.interpretations).toEqual([
      {
        documentId: ids.noticeReading,
        title: '《关于开展公开测试工作的通知》解读',
        slug: expect.any(String),
        form: 'text_reading',
        formLabel: '文字解读',
        link: null,
        publishedAt: expect.any(String),
      },
    ]);
  });

  test('Last-Modified 为发布时间', async () => {
    const res = await get(`/api/policy-documents/${ids.notice}`);

    expect(new Date(res.headers['last-modified']).getTime()).toBe(
      Math.floor(new Date(res.body.data.publishedAt).getTime() / 1000) * 1000,
    );
  });

  test.each(['draft', 'withdrawn', 'onRequest', 'notDisclosed'])('%s 文件按三种方式都是 404', async (key) => {
    const stored = await db(docs).findOne({ where: { documentId: ids[key] } });
    const urls = [
      `/api/policy-documents/${ids[key]}`,
      `/api/policy-documents/slug/${stored.slug}`,
      `/api/policy-documents/index-number/${encodeURIComponent(stored.indexNumber)}`,
    ];
    for (const url of urls) {
      const res = await get(url);
      expect(res.status).toBe(404);
      expect(res.body).toEqual({
        data: null,
        error: {
          status: 404,
          name: 'NotFoundError',
          message: '未找到该内容，或该内容未公开',
          details: { code: 'NOT_FOUND' },
        },
      });
    }
  });
});

describe('GET /api/policy-interpretations', () => {
  test('只列出已发布文件（主动公开）的已发布解读，含解读形式与文件反链', async () => {
    const res = await get('/api/policy-interpretations?sort=title:asc');

    expect(res.status).toBe(200);
    expect(titles(res)).toEqual(['《关于加强公开测试管理的实施意见》图解', '《关于开展公开测试工作的通知》解读']);
    expect(res.body.data[0]).toEqual({
      documentId: ids.opinionReading,
      title: '《关于加强公开测试管理的实施意见》图解',
      slug: expect.any(String),
      form: 'infographic',
      formLabel: '图表图解',
      link: 'https://example.gov.cn/tujie',
      publishedAt: expect.any(String),
      interpretingDepartment: { documentId: health.documentId, name: '公开测试卫健委', code: 'pubhealth' },
      document: {
        documentId: ids.opinion,
        title: '关于加强公开测试管理的实施意见',
        documentNumber: '公卫发〔2025〕2号',
        slug: expect.any(String),
      },
    });
  });

  test.each`
    query                                                  | expected
    ${'filters[form][$eq]=infographic'}                    | ${['《关于加强公开测试管理的实施意见》图解']}
    ${'filters[interpretingDepartment][code][$eq]=pubedu'} | ${['《关于开展公开测试工作的通知》解读']}
    ${`q=${encodeURIComponent('图解')}`}                   | ${['《关于加强公开测试管理的实施意见》图解']}
  `('$query', async ({ query, expected }) => {
    expect(titles(await get(`/api/policy-interpretations?${query}`))).toEqual(expected);
  });

  test('详情（documentId 与网址别名）含解读栏目、咨询方式和文件反链', async () => {
    const res = await get(`/api/policy-interpretations/${ids.noticeReading}`);
    const bySlug = await get(`/api/policy-interpretations/slug/${res.body.data.slug}`);

    expect(res.status).toBe(200);
    expect(bySlug.body).toEqual(res.body);
    expect(res.body.data).toMatchObject({
      background: '背景依据',
      mainContent: '《关于开展公开测试工作的通知》解读的主要内容',
      legalBasis: null,
      policyChanges: null,
      media: [],
      contactUnit: '公开测试教育局办公室',
      contactPerson: '张老师',
      contactPhone: '0571-00000000',
      document: { documentId: ids.notice, title: '关于开展公开测试工作的通知' },
    });
  });

  test.each(['noticeDraftReading', 'withdrawnReading', 'onRequestReading', 'notDisclosedReading'])(
    '%s 解读是 404',
    async (key) => {
      expect((await get(`/api/policy-interpretations/${ids[key]}`)).status).toBe(404);
    },
  );
});

describe('GET /api/disclosure-catalogue', () => {
  test('各部门的公开文件数与主题，不计未公开的文件', async () => {
    const res = await get('/api/disclosure-catalogue');

    expect(res.status).toBe(200);
    expect(res.body.meta).toEqual({ total: 2 });
    const ours = res.body.data.filter((d: { code: string }) => d.code.startsWith('pub'));
    expect(ours).toEqual([
      {
        documentId: edu.documentId,
        code: 'pubedu',
        name: '公开测试教育局',
        level: 'department',
        levelLabel: '政府工作部门',
        parentCode: null,
        count: 1,
        topics: [{ code: '02', name: expect.any(String), count: 1 }],
      },
      {
        documentId: health.documentId,
        code: 'pubhealth',
        name: '公开测试卫健委',
        level: 'department',
        levelLabel: '政府工作部门',
        parentCode: null,
        count: 1,
        topics: [{ code: '0201', name: '政务公开', count: 1 }],
      },
    ]);
  });
});

describe('GET /api/decision-items', () => {
  test('按年度列出已发布事项，含阶段、征求意见期和是否可提交意见', async () => {
    const res = await get('/api/decision-items?filters[year][$eq]=2026&sort=title:asc');

    expect(res.status).toBe(200);
    expect(res.body.data).toEqual([
      {
        documentId: ids.closedDecision,
        title: '公开测试公园改造',
        year: 2026,
        stage: 'result_published',
        stageLabel: '结果公布',
        consultationStart: '2026-01-05',
        consultationEnd: '2026-02-05',
        openForComments: false,
        department: { documentId: edu.documentId, name: '公开测试教育局', code: 'pubedu' },
        resultDocument: { documentId: ids.notice, title: '关于开展公开测试工作的通知', slug: expect.any(String) },
      },
      expect.objectContaining({ documentId: ids.openDecision, stage: 'public_consultation', openForComments: true }),
    ]);
  });

  test.each`
    query                                         | expected
    ${'filters[stage][$eq]=public_consultation'}  | ${['公开测试学区调整']}
    ${'filters[department][code][$eq]=pubhealth'} | ${[]}
    ${'filters[year][$eq]=2025'}                  | ${[]}
  `('$query', async ({ query, expected }) => {
    expect(titles(await get(`/api/decision-items?${query}`))).toEqual(expected);
  });

  test('详情含决策材料和意见数；待审核的意见不公开', async () => {
    const res = await get(`/api/decision-items/${ids.openDecision}`);

    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({
      draftText: '草案全文',
      draftExplanation: '草案说明',
      background: null,
      commentAdoption: null,
      publicAttendance: null,
      decisionResult: null,
      consultationShortReason: null,
      commentCount: 1,
      commentCounts: { received: 1, published: 0, adopted: 0, partlyAdopted: 0, notAdopted: 0 },
      comments: [],
    });
  });

  test('未发布的事项是 404', async () => {
    expect((await get(`/api/decision-items/${ids.draftDecision}`)).status).toBe(404);
  });
});

describe('GET /api/annual-reports', () => {
  test('按报告单位和年度列出已发布的报告', async () => {
    const res = await get('/api/annual-reports?filters[year][$eq]=2025&filters[department][code][$eq]=pubedu');

    expect(res.status).toBe(200);
    expect(res.body.data).toEqual([
      {
        documentId: ids.report,
        title: '公开测试教育局2025年政府信息公开工作年度报告',
        year: 2025,
        department: { documentId: edu.documentId, name: '公开测试教育局', code: 'pubedu' },
        publishedAt: expect.any(String),
      },
    ]);
    expect(titles(await get('/api/annual-reports?filters[department][code][$eq]=pubhealth'))).toEqual([]);
  });

  test('详情含六部分和表二、表三、表四；草稿是 404', async () => {
    const res = await get(`/api/annual-reports/${ids.report}`);

    expect(res.body.data).toMatchObject({
      overview: '公开测试教育局2025年政府信息公开工作年度报告总体情况',
      proactiveDisclosure: null,
      otherMatters: null,
      ...validReportTables(),
    });
    expect((await get(`/api/annual-reports/${ids.draftReport}`)).status).toBe(404);
  });
});

describe('POST /api/decision-comments', () => {
  const post = (data: object) => app.http().post('/api/decision-comments').send(data);

  test('征求意见期内提交：201，只返回编号、内容和时间；联系方式保存但不返回', async () => {
    const res = await post({
      data: {
        decisionItem: ids.openDecision,
        content: '建议保留原学区过渡期。',
        commenterName: '王某',
        contactPhone: '13700000000',
        contactEmail: 'wang@example.com',
      },
    });
    bodies.push(res.text);

    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      data: {
        documentId: expect.any(String),
        receiptNumber: expect.stringMatching(/^YJ\d{8}-[0-9A-F]{8}$/),
        content: '建议保留原学区过渡期。',
        moderation: 'moderation_pending',
        moderationLabel: '待审核',
        createdAt: expect.any(String),
      },
    });
    const stored = await db(UID.decisionComment).findOne({
      where: { documentId: res.body.data.documentId },
      populate: { decisionItem: { select: ['documentId'] } },
    });
    expect(stored).toMatchObject({
      commenterName: '王某',
      contactPhone: '13700000000',
      contactEmail: 'wang@example.com',
      adoption: 'unreviewed',
      moderation: 'moderation_pending',
      decisionItem: { documentId: ids.openDecision },
    });
  });

  test.each`
    label             | data                                                                                            | code                         | message
    ${'已截止'}       | ${() => ({ decisionItem: ids.closedDecision, content: '建议增设停车位。' })}                    | ${'CONSULTATION_CLOSED'}     | ${'该决策事项当前不在公开征求意见期内，不能提交意见'}
    ${'未发布的事项'} | ${() => ({ decisionItem: ids.draftDecision, content: '建议增设停车位。' })}                     | ${'DECISION_ITEM_NOT_FOUND'} | ${'所选决策事项不存在或未公开'}
    ${'不存在的事项'} | ${() => ({ decisionItem: 'nope', content: '建议增设停车位。' })}                                | ${'DECISION_ITEM_NOT_FOUND'} | ${'所选决策事项不存在或未公开'}
    ${'内容为空'}     | ${() => ({ decisionItem: ids.openDecision, content: '' })}                                      | ${'CONTENT_REQUIRED'}        | ${'请填写意见内容'}
    ${'内容过长'}     | ${() => ({ decisionItem: ids.openDecision, content: '意'.repeat(5001) })}                       | ${'CONTENT_TOO_LONG'}        | ${'意见内容不能超过 5000 个字符，当前为 5001 个'}
    ${'邮箱无效'}     | ${() => ({ decisionItem: ids.openDecision, content: '建议增设停车位。', contactEmail: 'x' })}   | ${'INVALID_CONTACT'}         | ${'「电子邮箱」格式不正确'}
    ${'自填采纳情况'} | ${() => ({ decisionItem: ids.openDecision, content: '建议增设停车位。', adoption: 'adopted' })} | ${'INVALID_BODY'}            | ${'不能提交字段“adoption”'}
  `('$label → 400 $code，不写入任何意见', async ({ data, code, message }) => {
    const before = await tableRows(app.strapi, UID.decisionComment);

    const res = await post({ data: data() });

    expect(res.status).toBe(400);
    expect(res.body.error).toEqual({
      status: 400,
      name: 'ValidationError',
      message,
      details: { code, reasons: [{ code, message }] },
    });
    expect(await tableRows(app.strapi, UID.decisionComment)).toEqual(before);
  });

  test('已截止且内容为空：一次列出两条原因', async () => {
    const res = await post({ data: { decisionItem: ids.closedDecision } });

    expect(res.status).toBe(400);
    expect(res.body.error.message).toBe('该决策事项当前不在公开征求意见期内，不能提交意见；请填写意见内容');
    expect(res.body.error.details.reasons.map((r: { code: string }) => r.code)).toEqual([
      'CONSULTATION_CLOSED',
      'CONTENT_REQUIRED',
    ]);
  });
});

describe('HTTP 缓存', () => {
  test('每个公开 GET 都带弱 ETag 和 Cache-Control；If-None-Match 相同则 304 空响应', async () => {
    for (const url of [
      '/api/policy-documents',
      `/api/policy-documents/${ids.notice}`,
      '/api/policy-interpretations',
      `/api/policy-interpretations/${ids.noticeReading}`,
      '/api/disclosure-catalogue',
      '/api/decision-items',
      `/api/decision-items/${ids.openDecision}`,
      '/api/annual-reports',
      `/api/annual-reports/${ids.report}`,
    ]) {
      const first = await get(url);
      expect(first.headers.etag).toMatch(/^W\/"/);
      expect(first.headers['cache-control']).toBe('public, max-age=60');

      const again = await get(url, { 'If-None-Match': first.headers.etag });
      expect(again.status).toBe(304);
      expect(again.text).toBe('');
    }
  });

  test('发布新文件后列表的 ETag 改变，撤销发布后再次改变', async () => {
    const before = await get('/api/policy-documents');
    const documentId = await createDoc(edu.documentId, { title: '缓存测试文件', documentNumber: '公教发〔2026〕9号' });

    await publish(docs, documentId);
    const published = await get('/api/policy-documents', { 'If-None-Match': before.headers.etag });
    await app.strapi.documents(docs).unpublish({ documentId });
    const withdrawn = await get('/api/policy-documents', { 'If-None-Match': published.headers.etag });

    expect(published.status).toBe(200);
    expect(titles(published)).toContain('缓存测试文件');
    expect(withdrawn.status).toBe(200);
    expect(titles(withdrawn)).not.toContain('缓存测试文件');
    expect(published.headers.etag).not.toBe(before.headers.etag);
    expect(withdrawn.headers.etag).not.toBe(published.headers.etag);
    expect(withdrawn.headers.etag).toBe(before.headers.etag);
  });
});

describe('权限：公众与只读令牌读到的完全相同', () => {
  test('只读 API 令牌读到与公众相同的列表', async () => {
    const token = await app.strapi
      .service('admin::api-token')
      .create({ name: 'portal-read', type: 'read-only', lifespan: null });
    const asToken = withToken(app, token.accessKey as string);

    for (const url of [
      '/api/policy-documents',
      '/api/disclosure-catalogue',
      '/api/decision-items',
      '/api/decision-catalogue/2026',
      '/api/annual-reports',
    ]) {
      const res = await asToken.get(url);
      bodies.push(res.text);
      expect(res.body).toEqual((await get(url)).body);
    }
  });

  test.each([
    '/api/archive-transfers',
    '/api/force-publish-records',
    '/api/work-calendars',
    '/api/departments',
    '/api/topics',
    '/api/decision-comments',
    `/api/decision-comments/x`,
  ])('GET %s：没有这个接口，404', async (url) => {
    expect((await get(url)).status).toBe(404);
  });

  test('公众不能写入政策文件：403，不写入任何数据', async () => {
    const before = await tableRows(app.strapi, docs);

    const res = await app
      .http()
      .post('/api/policy-documents')
      .send({ data: documentData(edu.documentId, { title: '伪造' }) });

    expect(res.status).toBe(403);
    expect(await tableRows(app.strapi, docs)).toEqual(before);
  });

  test('公众角色在内容接口上恰好拥有公开接口的权限（另有 users-permissions 自带的登录注册权限）', async () => {
    const role = await app.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
    const permissions: { action: string }[] = await app.strapi.db
      .query('plugin::users-permissions.permission')
      .findMany({ where: { role: role.id } });

    const contentActions = permissions.map((p) => p.action).filter((action) => action.startsWith('api::'));
    expect(contentActions.sort()).toEqual(
      [
        'api::policy-document.policy-document.find',
        'api::policy-document.policy-document.findOne',
        'api::policy-interpretation.policy-interpretation.find',
        'api::policy-interpretation.policy-interpretation.findOne',
        'api::decision-item.decision-item.find',
        'api::decision-item.decision-item.findOne',
        'api::annual-report.annual-report.find',
        'api::annual-report.annual-report.findOne',
        'api::annual-report.annual-report.version',
        'api::annual-report.annual-report.print',
        'api::annual-report.annual-report.tableCsv',
        'api::disclosure-catalogue.disclosure-catalogue.find',
        'api::decision-catalogue.decision-catalogue.find',
        'api::decision-comment.decision-comment.create',
      ].sort(),
    );
  });

  test('去掉内容接口路由后，管理后台仍能列出每种内容', async () => {
    const admin = withToken(app, (await loginAsSuperAdmin(app)).token);

    for (const uid of Object.values(UID)) {
      expect([uid, (await admin.get(`/content-manager/collection-types/${uid}`)).status]).toEqual([uid, 200]);
    }
  });
});

describe('内部字段从不出现', () => {
  test.each([
    '/api/policy-documents?populate=*',
    '/api/policy-documents?populate[issuingDepartment][populate]=*',
    '/api/policy-interpretations?populate=*',
    '/api/decision-items?populate=*',
    '/api/annual-reports?populate=*',
  ])('%s 仍是固定的公开字段', async (url) => {
    const res = await get(url);

    expect(res.status).toBe(200);
  });

  test('populate=* 的详情不含内部字段', async () => {
    const res = await get(`/api/policy-documents/${ids.notice}?populate=*`);

    expect(res.status).toBe(200);
    for (const field of [
      'disclosure',
      'classification',
      'redactionContent',
      'reviewNotes',
      'forcePublishReason',
      'createdBy',
      'wideImpact',
      'consultation',
      'interpretationPlan',
    ]) {
      expect(res.body.data).not.toHaveProperty(field);
    }
  });

  test('以上所有响应中都找不到任何内部标记值', () => {
    expect(bodies.length).toBeGreaterThan(50);
    const all = bodies.join('\n');
    for (const marker of Object.values(MARK)) expect(all).not.toContain(marker);
  });
});
