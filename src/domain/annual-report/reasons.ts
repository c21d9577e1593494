import type { ColumnSpec, RowSpec, TableSpec } from './tables';

/** Stable forever: API clients key on these. */
export type ReportReasonCode =
  | 'REPORT_TABLE_INVALID'
  | 'REPORT_CELL_UNKNOWN'
  | 'REPORT_FIGURE_INVALID'
  | 'REPORT_AMOUNT_INVALID'
  | 'REPORT_TABLE_MISSING'
  | 'REPORT_FIGURE_MISSING'
  | 'REPORT_TOTAL_MISMATCH'
  | 'REPORT_BALANCE_MISMATCH'
  | 'REPORT_CARRY_OVER_MISMATCH'
  | 'REPORT_YEAR_NOT_PAST'
  | 'REPORT_DUPLICATE'
  | 'REPORT_CORRECTION_NOTE_MISSING';

export interface ReportReason {
  code: ReportReasonCode;
  message: string;
  /** the field, row and column concerned: ['requestTable', 'newApplications', 'total'] */
  path?: string[];
}

/** How a figure is shown in a message: as entered, so the editor recognises it. */
const shown = (value: unknown): string =>
  typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));

const cell = (table: TableSpec, row: RowSpec, column: ColumnSpec) => `${table.name} ${row.name}·${column.label}`;

const cellPath = (table: TableSpec, row: RowSpec, column: ColumnSpec) => [table.field, row.key, column.key];

export const REPORT_REASONS = {
  tableInvalid: (table: TableSpec): ReportReason => ({
    code: 'REPORT_TABLE_INVALID',
    message: `${table.name} ${table.title}：须按模板逐行逐栏填写（行 → 栏目 → 数字），不能是文字或列表`,
    path: [table.field],
  }),
  rowUnknown: (table: TableSpec, rowKey: string): ReportReason => ({
    code: 'REPORT_CELL_UNKNOWN',
    message: `${table.name} ${table.title}：模板中没有“${rowKey}”这一行`,
    path: [table.field, rowKey],
  }),
  columnUnknown: (table: TableSpec, row: RowSpec, columnKey: string): ReportReason => ({
    code: 'REPORT_CELL_UNKNOWN',
    message: `${table.name} ${row.name}：模板中没有“${columnKey}”这一栏`,
    path: [table.field, row.key, columnKey],
  }),
  figureInvalid: (table: TableSpec, row: RowSpec, column: ColumnSpec, value: unknown): ReportReason => ({
    code: 'REPORT_FIGURE_INVALID',
    message: `${cell(table, row, column)}：须为不小于 0 的整数（当前为“${shown(value)}”）`,
    path: cellPath(table, row, column),
  }),
  amountInvalid: (table: TableSpec, row: RowSpec, column: ColumnSpec, value: unknown): ReportReason => ({
    code: 'REPORT_AMOUNT_INVALID',
    message: `${cell(table, row, column)}：须为不小于 0、最多两位小数的金额（当前为“${shown(value)}”）`,
    path: cellPath(table, row, column),
  }),
  tableMissing: (table: TableSpec): ReportReason => ({
    code: 'REPORT_TABLE_MISSING',
    message: `${table.name} ${table.title}：尚未填写，没有发生的事项请填 0`,
    path: [table.field],
  }),
  figureMissing: (table: TableSpec, row: RowSpec, column: ColumnSpec): ReportReason => ({
    code: 'REPORT_FIGURE_MISSING',
    message: `${cell(table, row, column)}：尚未填写，没有发生的事项请填 0`,
    path: cellPath(table, row, column),
  }),
  /** A 总计 that is not the sum of its parts; `parts` names them as the template does. */
  totalMismatch: (where: string, parts: string, sum: number, total: string, value: number, path: string[]) => ({
    code: 'REPORT_TOTAL_MISMATCH' as const,
    message: `${where}：${parts}（${sum}）≠ ${total}（${value}）`,
    path,
  }),
  balanceMismatch: (column: ColumnSpec, supply: number, outcome: number): ReportReason => ({
    code: 'REPORT_BALANCE_MISMATCH',
    message: `表三 ${column.label}：本年新收 + 上年结转（${supply}）≠ 办理结果总计 + 结转下年度（${outcome}）`,
    path: ['requestTable', 'carriedForward', column.key],
  }),
  carryOverMismatch: (column: ColumnSpec, carriedOver: number, previousYear: number, forwarded: number) => ({
    code: 'REPORT_CARRY_OVER_MISMATCH' as const,
    message: `表三 ${column.label}：上年结转（${carriedOver}）≠ ${previousYear}年度报告的结转下年度（${forwarded}）`,
    path: ['requestTable', 'carriedOver', column.key],
  }),
  yearNotPast: (year: number): ReportReason => ({
    code: 'REPORT_YEAR_NOT_PAST',
    message: `${year}年尚未结束，年度报告只能在报告年度结束后发布`,
    path: ['year'],
  }),
  duplicate: (departmentName: string, year: number, title: string): ReportReason => ({
    code: 'REPORT_DUPLICATE',
    message: `${departmentName}已有${year}年度报告《${title}》，每个部门每年只有一份年度报告；需要更正时请修改该报告后重新发布`,
    path: ['year'],
  }),
  correctionNoteMissing: (): ReportReason => ({
    code: 'REPORT_CORRECTION_NOTE_MISSING',
    message: '该报告已经发布，更正后重新发布须在“更正说明”中写明本次更正的内容和原因',
    path: ['correctionNote'],
  }),
} satisfies Record<string, (...args: never[]) => ReportReason>;
