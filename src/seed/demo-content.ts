import { requestTableFrom } from '../domain/annual-report/totals';
/** The demo district 清河区: a fictional government, written for the demo (not real documents). */
export interface DepartmentSeed {
  key: string;
  name: string;
  shortName: string;
  code: string;
  agencyCode: string;
  level: 'government' | 'government_office' | 'department' | 'subdistrict';
  parent?: string;
  indexTemplate?: string;
}

export const DEMO_DEPARTMENTS: readonly DepartmentSeed[] = [
  {
    key: 'gov',
    name: '清河区人民政府',
    shortName: '区政府',
    code: '014350001',
    agencyCode: '清政',
    level: 'government',
  },
  {
    key: 'office',
    name: '清河区人民政府办公室',
    shortName: '区府办',
    code: '014350002',
    agencyCode: '清政办',
    level: 'government_office',
    parent: 'gov',
  },
  {
    key: 'edu',
    name: '清河区教育局',
    shortName: '区教育局',
    code: '014350103',
    agencyCode: '清教',
    level: 'department',
    parent: 'gov',
  },
  {
    key: 'health',
    name: '清河区卫生健康委员会',
    shortName: '区卫生健康委',
    code: '014350104',
    agencyCode: '清卫健',
    level: 'department',
    parent: 'gov',
  },
  {
    key: 'market',
    name: '清河区市场监督管理局',
    shortName: '区市场监管局',
    code: '014350105',
    agencyCode: '清市监',
    level: 'department',
    parent: 'gov',
    indexTemplate: 'SY{code}{year}{seq:5}',
  },
  {
    key: 'street',
    name: '清河区临江街道办事处',
    shortName: '临江街道',
    code: '014350201',
    agencyCode: '临江街',
    level: 'subdistrict',
    parent: 'gov',
  },
];

export interface InterpretationSeed {
  title: string;
  form: string;
  mainContent: string;
  background?: string;
  link?: string;
  contactUnit?: string;
  contactPhone?: string;
}

export interface DocumentSeed {
  key: string;
  title: string;
  documentNumber?: string;
  department: string;
  docType: string;
  isNormative: boolean;
  wideImpact: boolean;
  topic: string;
  issuedAt: string;
  disclosure: 'proactive' | 'on_request' | 'not_disclosed';
  disclosureReason?: string;
  validity?: 'in_force' | 'amended' | 'repealed';
  supersededBy?: string;
  body: string;
  publish: boolean;
  interpretations: readonly InterpretationSeed[];
}

export const DEMO_DOCUMENTS: readonly DocumentSeed[] = [
  {
    key: 'renovation',
    title: '清河区人民政府关于印发《清河区老旧小区改造实施办法》的通知',
    documentNumber: '清政发〔2026〕3号',
    department: 'gov',
    docType: 'notice',
    isNormative: true,
    wideImpact: true,
    topic: '1002',
    issuedAt: '2026-03-12',
    disclosure: 'proactive',
    body: '各街道办事处，区政府各部门：\n\n《清河区老旧小区改造实施办法》已经区政府第18次常务会议审议通过，现印发给你们，请认真贯彻执行。\n\n本办法所称老旧小区，是指2000年底前建成、失养失修失管、市政配套设施不完善的住宅小区。改造内容分为基础类、完善类和提升类，由街道组织居民协商确定改造清单。',
    publish: true,
    interpretations: [
      {
        title: '《清河区老旧小区改造实施办法》政策解读',
        form: 'text_reading',
        background: '全区2000年底前建成的住宅小区共126个，部分小区存在管网老化、加装电梯需求迫切等问题。',
        mainContent:
          '一是明确改造范围为2000年底前建成的住宅小区；二是改造内容分基础类、完善类、提升类；三是实行“居民申请、街道统筹、部门联审”的工作流程；四是加装电梯按户给予补贴。',
        contactUnit: '清河区住房和城乡建设局',
        contactPhone: '0000-12345678',
      },
      {
        title: '一图读懂：清河区老旧小区改造怎么改',
        form: 'infographic',
        mainContent: '用一张图说明改造范围、改造内容、申请流程和补贴标准。',
        link: 'https://www.example.gov.cn/qinghe/tujie/2026-03.html',
      },
    ],
  },
  {
    key: 'renovation-old',
    title: '清河区人民政府关于印发《清河区老旧小区改造管理暂行办法》的通知',
    documentNumber: '清政发〔2021〕9号',
    department: 'gov',
    docType: 'notice',
    isNormative: true,
    wideImpact: true,
    topic: '1002',
    issuedAt: '2021-05-20',
    disclosure: 'proactive',
    validity: 'repealed',
    supersededBy: 'renovation',
    body: '本暂行办法自2021年6月1日起施行，有效期五年。（已被清政发〔2026〕3号废止）',
    publish: true,
    interpretations: [
      {
        title: '《清河区老旧小区改造管理暂行办法》解读',
        form: 'text_reading',
        mainContent: '暂行办法首次明确老旧小区改造的资金分担比例和居民议事规则。',
      },
    ],
  },
  {
    key: 'business',
    title: '清河区人民政府办公室关于进一步优化营商环境的若干措施',
    documentNumber: '清政办发〔2026〕7号',
    department: 'office',
    docType: 'opinion',
    isNormative: true,
    wideImpact: false,
    topic: '08',
    issuedAt: '2026-04-08',
    disclosure: 'proactive',
    body: '为持续优化营商环境，激发市场主体活力，提出以下措施：一、企业开办全程网办，一个工作日内办结；二、推行涉企经营许可“证照联办”；三、建立政策“免申即享”清单。',
    publish: true,
    interpretations: [
      {
        title: '区政府办公室负责人就《关于进一步优化营商环境的若干措施》答记者问',
        form: 'press_qa',
        mainContent:
          '问：企业开办一个工作日办结如何实现？答：通过“一网通办”平台整合登记、刻章、申领发票等环节，实行并联审批。',
      },
    ],
  },
  {
    key: 'enrolment',
    title: '清河区教育局关于2026年义务教育阶段招生入学工作的通知',
    documentNumber: '清教发〔2026〕5号',
    department: 'edu',
    docType: 'notice',
    isNormative: false,
    wideImpact: true,
    topic: '1101',
    issuedAt: '2026-04-20',
    disclosure: 'proactive',
    body: '各中小学校：2026年义务教育阶段招生坚持免试就近入学原则。小学招收2019年8月31日前出生的适龄儿童，网上报名时间为5月10日至5月20日。',
    publish: true,
    interpretations: [
      {
        title: '2026年义务教育招生入学政策问答',
        form: 'policy_qa',
        mainContent: '问：随迁子女如何报名？答：持居住证及相关材料，在网上报名平台选择“随迁子女”类别报名。',
        contactUnit: '清河区教育局基础教育科',
        contactPhone: '0000-23456789',
      },
    ],
  },
  {
    key: 'family-doctor',
    title: '清河区卫生健康委员会关于开展家庭医生签约服务提质增效工作的通知',
    documentNumber: '清卫健发〔2026〕11号',
    department: 'health',
    docType: 'notice',
    isNormative: false,
    wideImpact: false,
    topic: '1301',
    issuedAt: '2026-05-06',
    disclosure: 'proactive',
    body: '各社区卫生服务中心：为提升家庭医生签约服务质量，今年重点做好老年人、慢性病患者的履约服务，签约居民可通过线上平台预约家庭医生。',
    publish: true,
    interpretations: [],
  },
  {
    key: 'small-catering',
    title: '清河区市场监督管理局关于规范小餐饮登记管理的通告',
    documentNumber: '清市监规〔2026〕1号',
    department: 'market',
    docType: 'public_notice',
    isNormative: true,
    wideImpact: true,
    topic: '0901',
    issuedAt: '2026-06-02',
    disclosure: 'proactive',
    body: '为规范小餐饮经营行为，保障食品安全，现就小餐饮登记管理有关事项通告如下：经营场所使用面积在60平方米以下的小餐饮，实行登记管理，登记证有效期三年。',
    publish: true,
    interpretations: [
      {
        title: '《关于规范小餐饮登记管理的通告》解读',
        form: 'text_reading',
        mainContent: '通告明确了小餐饮的界定标准、登记条件和办理流程，登记实行当场办结。',
      },
      {
        title: '视频解读：小餐饮登记三步走',
        form: 'audio_video',
        mainContent: '三分钟视频讲解小餐饮登记的条件、材料和办理渠道。',
        link: 'https://www.example.gov.cn/qinghe/video/xiaocanyin.mp4',
      },
    ],
  },
  {
    key: 'gas-safety',
    title: '临江街道办事处关于做好2026年冬季燃气安全工作的通知',
    documentNumber: '临江街发〔2026〕2号',
    department: 'street',
    docType: 'notice',
    isNormative: false,
    wideImpact: false,
    topic: '0902',
    issuedAt: '2026-11-02',
    disclosure: 'proactive',
    body: '各社区居委会：入冬以来燃气使用量增加，请各社区于11月底前完成辖区餐饮场所燃气安全检查，并向居民发放燃气安全提示。',
    publish: true,
    interpretations: [],
  },
  {
    key: 'park',
    title: '清河区人民政府关于清河公园改扩建工程的决定',
    documentNumber: '清政发〔2026〕12号',
    department: 'gov',
    docType: 'decision',
    isNormative: false,
    wideImpact: true,
    topic: '1001',
    issuedAt: '2026-07-15',
    disclosure: 'proactive',
    body: '经区政府第23次常务会议集体讨论，决定实施清河公园改扩建工程，新增绿地4.2公顷，增设儿童游乐区和健身步道，工程于2026年9月开工。',
    publish: true,
    interpretations: [
      {
        title: '清河公园改扩建工程有关情况政策吹风',
        form: 'policy_briefing',
        mainContent:
          '改扩建方案充分吸收了公开征求意见期间收到的居民建议，其中增设无障碍通道、延长开放时间等建议已采纳。',
      },
    ],
  },
  {
    key: 'salary',
    title: '清河区人民政府办公室关于区属国有企业负责人薪酬考核结果的通报',
    documentNumber: '清政办函〔2026〕15号',
    department: 'office',
    docType: 'circular',
    isNormative: false,
    wideImpact: false,
    topic: '03',
    issuedAt: '2026-08-10',
    disclosure: 'on_request',
    disclosureReason: '涉及企业负责人个人信息，依申请公开',
    body: '（依申请公开文件，正文不在网站公开。）',
    publish: false,
    interpretations: [],
  },
  {
    key: 'after-school',
    title: '清河区教育局关于开展中小学课后服务工作的实施意见（征求意见稿）',
    department: 'edu',
    docType: 'opinion',
    isNormative: true,
    wideImpact: true,
    topic: '1101',
    issuedAt: '2026-11-16',
    disclosure: 'proactive',
    body: '课后服务时间原则上不早于当地正常下班时间，服务内容以作业辅导、体育、艺术、科普活动为主，坚持学生自愿参加。',
    publish: false,
    interpretations: [
      {
        title: '《关于开展中小学课后服务工作的实施意见》解读（草稿）',
        form: 'text_reading',
        mainContent: '解读课后服务的时间安排、服务内容和收费政策。',
      },
    ],
  },
];

/** A public comment as the demo seeds it, in one of the moderation and adoption states. */
export interface CommentSeed {
  content: string;
  commenterName?: string;
  contactPhone?: string;
  contactEmail?: string;
  moderation: 'moderation_pending' | 'moderation_published' | 'moderation_withheld';
  moderationReason?: string;
  adoption: 'unreviewed' | 'adopted' | 'partly_adopted' | 'not_adopted';
  reply?: string;
}

/** One stage change as an editor would save it: the stage, its date, unit, material and any skip reason. */
export type StepSeed = Record<string, string> & { stage: string; stageReachedOn: string; stageUnit: string };

export interface DecisionSeed {
  title: string;
  year: number;
  department: string;
  background: string;
  listedOn: string;
  /** key of the result policy document in DEMO_DOCUMENTS */
  resultDocument?: string;
  /** 公众意见收集采纳情况, published just before 结果公布 */
  commentAdoption?: string;
  /** the stage changes in order; comments arrive after the 公开征求意见 step */
  steps: StepSeed[];
  comments: CommentSeed[];
}

/** A completed decision: every stage passed, result document linked, adoption summary published. */
export const DEMO_DECISION: DecisionSeed = {
  title: '清河公园改扩建工程',
  year: 2026,
  department: 'office',
  background: '列入清河区2026年重大行政决策事项目录第3项。公园现有设施建于1998年，游客承载能力不足。',
  listedOn: '2026-01-15',
  resultDocument: 'park',
  commentAdoption: '征求意见期间共收到意见建议3条，采纳2条，部分采纳1条；未采纳部分已逐条说明理由。',
  steps: [
    {
      stage: 'public_consultation',
      stageReachedOn: '2026-03-01',
      stageUnit: '清河区城市管理局',
      consultationStart: '2026-03-01',
      consultationEnd: '2026-03-31',
      draftText: '清河公园改扩建工程方案（草案）：新增绿地4.2公顷，增设儿童游乐区、健身步道和停车泊位。',
      draftExplanation: '公园现有设施建于1998年，游客承载能力不足，周边居民改造呼声较高。',
    },
    {
      stage: 'expert_review',
      stageReachedOn: '2026-04-10',
      stageUnit: '清河区城市管理局',
      expertOpinion: '园林、交通专家5人论证认为方案可行，建议优化停车场出入口位置。',
    },
    {
      stage: 'risk_assessment',
      stageReachedOn: '2026-04-24',
      stageUnit: '清河区城市管理局',
      riskAssessment: '社会稳定风险评估等级为低风险，施工期间须做好噪声管控和交通疏导。',
    },
    {
      stage: 'legality_review',
      stageReachedOn: '2026-05-12',
      stageUnit: '清河区司法局',
      legalityOpinion: '经审查，决策事项符合法定权限和程序，内容合法。',
    },
    {
      stage: 'collective_decision',
      stageReachedOn: '2026-07-10',
      stageUnit: '清河区人民政府',
      meetingMinutes: '区政府第23次常务会议审议通过清河公园改扩建工程方案。',
      publicAttendance: '区政府常务会议邀请2名居民代表列席。',
    },
    {
      stage: 'result_published',
      stageReachedOn: '2026-07-16',
      stageUnit: '清河区人民政府办公室',
      decisionResult: '区政府第23次常务会议审议通过，见清政发〔2026〕12号。',
    },
  ],
  comments: [
    {
      content: '建议增设无障碍通道，方便轮椅和婴儿车通行。',
      commenterName: '王女士',
      contactPhone: '13800000001',
      moderation: 'moderation_published',
      adoption: 'adopted',
      reply: '已采纳，主园路全部按无障碍标准建设。',
    },
    {
      content: '希望公园夏季延长开放时间至晚上十点。',
      commenterName: '李先生',
      contactEmail: 'li@example.com',
      moderation: 'moderation_published',
      adoption: 'adopted',
      reply: '已采纳，夏季开放时间延长至22:00。',
    },
    {
      content: '停车位建议增加到500个以上。',
      commenterName: '赵先生',
      contactPhone: '13800000003',
      moderation: 'moderation_published',
      adoption: 'partly_adopted',
      reply: '受用地限制，泊位由120个增加至260个。',
    },
  ],
};

/** Decided, result document issued on 2026-03-12, and the adoption summary never published: overdue. */
export const DEMO_OVERDUE_DECISION: DecisionSeed = {
  title: '清河区老旧小区改造实施办法',
  year: 2026,
  department: 'gov',
  background: '列入清河区2026年重大行政决策事项目录第1项。',
  listedOn: '2026-01-05',
  resultDocument: 'renovation',
  steps: [
    {
      stage: 'public_consultation',
      stageReachedOn: '2026-01-06',
      stageUnit: '清河区住房和城乡建设局',
      consultationStart: '2026-01-06',
      consultationEnd: '2026-02-04',
      draftText: '清河区老旧小区改造实施办法（征求意见稿）：2000年底前建成的住宅小区纳入改造范围。',
      draftExplanation: '全区2000年底前建成的小区共126个，设施老化问题突出。',
    },
    {
      stage: 'legality_review',
      stageReachedOn: '2026-02-12',
      stageUnit: '清河区司法局',
      stageSkipReason: '不涉及专业技术问题和社会稳定风险，经区政府同意不开展专家论证和风险评估。',
      legalityOpinion: '经审查，办法内容合法。',
    },
    {
      stage: 'collective_decision',
      stageReachedOn: '2026-03-05',
      stageUnit: '清河区人民政府',
      meetingMinutes: '区政府第18次常务会议审议通过。',
    },
  ],
  comments: [
    {
      content: '建议改造时同步加装电梯，并明确居民出资比例。',
      commenterName: '孙女士',
      contactPhone: '13800000011',
      moderation: 'moderation_published',
      adoption: 'partly_adopted',
      reply: '加装电梯另行制定补贴办法，本办法明确了申请程序。',
    },
  ],
};

/** A decision open for public comment; its 30-day window is placed around the day the demo is seeded. */
export const DEMO_OPEN_DECISION = {
  title: '清河区中小学学区划分调整方案',
  year: 2026,
  department: 'edu',
  /** the window starts this many days before the seeding day and lasts 30 days */
  opensDaysAgo: 10,
  consultationDays: 30,
  unit: '清河区教育局',
  draftText: '清河区中小学学区划分调整方案（征求意见稿）：新建的临江小学承接临江街道3个社区的入学需求。',
  draftExplanation: '临江街道新增住宅约4,000户，现有学校学位紧张。',
  background: '列入清河区2026年重大行政决策事项目录第5项。',
} as const;

/** Comments on the open consultation, one in each moderation state. */
export const DEMO_OPEN_COMMENTS: CommentSeed[] = [
  {
    content: '建议为跨学区的二孩家庭保留原学区入学资格。',
    commenterName: '周先生',
    contactPhone: '13800000021',
    moderation: 'moderation_published',
    adoption: 'unreviewed',
  },
  {
    content: '临江小学周边道路狭窄，希望同步规划上下学接送车位。',
    contactEmail: 'parent@example.com',
    moderation: 'moderation_pending',
    adoption: 'unreviewed',
  },
  {
    content: '代办学位，价格优惠，联系微信。',
    moderation: 'moderation_withheld',
    moderationReason: '含广告信息，与决策事项无关',
    adoption: 'unreviewed',
  },
];

/** 清河区人民政府's 2025 report: every table filled in and adding up, published by the seed. */
export const DEMO_ANNUAL_REPORT = {
  title: '清河区人民政府2025年政府信息公开工作年度报告',
  year: 2025,
  department: 'gov',
  overview:
    '2025年，清河区人民政府坚持以公开为常态、不公开为例外，全年主动公开政府信息3,126条，制发行政规范性文件6件并同步发布政策解读；' +
    '收到政府信息公开申请152件，办结146件；因政府信息公开引起的行政复议8件、行政诉讼5件。',
  proactiveDisclosure:
    '围绕重大行政决策、行政执法和民生领域加大主动公开力度，行政规范性文件实行统一登记、统一编号、统一发布。',
  disclosureTable: {
    rules: { issued: 0, repealed: 0, inForce: 0 },
    normativeDocuments: { issued: 6, repealed: 2, inForce: 41 },
    licensing: { decisions: 4816 },
    punishment: { decisions: 1273 },
    enforcement: { decisions: 86 },
    fees: { amount: 356.42 },
  },
  requestHandling: '全年新收申请152件，上年结转9件；办结146件，结转下年度继续办理15件，均在法定期限内答复。',
  requestTable: requestTableFrom({
    naturalPerson: {
      newApplications: 126,
      carriedOver: 7,
      disclosed: 48,
      partiallyDisclosed: 12,
      withheldThirdParty: 3,
      withheldProcessInformation: 4,
      withheldQueryMatter: 2,
      unavailableNotHeld: 31,
      unavailableToBeMade: 5,
      unavailableUnclear: 2,
      notProcessedPetition: 6,
      notProcessedRepeated: 4,
      otherNoCorrection: 3,
      otherHandling: 1,
    },
    commercialEnterprise: {
      newApplications: 14,
      carriedOver: 1,
      disclosed: 6,
      partiallyDisclosed: 2,
      withheldThirdParty: 1,
      unavailableNotHeld: 4,
    },
    researchInstitution: { newApplications: 1, disclosed: 1 },
    publicWelfareOrganization: { newApplications: 2, disclosed: 1, unavailableNotHeld: 1 },
    legalServiceAgency: {
      newApplications: 9,
      carriedOver: 1,
      disclosed: 3,
      partiallyDisclosed: 2,
      unavailableNotHeld: 3,
      notProcessedRepeated: 1,
    },
  }),
  reviewAndLitigation: '因政府信息公开引起的行政复议8件，纠正1件；行政诉讼5件，尚未审结1件。',
  reviewTable: {
    reconsideration: { upheld: 5, corrected: 1, other: 1, pending: 1, total: 8 },
    directLitigation: { upheld: 2, corrected: 0, other: 1, pending: 1, total: 4 },
    litigationAfterReconsideration: { upheld: 1, corrected: 0, other: 0, pending: 0, total: 1 },
  },
  problemsAndImprovements:
    '部分解读材料形式单一，依申请公开答复文书格式不够统一。2026年将增加图解和视频解读比例，统一答复文书模板。',
  otherMatters: '本年度未收取信息处理费。',
} as const;

const NO_APPLICATIONS = {
  naturalPerson: 0,
  commercialEnterprise: 0,
  researchInstitution: 0,
  publicWelfareOrganization: 0,
  legalServiceAgency: 0,
  otherOrganization: 0,
  total: 0,
};

/**
 * 清河区市场监督管理局's 2025 report, still a draft: 表三 does not balance in the 自然人 column (one application
 * counted twice among the results), so publishing it is refused with the cell and both sides named.
 */
export const DEMO_MISMATCHED_REPORT = {
  title: '清河区市场监督管理局2025年政府信息公开工作年度报告',
  year: 2025,
  department: 'market',
  overview: '2025年，区市场监管局全年主动公开政府信息418条，收到政府信息公开申请23件。',
  disclosureTable: {
    rules: { issued: 0, repealed: 0, inForce: 0 },
    normativeDocuments: { issued: 2, repealed: 0, inForce: 9 },
    licensing: { decisions: 2364 },
    punishment: { decisions: 418 },
    enforcement: { decisions: 57 },
    fees: { amount: 0 },
  },
  requestTable: {
    ...requestTableFrom({
      naturalPerson: {
        newApplications: 21,
        carriedOver: 1,
        disclosed: 12,
        partiallyDisclosed: 3,
        unavailableNotHeld: 5,
      },
      commercialEnterprise: { newApplications: 2, disclosed: 2 },
    }),
    // 予以公开 counted 13 instead of 12 for 自然人, and the totals followed: every 总计 is a sum of its parts,
    // but 本年新收 + 上年结转 (22) no longer equals 办理结果总计 + 结转下年度 (23).
    disclosed: { ...NO_APPLICATIONS, naturalPerson: 13, commercialEnterprise: 2, total: 15 },
    resultsTotal: { ...NO_APPLICATIONS, naturalPerson: 21, commercialEnterprise: 2, total: 23 },
  },
  reviewTable: {
    reconsideration: { upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 },
    directLitigation: { upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 },
    litigationAfterReconsideration: { upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 },
  },
} as const;
