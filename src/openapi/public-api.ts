import { REPORT_TABLES, type FigureKind, type TableSpec } from '../domain/annual-report/tables';
import { requestTableFrom } from '../domain/annual-report/totals';
import { ENUMS } from '../domain/enums';
import {
  arrayOf,
  date,
  dateTime,
  enumLabel,
  enumValue,
  integer,
  nullable,
  nullableDate,
  nullableString,
  object,
  ref,
  string,
  type Schema,
} from './schema-builders';

/**
 * OpenAPI 3.1 description of the public REST API (/work/public-api-contract.md), served at
 * GET /api/openapi.json. Kept by hand because the contract fixes exact response shapes that no
 * generator derives from Strapi routes; tests/api/openapi.test.ts checks real responses against it.
 */

const departmentRef = object(
  { documentId: string(), name: string('部门名称'), code: string('部门代码') },
  '部门/发布机构',
);
const topicRef = object({ documentId: string(), name: string('主题名称'), code: string('主题代码') }, '主题分类');
const fileRef = object(
  {
    name: string('文件名'),
    url: string('下载地址'),
    mime: string('MIME 类型'),
    size: { type: 'number', description: '大小（KB）' },
  },
  '附件或媒体文件',
);

const documentSummaryProperties: Record<string, Schema> = {
  documentId: string('文件编号（documentId）'),
  title: string('公文标题'),
  documentNumber: nullableString('发文字号，如 清政发〔2026〕3号'),
  indexNumber: nullableString('索引号'),
  slug: string('网址别名'),
  docType: enumValue('docType', '公文种类'),
  docTypeLabel: enumLabel('docType', '公文种类'),
  isNormative: { type: 'boolean', description: '是否规范性文件' },
  validity: enumValue('validity', '有效性'),
  validityLabel: enumLabel('validity', '有效性'),
  issuedAt: date('成文日期'),
  effectiveFrom: nullableDate('施行日期'),
  expiresAt: nullableDate('失效日期'),
  publishedAt: dateTime('发布时间'),
  issuingDepartment: nullable(ref('DepartmentRef')),
  topic: nullable(ref('TopicRef')),
};

const interpretationLink = object({
  documentId: string(),
  title: string('解读标题'),
  slug: string('网址别名'),
  form: enumValue('interpretationForm', '解读形式'),
  formLabel: enumLabel('interpretationForm', '解读形式'),
  link: nullableString('外部链接（新闻发布、在线访谈等）'),
  publishedAt: dateTime('发布时间'),
});

const documentDetail = object(
  {
    ...documentSummaryProperties,
    body: nullableString('正文（Markdown）'),
    publishMode: enumValue('publishMode', '公开方式'),
    jointDepartments: arrayOf(ref('DepartmentRef')),
    draftingDepartment: nullable(ref('DepartmentRef')),
    supersededBy: nullable(
      object({ documentId: string(), title: string('替代本文件的新文件标题'), slug: string() }, '被替代为'),
    ),
    attachments: arrayOf(ref('FileRef')),
    interpretations: arrayOf(ref('InterpretationLink')),
  },
  '政策文件详情：列表字段 + 正文、附件与已发布的解读',
);

const interpretationSummaryProperties: Record<string, Schema> = {
  documentId: string(),
  title: string('解读标题'),
  slug: string('网址别名'),
  form: enumValue('interpretationForm', '解读形式'),
  formLabel: enumLabel('interpretationForm', '解读形式'),
  link: nullableString('外部链接'),
  publishedAt: dateTime('发布时间'),
  interpretingDepartment: nullable(ref('DepartmentRef')),
  document: object(
    {
      documentId: string(),
      title: string('所解读文件的标题'),
      documentNumber: nullableString('发文字号'),
      slug: string(),
    },
    '所解读的政策文件',
  ),
};

const INTERPRETATION_SECTIONS = {
  background: '背景依据',
  legalBasis: '制定依据',
  objectives: '目标任务',
  mainContent: '主要内容',
  scope: '涉及范围',
  standards: '执行标准',
  procedures: '操作方法',
  precautions: '注意事项',
  keyTerms: '关键词诠释',
  benefits: '惠民利民举措',
  policyChanges: '新旧政策差异',
};

const interpretationDetail = object(
  {
    ...interpretationSummaryProperties,
    ...Object.fromEntries(Object.entries(INTERPRETATION_SECTIONS).map(([key, label]) => [key, nullableString(label)])),
    media: arrayOf(ref('FileRef')),
    contactUnit: nullableString('咨询单位'),
    contactPerson: nullableString('联系人'),
    contactPhone: nullableString('咨询电话'),
  },
  '政策解读详情',
);

const catalogueEntry = object({
  documentId: string(),
  code: string('部门代码'),
  name: string('部门名称'),
  level: enumValue('departmentLevel', '层级'),
  levelLabel: enumLabel('departmentLevel', '层级'),
  parentCode: nullableString('上级部门代码'),
  count: integer('本部门已发布的主动公开文件数'),
  topics: arrayOf(
    object({ code: string('主题代码'), name: string('主题名称'), count: integer('该主题下本部门的文件数') }),
  ),
});

const decisionSummaryProperties: Record<string, Schema> = {
  documentId: string(),
  title: string('决策事项名称'),
  year: integer('目录年度'),
  stage: enumValue('decisionStage', '决策阶段'),
  stageLabel: enumLabel('decisionStage', '决策阶段'),
  consultationStart: nullableDate('征求意见开始日期'),
  consultationEnd: nullableDate('征求意见截止日期'),
  openForComments: { type: 'boolean', description: '今天（北京时间）是否在征求意见期内且处于公开征求意见阶段' },
  department: ref('DepartmentRef'),
  resultDocument: nullable(object({ documentId: string(), title: string('决策结果文件'), slug: string() })),
};

const DECISION_MATERIALS = {
  draftText: '草案全文',
  draftExplanation: '草案说明',
  background: '决策背景',
  expertOpinion: '专家论证意见',
  riskAssessment: '风险评估报告',
  legalityOpinion: '合法性审查意见',
  meetingMinutes: '会议纪要',
  commentAdoption: '公众意见收集采纳情况',
  publicAttendance: '公众代表列席情况',
  decisionResult: '决策结果',
  effectEvaluation: '效果评估报告',
  consultationShortReason: '征求意见期少于30日的理由',
};

const stageRef = object({
  stage: enumValue('decisionStage', '阶段'),
  stageLabel: enumLabel('decisionStage', '阶段'),
});

const decisionDetail = object({
  ...decisionSummaryProperties,
  ...Object.fromEntries(Object.entries(DECISION_MATERIALS).map(([key, label]) => [key, nullableString(label)])),
  stageHistory: arrayOf(
    object({
      stage: enumValue('decisionStage', '进入的阶段'),
      stageLabel: enumLabel('decisionStage', '进入的阶段'),
      reachedOn: string('进入日期（YYYY-MM-DD）'),
      unit: nullableString('负责单位'),
      skipped: arrayOf(stageRef),
      reason: nullableString('跳过阶段的理由'),
    }),
  ),
  commentCount: integer('收到的公众意见条数（含待审核和不予公开的）'),
  commentCounts: object({
    received: integer('收到的意见'),
    published: integer('审核后公开的意见'),
    adopted: integer('已采纳'),
    partlyAdopted: integer('部分采纳'),
    notAdopted: integer('未采纳'),
  }),
  comments: arrayOf(
    object({
      documentId: string(),
      content: string('意见内容'),
      createdAt: dateTime('提交时间'),
      adoption: enumValue('commentAdoption', '采纳情况'),
      adoptionLabel: enumLabel('commentAdoption', '采纳情况'),
      reply: nullableString('答复（未采纳或部分采纳时说明理由）'),
    }),
  ),
});

const decisionCatalogueRow = object({
  ...decisionSummaryProperties,
  stages: arrayOf(
    object({
      stage: enumValue('decisionStage', '阶段'),
      stageLabel: enumLabel('decisionStage', '阶段'),
      reachedOn: nullableString('进入该阶段的日期（YYYY-MM-DD）；未到或跳过时为 null'),
      skipped: { type: 'boolean', description: '该阶段经记录理由后跳过' },
    }),
  ),
  materials: arrayOf(
    object({
      field: { type: 'string', description: '材料字段，详情中同名字段即为材料全文（门户链接到详情的 #字段名）' },
      label: string('材料名称'),
    }),
  ),
});

const annualReportSummaryProperties: Record<string, Schema> = {
  documentId: string(),
  title: string('报告标题'),
  year: integer('报告年度'),
  department: ref('DepartmentRef'),
  publishedAt: dateTime('发布时间'),
};

const ANNUAL_REPORT_SECTIONS = {
  overview: '一、总体情况',
  proactiveDisclosure: '二、主动公开政府信息情况',
  requestHandling: '三、收到和处理政府信息公开申请情况',
  reviewAndLitigation: '四、政府信息公开行政复议、行政诉讼情况',
  problemsAndImprovements: '五、存在的主要问题及改进情况',
  otherMatters: '六、其他需要报告的事项',
};

const figure = (kind: FigureKind, label: string): Schema =>
  nullable(
    kind === 'count'
      ? { type: 'integer', minimum: 0, description: label }
      : { type: 'number', minimum: 0, description: `${label}，两位小数` },
  );

/** A table of the template: row key → column key → figure (null while not filled in). */
const tableSchema = (spec: TableSpec): Schema =>
  nullable(
    object(
      Object.fromEntries(
        spec.rows.map((row) => [
          row.key,
          object(
            Object.fromEntries(row.columns.map((column) => [column.key, figure(row.kind, column.label)])),
            [row.group, row.label].filter(Boolean).join(' '),
          ),
        ]),
      ),
      `${spec.name} ${spec.title}（国办公开办函〔2021〕30号 模板）`,
    ),
  );

const annualReportBody: Record<string, Schema> = {
  ...Object.fromEntries(Object.entries(ANNUAL_REPORT_SECTIONS).map(([key, label]) => [key, nullableString(label)])),
  ...Object.fromEntries(REPORT_TABLES.map((spec) => [spec.field, tableSchema(spec)])),
};

const annualReportDetail = object({
  ...annualReportSummaryProperties,
  ...annualReportBody,
  correctionNote: nullableString('更正说明：本版更正了上一版的什么（从未更正为 null）'),
  replacedVersions: arrayOf(
    object(
      {
        version: integer('版本号，从 1 起按发布先后编号'),
        publishedAt: dateTime('该版本的发布时间'),
        supersededAt: dateTime('被更正替换的时间'),
      },
      '被更正替换的旧版本，全文见 /annual-reports/{documentId}/versions/{version}',
    ),
  ),
});

const annualReportVersion = object({
  documentId: string(),
  version: integer('版本号'),
  title: string('报告标题（该版本）'),
  year: integer('报告年度（该版本）'),
  department: ref('DepartmentRef'),
  publishedAt: dateTime('该版本的发布时间'),
  supersededAt: dateTime('被更正替换的时间'),
  replacedBecause: nullableString('替换它的那次更正的更正说明'),
  ...annualReportBody,
});

const pagination = object({
  page: integer('当前页'),
  pageSize: integer('每页条数'),
  pageCount: integer('总页数'),
  total: integer('总条数'),
});

const listOf = (item: string) => object({ data: arrayOf(ref(item)), meta: object({ pagination: ref('Pagination') }) });
const single = (item: string) => object({ data: ref(item) });

/** Strapi's error body; `details.code` is the stable code clients key on. */
const errorBody = (status: number, name: string, codes: readonly string[], details: Record<string, Schema> = {}) =>
  object({
    data: { type: 'null' },
    error: object({
      status: { const: status },
      name: { const: name },
      message: string('中文说明'),
      details: {
        type: 'object',
        required: ['code', ...Object.keys(details)],
        properties: { code: { type: 'string', enum: [...codes] }, ...details },
      },
    }),
  });

const COMMENT_REFUSALS = [
  'INVALID_BODY',
  'DECISION_ITEM_NOT_FOUND',
  'CONSULTATION_CLOSED',
  'CONTENT_REQUIRED',
  'CONTENT_NOT_TEXT',
  'CONTENT_TOO_SHORT',
  'CONTENT_TOO_LONG',
  'CONTENT_HAS_MARKUP',
  'INVALID_CONTACT',
  'DUPLICATE_COMMENT',
];

const COMMENT_LIMITS = ['RATE_LIMITED', 'DAILY_LIMIT_REACHED'];

const commentLimited = errorBody(429, 'RateLimitError', COMMENT_LIMITS, {
  reasons: arrayOf(object({ code: { type: 'string', enum: COMMENT_LIMITS }, message: string('中文说明') })),
  retryAfterSeconds: integer('多少秒后可以再试（同 Retry-After）'),
});

const commentRefusal = errorBody(400, 'ValidationError', COMMENT_REFUSALS, {
  reasons: arrayOf(object({ code: { type: 'string', enum: COMMENT_REFUSALS }, message: string('中文说明') })),
});

const json = (schema: Schema, examples?: Record<string, unknown>) => ({
  'application/json': {
    schema,
    ...(examples
      ? { examples: Object.fromEntries(Object.entries(examples).map(([name, value]) => [name, { value }])) }
      : {}),
  },
});

const cachedHeaders = {
  ETag: { $ref: '#/components/headers/ETag' },
  'Cache-Control': { $ref: '#/components/headers/CacheControl' },
  'Last-Modified': { $ref: '#/components/headers/LastModified' },
};

const ok = (description: string, schema: Schema, example: unknown) => ({
  description,
  headers: cachedHeaders,
  content: json(schema, { 示例: example }),
});

const badRequest = (codes: readonly string[], example: { code: string; message: string }) => ({
  description: `请求参数不正确：${codes.map((c) => `\`${c}\``).join('、')}`,
  content: json(errorBody(400, 'ValidationError', codes), {
    示例: {
      data: null,
      error: { status: 400, name: 'ValidationError', message: example.message, details: { code: example.code } },
    },
  }),
});

const notFound = {
  description: '不存在、未发布或非主动公开（不区分原因）',
  content: json(errorBody(404, 'NotFoundError', ['NOT_FOUND']), {
    示例: {
      data: null,
      error: { status: 404, name: 'NotFoundError', message: '未找到该信息', details: { code: 'NOT_FOUND' } },
    },
  }),
};

const notModified = { $ref: '#/components/responses/NotModified' };

const queryParam = (name: string, schema: Schema, description: string, example?: unknown) => ({
  name,
  in: 'query',
  required: false,
  description,
  schema,
  ...(example === undefined ? {} : { example }),
});

const pathParam = (name: string, description: string, example: string) => ({
  name,
  in: 'path',
  required: true,
  description,
  schema: { type: 'string' },
  example,
});

const paramRef = (name: string) => ({ $ref: `#/components/parameters/${name}` });

const sortParam = (values: readonly string[], byDefault: string) =>
  queryParam(
    'sort',
    { type: 'string', enum: [...values], default: byDefault },
    `排序；其他取值 → 400 \`INVALID_SORT\``,
    byDefault,
  );

const codeFilter = (relation: string, meaning: string, example: string) =>
  queryParam(`filters[${relation}][code][$eq]`, { type: 'string' }, `按${meaning}代码筛选`, example);

const enumFilter = (field: string, values: readonly string[], meaning: string, example: string) =>
  queryParam(`filters[${field}][$eq]`, { type: 'string', enum: [...values] }, `按${meaning}筛选`, example);

const keywordParam = (where: string) =>
  queryParam(
    'q',
    { type: 'string', minLength: 1, maxLength: 50 },
    `关键词，在${where}中不区分大小写查找；去除首尾空格后 1–50 个字符，否则 400 \`INVALID_KEYWORD\`；% _ ' 按字面匹配`,
    '老旧小区',
  );

const LIST_ERRORS = ['INVALID_PAGINATION', 'INVALID_SORT', 'INVALID_FILTER', 'INVALID_QUERY'];

const department = { documentId: 'k2v9d0q1w8e7r6t5y4u3i2o1', name: '清河区人民政府', code: '014350001' };
const topic = { documentId: 'h7j6k5l4m3n2b1v0c9x8z7a6', name: '住房保障', code: '1002' };

const documentSummaryExample = {
  documentId: 'p1o2i3u4y5t6r7e8w9q0a1s2',
  title: '清河区人民政府关于印发《清河区老旧小区改造实施办法》的通知',
  documentNumber: '清政发〔2026〕3号',
  indexNumber: '014350001/2026-00001',
  slug: 'qing-he-qu-ren-min-zheng-fu-guan-yu-yin-fa-qing-he-qu-lao-jiu-xiao-qu-gai-zao-shi-shi-ban-fa-de-tong-zhi',
  docType: 'notice',
  docTypeLabel: ENUMS.docType.notice,
  isNormative: true,
  validity: 'in_force',
  validityLabel: ENUMS.validity.in_force,
  issuedAt: '2026-03-12',
  effectiveFrom: '2026-04-01',
  expiresAt: null,
  publishedAt: '2026-03-13T02:00:00.000Z',
  issuingDepartment: department,
  topic,
};

const interpretationLinkExample = {
  documentId: 'z9x8c7v6b5n4m3l2k1j0h9g8',
  title: '《清河区老旧小区改造实施办法》政策解读',
  slug: 'qing-he-qu-lao-jiu-xiao-qu-gai-zao-shi-shi-ban-fa-zheng-ce-jie-du',
  form: 'text_reading',
  formLabel: ENUMS.interpretationForm.text_reading,
  link: null,
  publishedAt: '2026-03-13T02:00:00.000Z',
};

const documentDetailExample = {
  ...documentSummaryExample,
  body: '各街道办事处，区政府各部门：\n\n《清河区老旧小区改造实施办法》已经区政府第18次常务会议审议通过，现印发给你们，请认真贯彻执行。',
  publishMode: 'full',
  jointDepartments: [],
  draftingDepartment: department,
  supersededBy: null,
  attachments: [
    { name: '清河区老旧小区改造实施办法.pdf', url: '/uploads/banfa.pdf', mime: 'application/pdf', size: 182.4 },
  ],
  interpretations: [interpretationLinkExample],
};

const interpretationSummaryExample = {
  ...interpretationLinkExample,
  interpretingDepartment: department,
  document: {
    documentId: documentSummaryExample.documentId,
    title: documentSummaryExample.title,
    documentNumber: documentSummaryExample.documentNumber,
    slug: documentSummaryExample.slug,
  },
};

const interpretationDetailExample = {
  ...interpretationSummaryExample,
  ...Object.fromEntries(Object.keys(INTERPRETATION_SECTIONS).map((key) => [key, null])),
  background: '全区2000年底前建成的住宅小区共126个，部分小区存在管网老化、加装电梯需求迫切等问题。',
  mainContent: '一是明确改造范围为2000年底前建成的住宅小区；二是改造内容分基础类、完善类、提升类。',
  media: [],
  contactUnit: '清河区住房和城乡建设局',
  contactPerson: null,
  contactPhone: '0571-12345678',
};

const decisionSummaryExample = {
  documentId: 'd1e2c3i4s5i6o7n8i9t0e1m2',
  title: '清河区养老服务设施布局专项规划（2026—2035年）',
  year: 2026,
  stage: 'public_consultation',
  stageLabel: ENUMS.decisionStage.public_consultation,
  consultationStart: '2026-11-01',
  consultationEnd: '2026-12-01',
  openForComments: true,
  department: { documentId: 'w1e2r3t4y5u6i7o8p9a0s1d2', name: '清河区卫生健康委员会', code: '014350104' },
  resultDocument: null,
};

const decisionDetailExample = {
  ...decisionSummaryExample,
  ...Object.fromEntries(Object.keys(DECISION_MATERIALS).map((key) => [key, null])),
  draftText: '第一条 为优化全区养老服务设施布局，制定本规划。',
  background: '全区60周岁以上户籍老年人口占比已达24%。',
  stageHistory: [
    {
      stage: 'listed',
      stageLabel: '列入目录',
      reachedOn: '2026-01-15',
      unit: '清河区人民政府办公室',
      skipped: [],
      reason: null,
    },
    {
      stage: 'public_consultation',
      stageLabel: '公开征求意见',
      reachedOn: '2026-11-01',
      unit: '清河区卫生健康委员会',
      skipped: [],
      reason: null,
    },
  ],
  commentCount: 3,
  commentCounts: { received: 3, published: 1, adopted: 1, partlyAdopted: 0, notAdopted: 0 },
  comments: [
    {
      documentId: 'c1o2m3m4e5n6t7a8b9c0d1e2',
      content: '建议在临江街道增设一处社区嵌入式养老服务站。',
      createdAt: '2026-11-05T03:00:00.000Z',
      adoption: 'adopted',
      adoptionLabel: '已采纳',
      reply: '已采纳，规划在临江街道增设服务站一处。',
    },
  ],
};

const annualReportSummaryExample = {
  documentId: 'a1n2n3u4a5l6r7e8p9o0r1t2',
  title: '清河区教育局2025年政府信息公开工作年度报告',
  year: 2025,
  department: { documentId: 'e1d2u3c4a5t6i7o8n9b0u1r2', name: '清河区教育局', code: '014350103' },
  publishedAt: '2026-01-20T02:00:00.000Z',
};

const annualReportDetailExample = {
  ...annualReportSummaryExample,
  ...Object.fromEntries(Object.keys(ANNUAL_REPORT_SECTIONS).map((key) => [key, null])),
  overview: '2025年，区教育局坚持以公开为常态、不公开为例外，全面推进政务公开工作。',
  disclosureTable: {
    rules: { issued: 0, repealed: 0, inForce: 0 },
    normativeDocuments: { issued: 2, repealed: 0, inForce: 9 },
    licensing: { decisions: 37 },
    punishment: { decisions: 2 },
    enforcement: { decisions: 0 },
    fees: { amount: 0.35 },
  },
  requestTable: requestTableFrom({
    naturalPerson: { newApplications: 12, carriedOver: 1, disclosed: 7, partiallyDisclosed: 2, unavailableNotHeld: 3 },
    commercialEnterprise: { newApplications: 3, disclosed: 2 },
  }),
  reviewTable: {
    reconsideration: { upheld: 1, corrected: 0, other: 0, pending: 0, total: 1 },
    directLitigation: { upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 },
    litigationAfterReconsideration: { upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 },
  },
  correctionNote: '更正表三“予以公开”自然人一栏的数字（原为 8，应为 7）。',
  replacedVersions: [{ version: 1, publishedAt: '2026-01-20T02:00:00.000Z', supersededAt: '2026-02-03T01:30:00.000Z' }],
};

const { correctionNote: replacedBecause, replacedVersions: _none, ...currentVersion } = annualReportDetailExample;
const annualReportVersionExample = {
  ...currentVersion,
  version: 1,
  supersededAt: '2026-02-03T01:30:00.000Z',
  replacedBecause,
};

const listExample = (item: unknown) => ({
  data: [item],
  meta: { pagination: { page: 1, pageSize: 10, pageCount: 1, total: 1 } },
});

export const PUBLIC_API_DOCUMENT = {
  openapi: '3.1.0',
  info: {
    title: '政务公开发布系统 公开接口',
    version: '1.0.0',
    description:
      '无需令牌，只返回已发布且主动公开的内容。所有 GET 响应带弱 `ETag`、`Cache-Control: public, max-age=60`；' +
      '请求带匹配的 `If-None-Match` 时返回 304。错误采用 Strapi 格式，`error.details.code` 为稳定的错误代码。' +
      '枚举取值为 ASCII，旁边的 `…Label` 字段是中文名称。',
  },
  servers: [{ url: '/api' }],
  tags: [
    { name: '政策文件' },
    { name: '政策解读' },
    { name: '公开目录' },
    { name: '重大行政决策' },
    { name: '年度报告' },
  ],
  paths: {
    '/policy-documents': {
      get: {
        tags: ['政策文件'],
        operationId: 'listPolicyDocuments',
        summary: '政策文件列表',
        parameters: [
          paramRef('Page'),
          paramRef('PageSize'),
          sortParam(
            ['issuedAt:desc', 'issuedAt:asc', 'publishedAt:desc', 'publishedAt:asc', 'title:asc', 'title:desc'],
            'issuedAt:desc',
          ),
          codeFilter('issuingDepartment', '发布机构', '014350001'),
          queryParam(
            'filters[topic][code][$eq]',
            { type: 'string' },
            '按主题代码筛选；一级主题同时匹配其二级主题',
            '10',
          ),
          enumFilter('docType', Object.keys(ENUMS.docType), '公文种类', 'notice'),
          queryParam('filters[isNormative][$eq]', { type: 'boolean' }, '只看（或排除）规范性文件', true),
          enumFilter('validity', Object.keys(ENUMS.validity), '有效性', 'in_force'),
          queryParam('year', { type: 'integer' }, '成文日期所在年份', 2026),
          keywordParam('标题、发文字号和正文'),
          paramRef('IfNoneMatch'),
        ],
        responses: {
          200: ok('已发布的主动公开文件', listOf('DocumentSummary'), listExample(documentSummaryExample)),
          304: notModified,
          400: badRequest([...LIST_ERRORS, 'INVALID_KEYWORD'], {
            code: 'INVALID_FILTER',
            message: '不支持按该字段筛选：disclosure',
          }),
        },
      },
    },
    '/policy-documents/{documentId}': {
      get: {
        tags: ['政策文件'],
        operationId: 'getPolicyDocument',
        summary: '政策文件详情（含已发布的解读）',
        parameters: [pathParam('documentId', '文件编号', documentSummaryExample.documentId), paramRef('IfNoneMatch')],
        responses: {
          200: ok('政策文件', single('DocumentDetail'), { data: documentDetailExample }),
          304: notModified,
          404: notFound,
        },
      },
    },
    '/policy-documents/slug/{slug}': {
      get: {
        tags: ['政策文件'],
        operationId: 'getPolicyDocumentBySlug',
        summary: '按网址别名取政策文件',
        parameters: [pathParam('slug', '网址别名', documentSummaryExample.slug), paramRef('IfNoneMatch')],
        responses: {
          200: ok('政策文件', single('DocumentDetail'), { data: documentDetailExample }),
          304: notModified,
          404: notFound,
        },
      },
    },
    '/policy-documents/index-number/{indexNumber}': {
      get: {
        tags: ['政策文件'],
        operationId: 'getPolicyDocumentByIndexNumber',
        summary: '按索引号取政策文件',
        parameters: [
          pathParam('indexNumber', '索引号，其中的 `/` 编码为 `%2F`', '014350001%2F2026-00001'),
          paramRef('IfNoneMatch'),
        ],
        responses: {
          200: ok('政策文件', single('DocumentDetail'), { data: documentDetailExample }),
          304: notModified,
          404: notFound,
        },
      },
    },
    '/policy-interpretations': {
      get: {
        tags: ['政策解读'],
        operationId: 'listPolicyInterpretations',
        summary: '政策解读列表（解读专栏）',
        parameters: [
          paramRef('Page'),
          paramRef('PageSize'),
          sortParam(['publishedAt:desc', 'publishedAt:asc', 'title:asc', 'title:desc'], 'publishedAt:desc'),
          enumFilter('form', Object.keys(ENUMS.interpretationForm), '解读形式', 'text_reading'),
          codeFilter('interpretingDepartment', '解读单位', '014350001'),
          keywordParam('标题'),
          paramRef('IfNoneMatch'),
        ],
        responses: {
          200: ok('已发布的解读', listOf('InterpretationSummary'), listExample(interpretationSummaryExample)),
          304: notModified,
          400: badRequest([...LIST_ERRORS, 'INVALID_KEYWORD'], {
            code: 'INVALID_SORT',
            message: '不支持的排序方式：createdAt:desc',
          }),
        },
      },
    },
    '/policy-interpretations/{documentId}': {
      get: {
        tags: ['政策解读'],
        operationId: 'getPolicyInterpretation',
        summary: '政策解读详情',
        parameters: [
          pathParam('documentId', '解读编号', interpretationLinkExample.documentId),
          paramRef('IfNoneMatch'),
        ],
        responses: {
          200: ok('政策解读', single('InterpretationDetail'), { data: interpretationDetailExample }),
          304: notModified,
          404: notFound,
        },
      },
    },
    '/policy-interpretations/slug/{slug}': {
      get: {
        tags: ['政策解读'],
        operationId: 'getPolicyInterpretationBySlug',
        summary: '按网址别名取政策解读',
        parameters: [pathParam('slug', '网址别名', interpretationLinkExample.slug), paramRef('IfNoneMatch')],
        responses: {
          200: ok('政策解读', single('InterpretationDetail'), { data: interpretationDetailExample }),
          304: notModified,
          404: notFound,
        },
      },
    },
    '/disclosure-catalogue': {
      get: {
        tags: ['公开目录'],
        operationId: 'getDisclosureCatalogue',
        summary: '政府信息公开目录：每个部门的主动公开文件数及其主题',
        parameters: [paramRef('IfNoneMatch')],
        responses: {
          200: ok(
            '公开目录',
            object({ data: arrayOf(ref('CatalogueEntry')), meta: object({ total: integer('文件总数') }) }),
            {
              data: [
                {
                  documentId: department.documentId,
                  code: department.code,
                  name: department.name,
                  level: 'government',
                  levelLabel: ENUMS.departmentLevel.government,
                  parentCode: null,
                  count: 3,
                  topics: [{ code: topic.code, name: topic.name, count: 2 }],
                },
              ],
              meta: { total: 8 },
            },
          ),
          304: notModified,
        },
      },
    },
    '/decision-catalogue/{year}': {
      get: {
        tags: ['重大行政决策'],
        operationId: 'getDecisionCatalogue',
        summary: '某一年度的重大行政决策事项目录（全部已发布事项，按名称排序，不分页）',
        parameters: [pathParam('year', '目录年度（四位数字）', '2026'), paramRef('IfNoneMatch')],
        responses: {
          200: ok(
            '年度目录',
            object({
              data: object({ year: integer('目录年度'), items: arrayOf(ref('DecisionCatalogueRow')) }),
              meta: object({ total: integer('事项数') }),
            }),
            {
              data: {
                year: 2026,
                items: [
                  {
                    ...decisionSummaryExample,
                    stages: Object.entries(ENUMS.decisionStage).map(([stage, stageLabel]) => ({
                      stage,
                      stageLabel,
                      reachedOn:
                        stage === 'listed' ? '2026-01-15' : stage === 'public_consultation' ? '2026-11-01' : null,
                      skipped: false,
                    })),
                    materials: [
                      { field: 'background', label: '决策背景' },
                      { field: 'draftText', label: '草案全文' },
                    ],
                  },
                ],
              },
              meta: { total: 1 },
            },
          ),
          304: notModified,
          400: badRequest(['INVALID_FILTER', 'INVALID_QUERY'], {
            code: 'INVALID_FILTER',
            message: '目录年度须为 2000–2100 之间的四位数字，如 /api/decision-catalogue/2026，收到“26”',
          }),
        },
      },
    },
    '/decision-items': {
      get: {
        tags: ['重大行政决策'],
        operationId: 'listDecisionItems',
        summary: '重大行政决策事项目录',
        parameters: [
          paramRef('Page'),
          paramRef('PageSize'),
          sortParam(
            ['year:desc', 'year:asc', 'publishedAt:desc', 'publishedAt:asc', 'title:asc', 'title:desc'],
            'year:desc',
          ),
          queryParam('filters[year][$eq]', { type: 'integer' }, '目录年度', 2026),
          codeFilter('department', '承办单位', '014350104'),
          enumFilter('stage', Object.keys(ENUMS.decisionStage), '决策阶段', 'public_consultation'),
          paramRef('IfNoneMatch'),
        ],
        responses: {
          200: ok('已发布的决策事项', listOf('DecisionSummary'), listExample(decisionSummaryExample)),
          304: notModified,
          400: badRequest(LIST_ERRORS, {
            code: 'INVALID_PAGINATION',
            message: '分页参数不正确：pagination[pageSize] 须为 1–100 的整数',
          }),
        },
      },
    },
    '/decision-items/{documentId}': {
      get: {
        tags: ['重大行政决策'],
        operationId: 'getDecisionItem',
        summary: '决策事项详情（含各阶段材料、阶段记录、审核后公开的意见及其采纳情况；不含联系方式）',
        parameters: [pathParam('documentId', '事项编号', decisionSummaryExample.documentId), paramRef('IfNoneMatch')],
        responses: {
          200: ok('决策事项', single('DecisionDetail'), { data: decisionDetailExample }),
          304: notModified,
          404: notFound,
        },
      },
    },
    '/decision-comments': {
      post: {
        tags: ['重大行政决策'],
        operationId: 'createDecisionComment',
        summary: '对公开征求意见中的决策草案提交意见',
        requestBody: {
          required: true,
          content: json(
            object({
              data: {
                type: 'object',
                additionalProperties: false,
                required: ['decisionItem', 'content'],
                properties: {
                  decisionItem: string('决策事项编号（documentId）'),
                  content: {
                    type: 'string',
                    minLength: 5,
                    maxLength: 5000,
                    description: '意见内容：纯文本（含 HTML 标签的不受理），5–5000 字',
                  },
                  commenterName: { type: 'string', maxLength: 50, description: '姓名（不公开）' },
                  contactPhone: { type: 'string', maxLength: 50, description: '联系电话（不公开）' },
                  contactEmail: { type: 'string', format: 'email', description: '电子邮箱（不公开）' },
                },
              },
            }),
            {
              示例: {
                data: {
                  decisionItem: decisionSummaryExample.documentId,
                  content: '建议在临江街道增设一处社区嵌入式养老服务站。',
                  commenterName: '张三',
                  contactPhone: '13800000000',
                },
              },
            },
          ),
        },
        responses: {
          201: {
            description: '意见已收到，待审核后公开（不回显联系方式）；凭回执编号查询办理情况',
            content: json(
              object({
                data: object({
                  documentId: string(),
                  receiptNumber: string('回执编号'),
                  content: string('意见内容'),
                  moderation: { type: 'string', const: 'moderation_pending', description: '审核状态' },
                  moderationLabel: { type: 'string', const: '待审核', description: '审核状态（中文）' },
                  createdAt: dateTime('提交时间'),
                }),
              }),
              {
                示例: {
                  data: {
                    documentId: 'c1o2m3m4e5n6t7a8b9c0d1e2',
                    receiptNumber: 'YJ20261123-3F9A0C1B',
                    content: '建议在临江街道增设一处社区嵌入式养老服务站。',
                    moderation: 'moderation_pending',
                    moderationLabel: '待审核',
                    createdAt: '2026-11-23T03:00:00.000Z',
                  },
                },
              },
            ),
          },
          429: {
            description:
              '提交过于频繁（同一客户端每 10 分钟 5 次，多个实例共同计数）或该事项当日意见已达上限；`Retry-After` 为需等待的秒数',
            headers: { 'Retry-After': { description: '需等待的秒数', schema: { type: 'integer', minimum: 1 } } },
            content: json(commentLimited, {
              示例: {
                data: null,
                error: {
                  status: 429,
                  name: 'RateLimitError',
                  message: '提交过于频繁：每 10 分钟最多提交 5 次，请 412 秒后再试',
                  details: {
                    code: 'RATE_LIMITED',
                    reasons: [
                      { code: 'RATE_LIMITED', message: '提交过于频繁：每 10 分钟最多提交 5 次，请 412 秒后再试' },
                    ],
                    retryAfterSeconds: 412,
                  },
                },
              },
            }),
          },
          400: {
            description: '意见不能受理；`details.reasons` 列出全部原因，`details.code` 为第一条的代码',
            content: json(commentRefusal, {
              示例: {
                data: null,
                error: {
                  status: 400,
                  name: 'ValidationError',
                  message: '该决策事项当前不在公开征求意见期内，不能提交意见',
                  details: {
                    code: 'CONSULTATION_CLOSED',
                    reasons: [
                      { code: 'CONSULTATION_CLOSED', message: '该决策事项当前不在公开征求意见期内，不能提交意见' },
                    ],
                  },
                },
              },
            }),
          },
        },
      },
    },
    '/annual-reports': {
      get: {
        tags: ['年度报告'],
        operationId: 'listAnnualReports',
        summary: '政府信息公开工作年度报告',
        parameters: [
          paramRef('Page'),
          paramRef('PageSize'),
          sortParam(
            ['year:desc', 'year:asc', 'publishedAt:desc', 'publishedAt:asc', 'title:asc', 'title:desc'],
            'year:desc',
          ),
          queryParam('filters[year][$eq]', { type: 'integer' }, '报告年度', 2025),
          codeFilter('department', '部门', '014350103'),
          paramRef('IfNoneMatch'),
        ],
        responses: {
          200: ok('已发布的年度报告', listOf('AnnualReportSummary'), listExample(annualReportSummaryExample)),
          304: notModified,
          400: badRequest(LIST_ERRORS, { code: 'INVALID_FILTER', message: '不支持按该字段筛选：reviewNotes' }),
        },
      },
    },
    '/annual-reports/{documentId}': {
      get: {
        tags: ['年度报告'],
        operationId: 'getAnnualReport',
        summary: '年度报告全文',
        parameters: [
          pathParam('documentId', '报告编号', annualReportSummaryExample.documentId),
          paramRef('IfNoneMatch'),
        ],
        responses: {
          200: ok('年度报告', single('AnnualReportDetail'), { data: annualReportDetailExample }),
          304: notModified,
          404: notFound,
        },
      },
    },
    '/annual-reports/{documentId}/versions/{version}': {
      get: {
        tags: ['年度报告'],
        operationId: 'getAnnualReportVersion',
        summary: '被更正替换的旧版本年度报告全文（原样保存）',
        parameters: [
          pathParam('documentId', '报告编号', annualReportSummaryExample.documentId),
          { ...pathParam('version', '版本号', '1'), schema: { type: 'integer', minimum: 1 } },
          paramRef('IfNoneMatch'),
        ],
        responses: {
          200: ok('旧版本年度报告', single('AnnualReportVersion'), { data: annualReportVersionExample }),
          304: notModified,
          404: notFound,
        },
      },
    },
  },
  components: {
    schemas: {
      DepartmentRef: departmentRef,
      TopicRef: topicRef,
      FileRef: fileRef,
      Pagination: pagination,
      DocumentSummary: object(documentSummaryProperties, '政策文件（列表项）'),
      DocumentDetail: documentDetail,
      InterpretationLink: interpretationLink,
      InterpretationSummary: object(interpretationSummaryProperties, '政策解读（列表项）'),
      InterpretationDetail: interpretationDetail,
      CatalogueEntry: catalogueEntry,
      DecisionSummary: object(decisionSummaryProperties, '决策事项（目录行）'),
      DecisionDetail: decisionDetail,
      DecisionCatalogueRow: decisionCatalogueRow,
      AnnualReportSummary: object(annualReportSummaryProperties, '年度报告（列表项）'),
      AnnualReportDetail: annualReportDetail,
      AnnualReportVersion: annualReportVersion,
    },
    parameters: {
      Page: queryParam(
        'pagination[page]',
        { type: 'integer', minimum: 1, default: 1 },
        '页码，≥ 1；非整数、0 或负数 → 400 `INVALID_PAGINATION`',
        1,
      ),
      PageSize: queryParam(
        'pagination[pageSize]',
        { type: 'integer', minimum: 1, maximum: 100, default: 10 },
        '每页条数，1–100；超出范围 → 400 `INVALID_PAGINATION`',
        10,
      ),
      IfNoneMatch: {
        name: 'If-None-Match',
        in: 'header',
        required: false,
        description: '上次响应的 ETag；内容未变时返回 304',
        schema: { type: 'string' },
      },
    },
    headers: {
      ETag: { description: '弱 ETag（响应体的哈希）', schema: { type: 'string', pattern: '^W/".+"$' } },
      CacheControl: { description: '`public, max-age=60`', schema: { type: 'string', const: 'public, max-age=60' } },
      LastModified: { description: '内容最后发布时间（适用时）', schema: { type: 'string' } },
    },
    responses: {
      NotModified: {
        description: '内容未变（`If-None-Match` 与 ETag 相同），响应体为空',
        headers: { ETag: cachedHeaders.ETag },
      },
    },
  },
};
