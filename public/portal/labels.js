/**
 * Chinese names of the enumerations the filters offer. They mirror src/domain/enums.ts (the browser test
 * compares the filter options with it): a filter lists every value, not only those the current data has.
 */
export const DOC_TYPES = {
  resolution: '决议',
  decision: '决定',
  order: '命令（令）',
  communique: '公报',
  announcement: '公告',
  public_notice: '通告',
  opinion: '意见',
  notice: '通知',
  circular: '通报',
  report: '报告',
  request: '请示',
  reply: '批复',
  motion: '议案',
  letter: '函',
  minutes: '纪要',
};

export const VALIDITY = {
  in_force: '现行有效',
  amended: '已修订',
  repealed: '已废止',
};

export const INTERPRETATION_FORMS = {
  text_reading: '文字解读',
  infographic: '图表图解',
  audio_video: '音频视频',
  animation_comic: '动画漫画',
  press_release: '新闻发布',
  policy_briefing: '政策吹风',
  online_interview: '在线访谈',
  policy_qa: '政策问答',
  press_qa: '答记者问',
};

/** Content sections of an interpretation in reading order (names as in the admin, src/domain/content/labels.ts). */
export const INTERPRETATION_SECTIONS = [
  ['background', '背景依据'],
  ['legalBasis', '制定依据'],
  ['objectives', '目标任务'],
  ['mainContent', '主要内容'],
  ['scope', '涉及范围'],
  ['standards', '执行标准'],
  ['procedures', '操作方法'],
  ['precautions', '注意事项'],
  ['keyTerms', '关键词诠释'],
  ['benefits', '惠民利民举措'],
  ['policyChanges', '新旧政策差异'],
];

/** Materials of a decision item in the order of the process (names as in the admin, src/domain/content/labels.ts). */
export const DECISION_MATERIALS = [
  ['background', '决策背景'],
  ['draftText', '草案全文'],
  ['draftExplanation', '草案说明'],
  ['expertOpinion', '专家论证意见'],
  ['riskAssessment', '风险评估报告'],
  ['legalityOpinion', '合法性审查意见'],
  ['meetingMinutes', '会议纪要'],
  ['commentAdoption', '公众意见收集采纳情况'],
  ['publicAttendance', '公众代表列席情况'],
  ['decisionResult', '决策结果'],
  ['effectEvaluation', '效果评估报告'],
];
