/**
 * The three statistical tables of the 政府信息公开工作年度报告 template (国办公开办函〔2021〕30号), as data:
 * every validator, the arithmetic, the pre-fill, the printable page and the CSV read the rows and
 * columns from here. Keys are ASCII and stable (they are stored and returned by the public API);
 * labels are the template's wording.
 */

/** A figure is a count of items or decisions, or a sum of money in 万元 with two decimals. */
export type FigureKind = 'count' | 'amount';

export interface ColumnSpec {
  key: string;
  label: string;
}

export interface RowSpec {
  key: string;
  /** the template's wording, with its numbering (一、（三）、1.) */
  label: string;
  /** the row's name in a message, without numbering */
  name: string;
  columns: readonly ColumnSpec[];
  kind: FigureKind;
  /** the heading this row sits under in the template (表二: 第二十条第（一）项; 表三: （三）不予公开) */
  group?: string;
}

export type TableField = 'disclosureTable' | 'requestTable' | 'reviewTable';

export interface TableSpec {
  field: TableField;
  /** 表二, 表三, 表四 */
  name: string;
  title: string;
  rows: readonly RowSpec[];
}

/** A table as stored: row key → column key → figure (null while not filled in). */
export type TableValues = Record<string, Record<string, number | null>>;

// 表二 主动公开政府信息情况
const DOCUMENT_COLUMNS: readonly ColumnSpec[] = [
  { key: 'issued', label: '本年制发件数' },
  { key: 'repealed', label: '本年废止件数' },
  { key: 'inForce', label: '现行有效件数' },
];
const DECISIONS: readonly ColumnSpec[] = [{ key: 'decisions', label: '本年处理决定数量' }];
const ARTICLE_20_1 = '第二十条第（一）项';

export const DISCLOSURE_TABLE: TableSpec = {
  field: 'disclosureTable',
  name: '表二',
  title: '主动公开政府信息情况',
  rows: [
    { key: 'rules', label: '规章', name: '规章', columns: DOCUMENT_COLUMNS, kind: 'count', group: ARTICLE_20_1 },
    {
      key: 'normativeDocuments',
      label: '行政规范性文件',
      name: '行政规范性文件',
      columns: DOCUMENT_COLUMNS,
      kind: 'count',
      group: ARTICLE_20_1,
    },
    {
      key: 'licensing',
      label: '行政许可',
      name: '行政许可',
      columns: DECISIONS,
      kind: 'count',
      group: '第二十条第（五）项',
    },
    {
      key: 'punishment',
      label: '行政处罚',
      name: '行政处罚',
      columns: DECISIONS,
      kind: 'count',
      group: '第二十条第（六）项',
    },
    {
      key: 'enforcement',
      label: '行政强制',
      name: '行政强制',
      columns: DECISIONS,
      kind: 'count',
      group: '第二十条第（六）项',
    },
    {
      key: 'fees',
      label: '行政事业性收费',
      name: '行政事业性收费',
      columns: [{ key: 'amount', label: '本年收费金额（单位：万元）' }],
      kind: 'amount',
      group: '第二十条第（八）项',
    },
  ],
};

// 表三 收到和处理政府信息公开申请情况
export const APPLICANT_PARTS: readonly ColumnSpec[] = [
  { key: 'naturalPerson', label: '自然人' },
  { key: 'commercialEnterprise', label: '法人或其他组织·商业企业' },
  { key: 'researchInstitution', label: '法人或其他组织·科研机构' },
  { key: 'publicWelfareOrganization', label: '法人或其他组织·社会公益组织' },
  { key: 'legalServiceAgency', label: '法人或其他组织·法律服务机构' },
  { key: 'otherOrganization', label: '法人或其他组织·其他' },
];
export const APPLICANT_TOTAL: ColumnSpec = { key: 'total', label: '总计' };
const APPLICANT_COLUMNS: readonly ColumnSpec[] = [...APPLICANT_PARTS, APPLICANT_TOTAL];

const requestRow = (key: string, label: string, name: string, group?: string): RowSpec => ({
  key,
  label,
  name,
  columns: APPLICANT_COLUMNS,
  kind: 'count',
  ...(group ? { group } : {}),
});

const WITHHELD = '（三）不予公开';
const UNAVAILABLE = '（四）无法提供';
const NOT_PROCESSED = '（五）不予处理';
const OTHER_HANDLING = '（六）其他处理';

/** 三、本年度办理结果 （一）至（六）: the parts that add up to （七）总计. */
export const RESULT_ROWS: readonly RowSpec[] = [
  requestRow('disclosed', '（一）予以公开', '予以公开'),
  requestRow('partiallyDisclosed', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', '部分公开'),
  requestRow('withheldStateSecret', '1.属于国家秘密', '不予公开·属于国家秘密', WITHHELD),
  requestRow('withheldByLaw', '2.其他法律行政法规禁止公开', '不予公开·其他法律行政法规禁止公开', WITHHELD),
  requestRow('withheldSecurity', '3.危及“三安全一稳定”', '不予公开·危及“三安全一稳定”', WITHHELD),
  requestRow('withheldThirdParty', '4.保护第三方合法权益', '不予公开·保护第三方合法权益', WITHHELD),
  requestRow('withheldInternalAffairs', '5.属于三类内部事务信息', '不予公开·属于三类内部事务信息', WITHHELD),
  requestRow('withheldProcessInformation', '6.属于四类过程性信息', '不予公开·属于四类过程性信息', WITHHELD),
  requestRow('withheldEnforcementFile', '7.属于行政执法案卷', '不予公开·属于行政执法案卷', WITHHELD),
  requestRow('withheldQueryMatter', '8.属于行政查询事项', '不予公开·属于行政查询事项', WITHHELD),
  requestRow('unavailableNotHeld', '1.本机关不掌握相关政府信息', '无法提供·本机关不掌握相关政府信息', UNAVAILABLE),
  requestRow('unavailableToBeMade', '2.没有现成信息需要另行制作', '无法提供·没有现成信息需要另行制作', UNAVAILABLE),
  requestRow('unavailableUnclear', '3.补正后申请内容仍不明确', '无法提供·补正后申请内容仍不明确', UNAVAILABLE),
  requestRow('notProcessedPetition', '1.信访举报投诉类申请', '不予处理·信访举报投诉类申请', NOT_PROCESSED),
  requestRow('notProcessedRepeated', '2.重复申请', '不予处理·重复申请', NOT_PROCESSED),
  requestRow('notProcessedPublication', '3.要求提供公开出版物', '不予处理·要求提供公开出版物', NOT_PROCESSED),
  requestRow('notProcessedExcessive', '4.无正当理由大量反复申请', '不予处理·无正当理由大量反复申请', NOT_PROCESSED),
  requestRow(
    'notProcessedConfirmation',
    '5.要求行政机关确认或重新出具已获取信息',
    '不予处理·要求行政机关确认或重新出具已获取信息',
    NOT_PROCESSED,
  ),
  requestRow(
    'otherNoCorrection',
    '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
    '其他处理·申请人无正当理由逾期不补正',
    OTHER_HANDLING,
  ),
  requestRow(
    'otherFeeUnpaid',
    '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
    '其他处理·申请人逾期未按收费通知要求缴纳费用',
    OTHER_HANDLING,
  ),
  requestRow('otherHandling', '3.其他', '其他处理·其他', OTHER_HANDLING),
];

export const REQUEST_TABLE: TableSpec = {
  field: 'requestTable',
  name: '表三',
  title: '收到和处理政府信息公开申请情况',
  rows: [
    requestRow('newApplications', '一、本年新收政府信息公开申请数量', '本年新收'),
    requestRow('carriedOver', '二、上年结转政府信息公开申请数量', '上年结转'),
    ...RESULT_ROWS,
    requestRow('resultsTotal', '（七）总计', '办理结果总计'),
    requestRow('carriedForward', '四、结转下年度继续办理', '结转下年度'),
  ],
};

// 表四 政府信息公开行政复议、行政诉讼情况
export const OUTCOME_PARTS: readonly ColumnSpec[] = [
  { key: 'upheld', label: '结果维持' },
  { key: 'corrected', label: '结果纠正' },
  { key: 'other', label: '其他结果' },
  { key: 'pending', label: '尚未审结' },
];
export const OUTCOME_TOTAL: ColumnSpec = { key: 'total', label: '总计' };
const OUTCOME_COLUMNS: readonly ColumnSpec[] = [...OUTCOME_PARTS, OUTCOME_TOTAL];

export const REVIEW_TABLE: TableSpec = {
  field: 'reviewTable',
  name: '表四',
  title: '政府信息公开行政复议、行政诉讼情况',
  rows: [
    { key: 'reconsideration', label: '行政复议', name: '行政复议', columns: OUTCOME_COLUMNS, kind: 'count' },
    {
      key: 'directLitigation',
      label: '行政诉讼·未经复议直接起诉',
      name: '行政诉讼·未经复议直接起诉',
      columns: OUTCOME_COLUMNS,
      kind: 'count',
    },
    {
      key: 'litigationAfterReconsideration',
      label: '行政诉讼·复议后起诉',
      name: '行政诉讼·复议后起诉',
      columns: OUTCOME_COLUMNS,
      kind: 'count',
    },
  ],
};

export const REPORT_TABLES: readonly TableSpec[] = [DISCLOSURE_TABLE, REQUEST_TABLE, REVIEW_TABLE];

export const TABLE_FIELDS: readonly TableField[] = REPORT_TABLES.map((table) => table.field);

/** A table with every cell present and not yet filled in: what a new report starts from. */
export const blankTable = (spec: TableSpec): TableValues =>
  Object.fromEntries(
    spec.rows.map((row) => [row.key, Object.fromEntries(row.columns.map((column) => [column.key, null]))]),
  );

export const blankTables = (): Record<TableField, TableValues> =>
  Object.fromEntries(REPORT_TABLES.map((spec) => [spec.field, blankTable(spec)])) as Record<TableField, TableValues>;
