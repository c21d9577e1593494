import { UID } from '../../src/uid';
import { loginAsSuperAdmin, startApp } from '../helpers';
import type { TestApp } from '../helpers';

let app: TestApp;

beforeAll(async () => {
  app = await startApp({ DEMO_SEED: 'true' });
});

afterAll(() => app.stop());

const get = (url: string) => app.http().get(url);

const stagesOf = (reached: Record<string, string>, skipped: readonly string[] = []) =>
  Object.entries({
    listed: '列入目录',
    public_consultation: '公开征求意见',
    expert_review: '专家论证',
    risk_assessment: '风险评估',
    legality_review: '合法性审查',
    collective_decision: '集体讨论决定',
    result_published: '结果公布',
    effect_evaluation: '效果评估',
  }).map(([stage, stageLabel]) => ({
    stage,
    stageLabel,
    reachedOn: reached[stage] ?? null,
    skipped: skipped.includes(stage),
  }));

describe('GET /api/decision-catalogue/:year', () => {
  test('2026 年目录：每行有承办单位、阶段、各阶段日期、已有材料和决策结果文件', async () => {
    const res = await get('/api/decision-catalogue/2026');

    expect(res.status).toBe(200);
    expect(res.body.meta).toEqual({ total: 3 });
    expect(res.body.data.year).toBe(2026);
    const rows = Object.fromEntries(res.body.data.items.map((row: { title: string }) => [row.title, row])) as Record<
      string,
      Record<string, unknown>
    >;
    expect(Object.keys(rows).sort()).toEqual(
      ['清河公园改扩建工程', '清河区中小学学区划分调整方案', '清河区老旧小区改造实施办法'].sort(),
    );
    expect(rows['清河公园改扩建工程']).toMatchObject({
      stage: 'result_published',
      stageLabel: '结果公布',
      department: { name: '清河区人民政府办公室' },
      resultDocument: { title: '清河区人民政府关于清河公园改扩建工程的决定' },
      stages: stagesOf({
        listed: '2026-01-15',
        public_consultation: '2026-03-01',
        expert_review: '2026-04-10',
        risk_assessment: '2026-04-24',
        legality_review: '2026-05-12',
        collective_decision: '2026-07-10',
        result_published: '2026-07-16',
      }),
      materials: [
        { field: 'draftText', label: '草案全文' },
        { field: 'draftExplanation', label: '草案说明' },
        { field: 'background', label: '决策背景' },
        { field: 'expertOpinion', label: '专家论证意见' },
        { field: 'riskAssessment', label: '风险评估报告' },
        { field: 'legalityOpinion', label: '合法性审查意见' },
        { field: 'meetingMinutes', label: '会议纪要' },
        { field: 'commentAdoption', label: '公众意见收集采纳情况' },
        { field: 'publicAttendance', label: '公众代表列席情况' },
        { field: 'decisionResult', label: '决策结果' },
      ],
    });
    expect(rows['清河区老旧小区改造实施办法']).toMatchObject({
      stage: 'collective_decision',
      stages: stagesOf(
        {
          listed: '2026-01-05',
          public_consultation: '2026-01-06',
          legality_review: '2026-02-12',
          collective_decision: '2026-03-05',
        },
        ['expert_review', 'risk_assessment'],
      ),
    });
    expect(rows['清河区中小学学区划分调整方案']).toMatchObject({ stage: 'public_consultation', openForComments: true });
  });

  test.each`
    year      | message
    ${'26'}   | ${'目录年度须为 2000–2100 之间的四位数字，如 /api/decision-catalogue/2026，收到“26”'}
    ${'abcd'} | ${'目录年度须为 2000–2100 之间的四位数字，如 /api/decision-catalogue/2026，收到“abcd”'}
    ${'1999'} | ${'目录年度须为 2000–2100 之间的四位数字，如 /api/decision-catalogue/2026，收到“1999”'}
  `('年度 $year → 400 INVALID_FILTER', async ({ year, message }) => {
    const res = await get(`/api/decision-catalogue/${year}`);

    expect(res.status).toBe(400);
    expect(res.body.error).toEqual({
      status: 400,
      name: 'ValidationError',
      message,
      details: { code: 'INVALID_FILTER' },
    });
  });

  test('没有事项的年度：空目录', async () => {
    const res = await get('/api/decision-catalogue/2025');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ data: { year: 2025, items: [] }, meta: { total: 0 } });
  });
});

describe('事项详情：阶段记录、审核后公开的意见及其采纳情况', () => {
  const detailOf = async (title: string) => {
    const item = await app.strapi.db
      .query(UID.decisionItem)
      .findOne({ where: { title, publishedAt: { $notNull: true } }, select: ['documentId'] });
    return get(`/api/decision-items/${item.documentId}`);
  };

  test('已完成的事项：阶段记录不含操作人，意见含采纳情况和答复，不含联系方式', async () => {
    const res = await detailOf('清河公园改扩建工程');

    expect(res.status).toBe(200);
    expect(
      res.body.data.stageHistory.map((e: { stage: string; reachedOn: string; unit: string }) => [
        e.stage,
        e.reachedOn,
        e.unit,
      ]),
    ).toEqual([
      ['listed', '2026-01-15', '清河区人民政府办公室'],
      ['public_consultation', '2026-03-01', '清河区城市管理局'],
      ['expert_review', '2026-04-10', '清河区城市管理局'],
      ['risk_assessment', '2026-04-24', '清河区城市管理局'],
      ['legality_review', '2026-05-12', '清河区司法局'],
      ['collective_decision', '2026-07-10', '清河区人民政府'],
      ['result_published', '2026-07-16', '清河区人民政府办公室'],
    ]);
    expect(res.body.data.commentCounts).toEqual({
      received: 3,
      published: 3,
      adopted: 2,
      partlyAdopted: 1,
      notAdopted: 0,
    });
    expect(
      res.body.data.comments.map((c: { adoptionLabel: string; reply: string }) => [c.adoptionLabel, c.reply]),
    ).toEqual([
      ['已采纳', '已采纳，主园路全部按无障碍标准建设。'],
      ['已采纳', '已采纳，夏季开放时间延长至22:00。'],
      ['部分采纳', '受用地限制，泊位由120个增加至260个。'],
    ]);
    for (const secret of ['王女士', '13800000001', 'li@example.com', '"by"', '"at"'])
      expect(res.text).not.toContain(secret);
  });

  test('征求意见中的事项：只显示已公开的意见，待审核和不予公开的不显示', async () => {
    const res = await detailOf('清河区中小学学区划分调整方案');

    expect(res.body.data.commentCounts).toEqual({
      received: 3,
      published: 1,
      adopted: 0,
      partlyAdopted: 0,
      notAdopted: 0,
    });
    expect(res.body.data.comments.map((c: { content: string }) => c.content)).toEqual([
      '建议为跨学区的二孩家庭保留原学区入学资格。',
    ]);
    expect(res.text).not.toContain('代办学位');
    expect(res.text).not.toContain('含广告信息');
  });
});

describe('演示数据中的逾期清单', () => {
  test('老旧小区改造实施办法逾期未公布采纳情况', async () => {
    const { overdueAdoptionSummaries } = await import('../../src/services/decision-feedback');
    const overdue = await overdueAdoptionSummaries(app.strapi, '2026-11-30');
    expect(overdue.map((row) => [row.title, row.dueOn])).toEqual([['清河区老旧小区改造实施办法', '2026-03-26']]);
  });
});

describe('管理后台（中文）', () => {
  test('决策事项和公众意见的字段显示中文名称，阶段记录和回执编号不可编辑', async () => {
    const { token } = await loginAsSuperAdmin(app);
    const configuration = async (uid: string) =>
      (
        await app
          .http()
          .get(`/content-manager/content-types/${uid}/configuration`)
          .set('Authorization', `Bearer ${token}`)
      ).body.data.contentType;

    const item = await configuration(UID.decisionItem);
    expect(
      Object.fromEntries(
        [
          'stage',
          'stageReachedOn',
          'stageUnit',
          'stageSkipReason',
          'stageHistory',
          'expertOpinion',
          'meetingMinutes',
        ].map((field) => [field, item.metadatas[field].edit.label]),
      ),
    ).toEqual({
      stage: '决策阶段',
      stageReachedOn: '本次阶段变更：进入日期',
      stageUnit: '本阶段负责单位',
      stageSkipReason: '本次阶段变更：跳过阶段的理由',
      stageHistory: '阶段记录',
      expertOpinion: '专家论证意见',
      meetingMinutes: '会议纪要',
    });
    expect(item.metadatas.stageHistory.edit.editable).toBe(false);
    const comment = await configuration(UID.decisionComment);
    expect(comment.metadatas.moderation.edit.label).toBe('审核状态');
    expect(comment.metadatas.receiptNumber.edit.editable).toBe(false);
    expect(comment.layouts.list).toEqual([
      'decisionItem',
      'content',
      'moderation',
      'adoption',
      'receiptNumber',
      'createdAt',
    ]);
  });
});
