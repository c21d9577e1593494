import { tallyComments } from '../../../src/domain/decisions/feedback';
import type { Stage } from '../../../src/domain/decisions/stages';
import {
  evaluateDecisionWrite,
  evaluateStageChange,
  historyAfter,
  type StageChangeFacts,
  type StageHistoryEntry,
} from '../../../src/domain/decisions/transitions';

const entry = (stage: Stage, reachedOn: string, skipped: Stage[] = []): StageHistoryEntry => ({
  stage,
  reachedOn,
  unit: '区发展改革局',
  skipped,
  reason: skipped.length > 0 ? '不涉及' : null,
  by: '张三',
  at: `${reachedOn}T02:00:00.000Z`,
});

const ALL_MATERIALS = {
  draftText: '草案全文',
  draftExplanation: '草案说明',
  expertOpinion: '专家意见',
  riskAssessment: '风险评估报告',
  legalityOpinion: '合法性审查意见',
  meetingMinutes: '会议纪要',
  decisionResult: '决策结果',
  effectEvaluation: '效果评估报告',
};

/** A change that passes every rule unless a row overrides something. */
const change = (overrides: Partial<StageChangeFacts> = {}): StageChangeFacts => ({
  from: 'listed',
  to: 'public_consultation',
  history: [entry('listed', '2026-01-05')],
  reachedOn: '2026-03-01',
  unit: '区发展改革局',
  skipReason: null,
  materials: ALL_MATERIALS,
  consultation: { start: '2026-03-01', end: '2026-03-31', shortReason: null },
  comments: tallyComments([]),
  resultDocument: { title: '关于清河公园改扩建工程的决定', published: true },
  adoptionSummaryPublished: true,
  today: '2026-04-10',
  ...overrides,
});

const pending = { moderation: 'moderation_pending', adoption: 'unreviewed' } as const;
const unanswered = { moderation: 'moderation_published', adoption: 'unreviewed' } as const;
const answered = { moderation: 'moderation_published', adoption: 'adopted' } as const;
const withheld = { moderation: 'moderation_withheld', adoption: 'unreviewed' } as const;

describe('evaluateStageChange：阶段只能逐个向前推进', () => {
  test.each`
    label                             | facts                                                                                       | expected
    ${'新建于列入目录'}               | ${change({ from: null, to: 'listed', history: [] })}                                        | ${[]}
    ${'新建即设为公开征求意见'}       | ${change({ from: null, to: 'public_consultation', history: [] })}                           | ${['STAGE_MUST_START_LISTED']}
    ${'阶段不变'}                     | ${change({ from: 'expert_review', to: 'expert_review', reachedOn: null, unit: null })}      | ${[]}
    ${'列入目录 → 公开征求意见'}      | ${change()}                                                                                 | ${[]}
    ${'退回上一阶段'}                 | ${change({ from: 'expert_review', to: 'public_consultation' })}                             | ${['STAGE_BACKWARD']}
    ${'跳过必经的合法性审查'}         | ${change({ from: 'risk_assessment', to: 'collective_decision' })}                           | ${['STAGE_NOT_SKIPPABLE']}
    ${'跳过合法性审查和集体讨论决定'} | ${change({ from: 'risk_assessment', to: 'result_published' })}                              | ${['STAGE_NOT_SKIPPABLE', 'STAGE_NOT_SKIPPABLE']}
    ${'跳过专家论证无理由'}           | ${change({ from: 'public_consultation', to: 'risk_assessment' })}                           | ${['STAGE_SKIP_REASON_MISSING']}
    ${'跳过专家论证有理由'}           | ${change({ from: 'public_consultation', to: 'risk_assessment', skipReason: '技术性不强' })} | ${[]}
    ${'跳过空白理由'}                 | ${change({ from: 'public_consultation', to: 'risk_assessment', skipReason: '  ' })}         | ${['STAGE_SKIP_REASON_MISSING']}
    ${'缺日期、单位和材料，一并列出'} | ${change({ reachedOn: null, unit: ' ', materials: {} })}                                    | ${['STAGE_DATE_MISSING', 'STAGE_UNIT_MISSING', 'STAGE_MATERIAL_MISSING', 'STAGE_MATERIAL_MISSING']}
    ${'日期早于上一阶段'}             | ${change({ reachedOn: '2026-01-04' })}                                                      | ${['STAGE_DATE_BEFORE_PREVIOUS']}
    ${'进入征求意见未填起止日期'}     | ${change({ consultation: { start: null, end: null, shortReason: null } })}                  | ${['CONSULTATION_DATES_MISSING']}
    ${'进入专家论证缺专家意见'}       | ${change({ from: 'public_consultation', to: 'expert_review', materials: {} })}              | ${['STAGE_MATERIAL_MISSING']}
    ${'进入效果评估缺报告'}           | ${change({ from: 'result_published', to: 'effect_evaluation', materials: {} })}             | ${['STAGE_MATERIAL_MISSING']}
  `('$label', ({ facts, expected }) => {
    expect(evaluateStageChange(facts).map((r) => r.code)).toEqual(expected);
  });

  test('一次列出的中文原因', () => {
    expect(evaluateStageChange(change({ reachedOn: null, unit: null, materials: { draftText: '有' } }))).toEqual([
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
      { code: 'STAGE_MATERIAL_MISSING', message: '进入“公开征求意见”阶段须提供“草案说明”', path: 'draftExplanation' },
    ]);
  });
});

describe('合法性审查的关口：征求意见已截止、意见已审核并反馈，或有不征求意见的理由', () => {
  const toLegality = (overrides: Partial<StageChangeFacts>) =>
    change({ from: 'risk_assessment', to: 'legality_review', reachedOn: '2026-04-10', ...overrides });
  test.each`
    label                             | facts                                                                                                                                                                                   | expected
    ${'已截止、意见均已处理'}         | ${toLegality({ comments: tallyComments([answered, withheld]) })}                                                                                                                        | ${[]}
    ${'截止日当天仍在征求意见'}       | ${toLegality({ today: '2026-03-31' })}                                                                                                                                                  | ${['CONSULTATION_NOT_CLOSED']}
    ${'截止次日'}                     | ${toLegality({ today: '2026-04-01', reachedOn: '2026-04-01' })}                                                                                                                         | ${[]}
    ${'有待审核意见'}                 | ${toLegality({ comments: tallyComments([pending, answered]) })}                                                                                                                         | ${['COMMENTS_PENDING_MODERATION']}
    ${'有未反馈的已公开意见'}         | ${toLegality({ comments: tallyComments([unanswered]) })}                                                                                                                                | ${['COMMENTS_UNANSWERED']}
    ${'未截止且意见未处理，一并列出'} | ${toLegality({ today: '2026-03-20', reachedOn: '2026-03-20', comments: tallyComments([pending, unanswered]) })}                                                                         | ${['CONSULTATION_NOT_CLOSED', 'COMMENTS_PENDING_MODERATION', 'COMMENTS_UNANSWERED']}
    ${'此前跳过征求意见并记录理由'}   | ${toLegality({ consultation: { start: null, end: null, shortReason: null }, history: [entry('listed', '2026-01-05'), entry('expert_review', '2026-02-01', ['public_consultation'])] })} | ${[]}
  `('$label', ({ facts, expected }) => {
    expect(evaluateStageChange(facts).map((r) => r.code)).toEqual(expected);
  });
});

describe('结果公布的关口：决策结果文件已发布、意见采纳情况已公布', () => {
  const toResult = (overrides: Partial<StageChangeFacts>) =>
    change({ from: 'collective_decision', to: 'result_published', reachedOn: '2026-07-20', ...overrides });
  test.each`
    label                   | facts                                                                                 | expected
    ${'齐全'}               | ${toResult({})}                                                                       | ${[]}
    ${'未关联结果文件'}     | ${toResult({ resultDocument: null })}                                                 | ${['RESULT_DOCUMENT_MISSING']}
    ${'结果文件未发布'}     | ${toResult({ resultDocument: { title: '决定', published: false } })}                  | ${['RESULT_DOCUMENT_NOT_PUBLISHED']}
    ${'采纳情况未公布'}     | ${toResult({ adoptionSummaryPublished: false })}                                      | ${['ADOPTION_SUMMARY_NOT_PUBLISHED']}
    ${'都缺，另缺决策结果'} | ${toResult({ resultDocument: null, adoptionSummaryPublished: false, materials: {} })} | ${['STAGE_MATERIAL_MISSING', 'RESULT_DOCUMENT_MISSING', 'ADOPTION_SUMMARY_NOT_PUBLISHED']}
  `('$label', ({ facts, expected }) => {
    expect(evaluateStageChange(facts).map((r) => r.code)).toEqual(expected);
  });
});

describe('evaluateDecisionWrite：征求意见期不少于30日（含首尾两日），缩短须有理由', () => {
  const period = (start: string, end: string, shortReason: string | null = null) =>
    change({ from: 'listed', to: 'listed', consultation: { start, end, shortReason } });
  test.each`
    label             | facts                                                         | expected
    ${'30日'}         | ${period('2026-03-01', '2026-03-30')}                         | ${[]}
    ${'29日无理由'}   | ${period('2026-03-01', '2026-03-29')}                         | ${['CONSULTATION_TOO_SHORT']}
    ${'10日无理由'}   | ${period('2026-03-01', '2026-03-10')}                         | ${['CONSULTATION_TOO_SHORT']}
    ${'10日有理由'}   | ${period('2026-03-01', '2026-03-10', '涉及紧急公共卫生事件')} | ${[]}
    ${'截止早于开始'} | ${period('2026-03-10', '2026-03-01')}                         | ${['CONSULTATION_END_BEFORE_START']}
    ${'跨年30日'}     | ${period('2026-12-15', '2027-01-13')}                         | ${[]}
  `('$label', ({ facts, expected }) => {
    expect(evaluateDecisionWrite(facts).map((r) => r.code)).toEqual(expected);
  });

  test('10日无理由的中文原因', () => {
    expect(evaluateDecisionWrite(period('2026-03-01', '2026-03-10'))).toEqual([
      {
        code: 'CONSULTATION_TOO_SHORT',
        message: '征求意见期为 10 日，少于 30 日，须填写“征求意见期少于30日的理由”',
        path: 'consultationShortReason',
      },
    ]);
  });
});

describe('historyAfter：阶段记录（谁、何时、理由）', () => {
  const at = new Date('2026-04-10T03:00:00Z');
  test('推进时追加一条，跳过的阶段和理由一并记录', () => {
    const facts = change({
      from: 'public_consultation',
      to: 'risk_assessment',
      reachedOn: '2026-04-08',
      skipReason: ' 技术性不强 ',
    });
    expect(historyAfter(facts, '李四', at).at(-1)).toEqual({
      stage: 'risk_assessment',
      reachedOn: '2026-04-08',
      unit: '区发展改革局',
      skipped: ['expert_review'],
      reason: '技术性不强',
      by: '李四',
      at: '2026-04-10T03:00:00.000Z',
    });
  });
  test('阶段不变时不追加', () => {
    const facts = change({ from: 'listed', to: 'listed' });
    expect(historyAfter(facts, '李四', at)).toEqual(facts.history);
  });
});
