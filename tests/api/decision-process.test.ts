import { chinaLocalDate } from '../../src/domain/dates';
import { addCalendarDays } from '../../src/domain/calendar/working-days';
import { UID } from '../../src/uid';
import {
  createDepartment,
  createFullAccessToken,
  documentData,
  fromCall,
  fromResponse,
  loginAsSuperAdmin,
  loginWithRole,
  startApp,
  tableRows,
  walkDecisionTo,
  withToken,
} from '../helpers';
import type { DepartmentFixture, Outcome, TestApp } from '../helpers';

let app: TestApp;
let department: DepartmentFixture;
let admin: ReturnType<typeof withToken>;
let api: ReturnType<typeof withToken>;
let resultDocument: string;
let draftResultDocument: string;

const CM = `/content-manager/collection-types/${UID.decisionItem}`;
const CM_COMMENTS = `/content-manager/collection-types/${UID.decisionComment}`;
const today = chinaLocalDate(new Date());

beforeAll(async () => {
  app = await startApp();
  department = await createDepartment(app.strapi, { code: '014359701', name: '测试区发展改革局' });
  admin = withToken(app, (await loginAsSuperAdmin(app)).token);
  api = withToken(app, await createFullAccessToken(app));
  const documents = app.strapi.documents(UID.policyDocument);
  resultDocument = (
    await documents.create({
      data: documentData(department.documentId, { title: '关于测试决策事项的决定', issuedAt: '2026-09-25' }),
    })
  ).documentId;
  await documents.publish({ documentId: resultDocument });
  draftResultDocument = (
    await documents.create({ data: documentData(department.documentId, { title: '尚未发布的决定' }) })
  ).documentId;
});

afterAll(() => app.stop());

const items = () => app.strapi.documents(UID.decisionItem);

const createItem = async (title: string, fields: Record<string, unknown> = {}) =>
  (await items().create({ data: { title, year: 2026, department: department.documentId, ...fields } })).documentId;

const draftOf = (documentId: string) =>
  app.strapi.db.query(UID.decisionItem).findOne({ where: { documentId, publishedAt: null } });

/** Everything a refused write must leave as it was. */
const snapshot = async () => ({
  items: await tableRows(app.strapi, UID.decisionItem),
  comments: await tableRows(app.strapi, UID.decisionComment),
});

const refused = (outcome: Outcome, reasons: { code: string; message: string; path?: string }[]) => {
  expect(outcome.status).toBe(400);
  expect(outcome.error?.details.reasons).toEqual(reasons);
  expect(outcome.error?.message).toBe(reasons.map((r) => r.message).join('；'));
};

const CONSULTATION = {
  draftText: '草案全文',
  draftExplanation: '草案说明',
  consultationStart: '2026-01-05',
  consultationEnd: '2026-02-05',
};

describe('阶段只能逐个向前推进，缺什么一次列出（管理后台）', () => {
  test('进入公开征求意见缺日期、单位、材料和起止日期：400，一并列出，什么都没改', async () => {
    const id = await createItem('缺材料的事项');
    const before = await snapshot();

    const res = await admin.put(`${CM}/${id}`).send({ stage: 'public_consultation' });

    refused(fromResponse(res), [
      {
        code: 'STAGE_DATE_MISSING',
        message: '请填写进入“公开征求意见”阶段的日期（“本次阶段变更：进入日期”）',
        path: 'stageReachedOn',
      },
      {
        code: 'STAGE_UNIT_MISSING',
        message: '请填写“公开征求意见”阶段的负责单位（“本阶段负责单位”）',
        path: 'stageUnit',
      },
      { code: 'STAGE_MATERIAL_MISSING', message: '进入“公开征求意见”阶段须提供“草案全文”', path: 'draftText' },
      { code: 'STAGE_MATERIAL_MISSING', message: '进入“公开征求意见”阶段须提供“草案说明”', path: 'draftExplanation' },
      {
        code: 'CONSULTATION_DATES_MISSING',
        message: '公开征求意见须填写“征求意见开始日期”和“征求意见截止日期”',
        path: 'consultationStart',
      },
    ]);
    expect(await snapshot()).toEqual(before);
  });

  test('跳过必经阶段和无理由跳过可选阶段：400，一并列出', async () => {
    const id = await createItem('跳阶段的事项');
    await walkDecisionTo(app.strapi, id, 'public_consultation', CONSULTATION);
    const before = await snapshot();

    const res = await admin
      .put(`${CM}/${id}`)
      .send({ stage: 'collective_decision', stageReachedOn: today, stageUnit: '区政府', meetingMinutes: '纪要' });

    refused(fromResponse(res), [
      {
        code: 'STAGE_NOT_SKIPPABLE',
        message: '“合法性审查”是必经阶段，不能跳过，须逐个阶段推进',
        path: 'stage',
      },
      {
        code: 'STAGE_SKIP_REASON_MISSING',
        message: '跳过“专家论证”、“风险评估”须填写“本次阶段变更：跳过阶段的理由”',
        path: 'stageSkipReason',
      },
    ]);
    expect(await snapshot()).toEqual(before);
  });

  test('退回上一阶段：400', async () => {
    const id = await createItem('退回的事项');
    await walkDecisionTo(app.strapi, id, 'public_consultation', CONSULTATION);
    const before = await snapshot();

    const res = await admin.put(`${CM}/${id}`).send({ stage: 'listed', stageReachedOn: today, stageUnit: '区政府' });

    refused(fromResponse(res), [
      { code: 'STAGE_BACKWARD', message: '决策阶段只能向前推进，不能从“公开征求意见”退回“列入目录”', path: 'stage' },
    ]);
    expect(await snapshot()).toEqual(before);
  });

  test('新建时直接设为后续阶段：400（内容 API 与代码调用同样拒绝）', async () => {
    const data = { title: '直接跳到结果公布', year: 2026, stage: 'result_published' };
    const before = await snapshot();
    const reason = {
      code: 'STAGE_MUST_START_LISTED',
      message: '新建的决策事项须从“列入目录”阶段开始，不能直接设为“结果公布”',
      path: 'stage',
    };

    refused(fromResponse(await admin.post(CM).send(data)), [reason]);
    refused(fromResponse(await api.post('/api/decision-items').send({ data })), [reason]);
    refused(await fromCall(() => items().create({ data, status: 'published' })), [reason]);
    expect(await snapshot()).toEqual(before);
  });

  test('推进成功：记录阶段历史（谁、何时、负责单位、跳过理由），本次变更的日期和理由随即清空；历史不能由客户端改写', async () => {
    const id = await createItem('推进的事项');
    await walkDecisionTo(app.strapi, id, 'public_consultation', CONSULTATION);

    const res = await admin.put(`${CM}/${id}`).send({
      stage: 'risk_assessment',
      stageReachedOn: today,
      stageUnit: '区发展改革局',
      stageSkipReason: '技术性不强，不开展专家论证',
      riskAssessment: '低风险',
      stageHistory: [],
    });

    expect(res.status).toBe(200);
    const draft = await draftOf(id);
    expect(draft).toMatchObject({ stage: 'risk_assessment', stageReachedOn: null, stageSkipReason: null });
    expect(draft.stageHistory.map((e: { stage: string }) => e.stage)).toEqual([
      'listed',
      'public_consultation',
      'risk_assessment',
    ]);
    expect(draft.stageHistory.at(-1)).toEqual({
      stage: 'risk_assessment',
      reachedOn: today,
      unit: '区发展改革局',
      skipped: ['expert_review'],
      reason: '技术性不强，不开展专家论证',
      by: '管理员测试',
      at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
    });

    const forged = await admin.put(`${CM}/${id}`).send({ stageHistory: [{ stage: 'effect_evaluation' }] });
    expect(forged.status).toBe(200);
    expect((await draftOf(id)).stageHistory).toEqual(draft.stageHistory);
  });
});

describe('征求意见期不少于30日，缩短须有理由（每条写入路径）', () => {
  const SHORT: Record<string, unknown> = { consultationStart: '2026-12-01', consultationEnd: '2026-12-10' };
  const reason = {
    code: 'CONSULTATION_TOO_SHORT',
    message: '征求意见期为 10 日，少于 30 日，须填写“征求意见期少于30日的理由”',
    path: 'consultationShortReason',
  };
  let existing: string;
  beforeAll(async () => {
    existing = await createItem('征求意见期测试');
  });

  test.each`
    path                         | run
    ${'管理后台新建'}            | ${() => admin.post(CM).send({ title: '十日征求意见', year: 2026, ...SHORT })}
    ${'管理后台保存'}            | ${() => admin.put(`${CM}/${existing}`).send(SHORT)}
    ${'内容 API POST（即发布）'} | ${() => api.post('/api/decision-items').send({ data: { title: '十日', year: 2026, stage: 'listed', ...SHORT } })}
    ${'内容 API PUT（即发布）'}  | ${() => api.put(`/api/decision-items/${existing}`).send({ data: SHORT })}
    ${'documents().update 草稿'} | ${() => fromCall(() => items().update({ documentId: existing, data: SHORT }))}
  `('$path：400，什么都没改', async ({ run }) => {
    const before = await snapshot();
    const result = await run();
    refused('status' in result && 'body' in result ? fromResponse(result) : result, [reason]);
    expect(await snapshot()).toEqual(before);
  });

  test('有缩短理由时接受', async () => {
    const res = await admin
      .put(`${CM}/${existing}`)
      .send({ ...SHORT, consultationShortReason: '涉及冬季供暖应急事项' });
    expect(res.status).toBe(200);
  });
});

describe('合法性审查的关口', () => {
  const toLegality = {
    stage: 'legality_review',
    stageReachedOn: today,
    stageUnit: '区司法局',
    stageSkipReason: '不涉及专业技术问题',
    legalityOpinion: '合法',
  };

  test('征求意见未截止、有待审核和未反馈的意见：400，一并列出', async () => {
    const id = await createItem('征求意见中的事项');
    const end = addCalendarDays(today, 20);
    await walkDecisionTo(app.strapi, id, 'public_consultation', {
      ...CONSULTATION,
      consultationStart: addCalendarDays(today, -10),
      consultationEnd: end,
    });
    const comments = app.strapi.documents(UID.decisionComment);
    await comments.create({ data: { decisionItem: id, content: '待审核的意见', adoption: 'unreviewed' } });
    await comments.create({ data: { decisionItem: id, content: '另一条待审核的意见', adoption: 'unreviewed' } });
    await comments.create({
      data: { decisionItem: id, content: '已公开未反馈', moderation: 'moderation_published', adoption: 'unreviewed' },
    });
    const before = await snapshot();

    const res = await admin.put(`${CM}/${id}`).send(toLegality);

    refused(fromResponse(res), [
      {
        code: 'CONSULTATION_NOT_CLOSED',
        message: `公开征求意见至 ${end} 24 时截止，截止后才能提交合法性审查`,
        path: 'stage',
      },
      {
        code: 'COMMENTS_PENDING_MODERATION',
        message: '尚有 2 条公众意见待审核，审核完毕后才能提交合法性审查',
        path: 'comments',
      },
      {
        code: 'COMMENTS_UNANSWERED',
        message: '尚有 1 条已公开的公众意见未反馈采纳情况，反馈完毕后才能提交合法性审查',
        path: 'comments',
      },
    ]);
    expect(await snapshot()).toEqual(before);
  });

  test('已截止且意见都已审核、反馈：可以进入', async () => {
    const id = await createItem('已截止的事项');
    await walkDecisionTo(app.strapi, id, 'public_consultation', CONSULTATION);
    await app.strapi.documents(UID.decisionComment).create({
      data: {
        decisionItem: id,
        content: '不采纳的意见',
        moderation: 'moderation_published',
        adoption: 'not_adopted',
        reply: '超出本决策范围',
      },
    });

    const res = await admin.put(`${CM}/${id}`).send(toLegality);

    expect(res.status).toBe(200);
    expect((await draftOf(id)).stage).toBe('legality_review');
  });

  test('记录了不公开征求意见的理由（跳过公开征求意见）：可以进入', async () => {
    const id = await createItem('不征求意见的事项');
    const res = await admin.put(`${CM}/${id}`).send({ ...toLegality, stageSkipReason: '依法应当保密' });

    expect(res.status).toBe(200);
    expect((await draftOf(id)).stageHistory.at(-1)).toMatchObject({
      skipped: ['public_consultation', 'expert_review', 'risk_assessment'],
      reason: '依法应当保密',
    });
  });
});

describe('结果公布的关口', () => {
  const toResult = {
    stage: 'result_published',
    stageReachedOn: today,
    stageUnit: '区政府办公室',
    decisionResult: '通过',
  };

  test('未关联结果文件、采纳情况未公布：400，一并列出', async () => {
    const id = await createItem('待公布的事项');
    await walkDecisionTo(app.strapi, id, 'collective_decision', CONSULTATION);
    const before = await snapshot();

    refused(fromResponse(await admin.put(`${CM}/${id}`).send(toResult)), [
      { code: 'RESULT_DOCUMENT_MISSING', message: '结果公布须关联“决策结果文件”', path: 'resultDocument' },
      {
        code: 'ADOPTION_SUMMARY_NOT_PUBLISHED',
        message: '“公众意见收集采纳情况”尚未公布：请填写并发布后再进入“结果公布”阶段',
        path: 'commentAdoption',
      },
    ]);
    refused(
      fromResponse(
        await admin
          .put(`${CM}/${id}`)
          .send({ ...toResult, resultDocument: { connect: [{ documentId: draftResultDocument }] } }),
      ),
      [
        {
          code: 'RESULT_DOCUMENT_NOT_PUBLISHED',
          message: '决策结果文件《尚未发布的决定》尚未发布，发布后才能进入“结果公布”阶段',
          path: 'resultDocument',
        },
        {
          code: 'ADOPTION_SUMMARY_NOT_PUBLISHED',
          message: '“公众意见收集采纳情况”尚未公布：请填写并发布后再进入“结果公布”阶段',
          path: 'commentAdoption',
        },
      ],
    );
    expect(await snapshot()).toEqual(before);
  });

  test('结果文件已发布、采纳情况已随事项发布：可以进入', async () => {
    const id = await createItem('可公布的事项');
    await walkDecisionTo(app.strapi, id, 'collective_decision', CONSULTATION);
    await admin.put(`${CM}/${id}`).send({ commentAdoption: '共收到意见1条，未采纳1条并说明理由。' });
    expect((await admin.post(`${CM}/${id}/actions/publish`).send({})).status).toBe(200);

    const res = await admin
      .put(`${CM}/${id}`)
      .send({ ...toResult, resultDocument: { connect: [{ documentId: resultDocument }] } });

    expect(res.status).toBe(200);
    expect((await draftOf(id)).stage).toBe('result_published');
  });
});

describe('复制的事项从列入目录重新开始', () => {
  test('documents().clone：阶段为列入目录，历史只有一条，不带走公众意见', async () => {
    const id = await createItem('被复制的事项');
    await walkDecisionTo(app.strapi, id, 'public_consultation', CONSULTATION);
    await app.strapi
      .documents(UID.decisionComment)
      .create({ data: { decisionItem: id, content: '原事项的意见', adoption: 'unreviewed' } });

    const data: Record<string, unknown> = { title: '复制的事项' };
    const copy = await items().clone({ documentId: id, data });

    const draft = await app.strapi.db.query(UID.decisionItem).findOne({
      where: { documentId: copy?.documentId, publishedAt: null },
      populate: { comments: true },
    });
    expect(draft).toMatchObject({ stage: 'listed', comments: [] });
    expect(draft.stageHistory.map((e: { stage: string }) => e.stage)).toEqual(['listed']);
    expect(await app.strapi.db.query(UID.decisionComment).count({ where: { decisionItem: { documentId: id } } })).toBe(
      1,
    );
  });
});

describe('意见审核与采纳反馈（管理后台）', () => {
  let comment: string;
  beforeAll(async () => {
    const id = await createItem('审核意见的事项');
    comment = (
      await app.strapi
        .documents(UID.decisionComment)
        .create({ data: { decisionItem: id, content: '一条意见', adoption: 'unreviewed' } })
    ).documentId;
  });

  test.each`
    label                     | body                                                                          | reasons
    ${'不予公开无理由'}       | ${{ moderation: 'moderation_withheld' }}                                      | ${[{ code: 'MODERATION_REASON_MISSING', message: '不予公开的意见须填写“不予公开理由”', path: 'moderationReason' }]}
    ${'待审核就反馈采纳'}     | ${{ adoption: 'adopted' }}                                                    | ${[{ code: 'ADOPTION_ON_UNPUBLISHED_COMMENT', message: '只有审核后已公开的意见才能反馈采纳情况', path: 'adoption' }]}
    ${'公开并未采纳但无理由'} | ${{ moderation: 'moderation_published', adoption: 'not_adopted', reply: '' }} | ${[{ code: 'ADOPTION_REASON_MISSING', message: '未采纳的意见须在“答复（未采纳理由）”中说明理由', path: 'reply' }]}
  `('$label：400，什么都没改', async ({ body, reasons }) => {
    const before = await snapshot();
    refused(fromResponse(await admin.put(`${CM_COMMENTS}/${comment}`).send(body)), reasons);
    expect(await snapshot()).toEqual(before);
  });

  test('公开并部分采纳、说明理由：200；回执编号不能改', async () => {
    const stored = await app.strapi.db.query(UID.decisionComment).findOne({ where: { documentId: comment } });
    expect(stored.receiptNumber).toMatch(/^YJ\d{8}-[0-9A-F]{8}$/);

    const res = await admin.put(`${CM_COMMENTS}/${comment}`).send({
      moderation: 'moderation_published',
      adoption: 'partly_adopted',
      reply: '部分内容已在方案中体现',
      receiptNumber: 'YJ-FORGED',
    });

    expect(res.status).toBe(200);
    expect(await app.strapi.db.query(UID.decisionComment).findOne({ where: { documentId: comment } })).toMatchObject({
      moderation: 'moderation_published',
      adoption: 'partly_adopted',
      receiptNumber: stored.receiptNumber,
    });
  });
});

describe('采纳情况逾期清单（公开办）', () => {
  test('结果文件成文后第10个工作日仍未公布采纳情况的事项列出，期限按工作日历（跨国庆）', async () => {
    const id = await createItem('逾期未公布采纳情况的事项');
    await walkDecisionTo(app.strapi, id, 'collective_decision', CONSULTATION);
    const data: Record<string, unknown> = { resultDocument: resultDocument };
    await items().update({ documentId: id, data });
    await items().publish({ documentId: id });

    const res = await admin.get('/gov-decisions/feedback-overdue');

    expect(res.status).toBe(200);
    expect(res.body.data).toEqual([
      {
        documentId: id,
        title: '逾期未公布采纳情况的事项',
        year: 2026,
        stage: 'collective_decision',
        stageLabel: '集体讨论决定',
        department: { documentId: department.documentId, name: '测试区发展改革局' },
        resultDocument: {
          documentId: resultDocument,
          title: '关于测试决策事项的决定',
          documentNumber: null,
          issuedOn: '2026-09-25',
        },
        dueOn: '2026-10-15',
      },
    ]);
  });

  test('没有督办权限：403', async () => {
    const editor = await loginWithRole(app, '部门编辑', [
      { action: 'plugin::content-manager.explorer.read', subject: UID.decisionItem },
    ]);
    expect((await withToken(app, editor).get('/gov-decisions/feedback-overdue')).status).toBe(403);
    expect((await app.http().get('/gov-decisions/feedback-overdue')).status).toBe(401);
  });
});
