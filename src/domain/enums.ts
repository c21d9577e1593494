/**
 * Every enumeration stored by the content types, value → 中文 label.
 * Values are ASCII because Strapi 5 refuses others; editors see the labels through the admin's
 * zh-Hans translations, API documentation and validation messages read from this same table.
 */
export const ENUMS = {
  disclosure: {
    proactive: '主动公开',
    on_request: '依申请公开',
    not_disclosed: '不予公开',
  },
  classification: {
    unclassified: '非密',
    internal: '内部',
    confidential: '秘密',
    secret: '机密',
    top_secret: '绝密',
  },
  publishMode: {
    full: '全文公开',
    redacted: '删减后公开',
  },
  docType: {
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
  },
  validity: {
    in_force: '现行有效',
    amended: '已修订',
    repealed: '已废止',
  },
  consultation: {
    consult_none: '无需征询',
    consult_departments: '征询部门意见',
    consult_public: '公开征求社会意见',
  },
  interpretationForm: {
    text_reading: '文字解读',
    infographic: '图表图解',
    audio_video: '音频视频',
    animation_comic: '动画漫画',
    press_release: '新闻发布',
    policy_briefing: '政策吹风',
    online_interview: '在线访谈',
    policy_qa: '政策问答',
    press_qa: '答记者问',
  },
  decisionStage: {
    listed: '列入目录',
    public_consultation: '公开征求意见',
    expert_review: '专家论证',
    risk_assessment: '风险评估',
    legality_review: '合法性审查',
    collective_decision: '集体讨论决定',
    result_published: '结果公布',
    effect_evaluation: '效果评估',
  },
  commentModeration: {
    moderation_pending: '待审核',
    moderation_published: '已公开',
    moderation_withheld: '不予公开',
  },
  commentAdoption: {
    unreviewed: '待反馈',
    adopted: '已采纳',
    partly_adopted: '部分采纳',
    not_adopted: '未采纳',
  },
  departmentLevel: {
    government: '人民政府',
    government_office: '政府办公室',
    department: '政府工作部门',
    subdistrict: '街道/镇',
  },
  archiveStatus: {
    pending: '待移交',
    transferred: '已移交',
    failed: '移交失败',
    cancelled: '已取消',
  },
  archiveReason: {
    'first-publish': '首次发布',
    changed: '内容变更',
    withdrawn: '撤销发布',
  },
} as const satisfies Record<string, Record<string, string>>;

export type EnumName = keyof typeof ENUMS;
export type EnumValue<N extends EnumName> = keyof (typeof ENUMS)[N] & string;

export const enumValues = <N extends EnumName>(name: N): EnumValue<N>[] => Object.keys(ENUMS[name]) as EnumValue<N>[];

export const enumLabel = <N extends EnumName>(name: N, value: string): string =>
  (ENUMS[name] as Record<string, string>)[value] ?? value;

/** Which enumeration each enumeration field stores, per content type (singular name). */
export const FIELD_ENUMS: Record<string, Record<string, EnumName>> = {
  department: { level: 'departmentLevel' },
  'policy-document': {
    docType: 'docType',
    classification: 'classification',
    disclosure: 'disclosure',
    publishMode: 'publishMode',
    consultation: 'consultation',
    validity: 'validity',
  },
  'policy-interpretation': { form: 'interpretationForm' },
  'decision-item': { stage: 'decisionStage' },
  'decision-comment': { moderation: 'commentModeration', adoption: 'commentAdoption' },
  'archive-transfer': { transferStatus: 'archiveStatus', reason: 'archiveReason' },
};
