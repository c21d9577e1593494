import { REPORT_REASONS, type ReportReason } from './reasons';
import {
  APPLICANT_PARTS,
  APPLICANT_TOTAL,
  OUTCOME_PARTS,
  OUTCOME_TOTAL,
  REQUEST_TABLE,
  RESULT_ROWS,
  REVIEW_TABLE,
  type ColumnSpec,
  type TableValues,
} from './tables';

/** A table every cell of which holds a figure (see missingFigures). */
type Complete = Record<string, Record<string, number>>;

const sum = (figures: readonly number[]): number => figures.reduce((total, figure) => total + figure, 0);

const APPLICANT_COLUMNS: readonly ColumnSpec[] = [...APPLICANT_PARTS, APPLICANT_TOTAL];

/**
 * 表三: in every row the 总计 column is the sum of the applicant columns; in every column （七）总计 is the
 * sum of results （一） to （六）, and what came in (本年新收 + 上年结转) is what was handled or carried
 * forward (（七）总计 + 结转下年度).
 */
export const requestTableArithmetic = (table: Complete): ReportReason[] => [
  ...REQUEST_TABLE.rows.flatMap((row) => {
    const parts = sum(APPLICANT_PARTS.map((column) => table[row.key][column.key]));
    const total = table[row.key][APPLICANT_TOTAL.key];
    return parts === total
      ? []
      : [
          REPORT_REASONS.totalMismatch(`表三 ${row.name}`, '自然人与法人或其他组织各栏之和', parts, '总计', total, [
            REQUEST_TABLE.field,
            row.key,
            APPLICANT_TOTAL.key,
          ]),
        ];
  }),
  ...APPLICANT_COLUMNS.flatMap((column) => {
    const parts = sum(RESULT_ROWS.map((row) => table[row.key][column.key]));
    const total = table.resultsTotal[column.key];
    return parts === total
      ? []
      : [
          REPORT_REASONS.totalMismatch(
            `表三 ${column.label}`,
            '办理结果（一）至（六）各项之和',
            parts,
            '（七）总计',
            total,
            [REQUEST_TABLE.field, 'resultsTotal', column.key],
          ),
        ];
  }),
  ...APPLICANT_COLUMNS.flatMap((column) => {
    const supply = table.newApplications[column.key] + table.carriedOver[column.key];
    const outcome = table.resultsTotal[column.key] + table.carriedForward[column.key];
    return supply === outcome ? [] : [REPORT_REASONS.balanceMismatch(column, supply, outcome)];
  }),
];

/** 表四: in every row the 总计 is 结果维持 + 结果纠正 + 其他结果 + 尚未审结. */
export const reviewTableArithmetic = (table: Complete): ReportReason[] =>
  REVIEW_TABLE.rows.flatMap((row) => {
    const parts = sum(OUTCOME_PARTS.map((column) => table[row.key][column.key]));
    const total = table[row.key][OUTCOME_TOTAL.key];
    return parts === total
      ? []
      : [
          REPORT_REASONS.totalMismatch(
            `表四 ${row.name}`,
            OUTCOME_PARTS.map((column) => column.label).join(' + '),
            parts,
            '总计',
            total,
            [REVIEW_TABLE.field, row.key, OUTCOME_TOTAL.key],
          ),
        ];
  });

/** 上年结转 this year is last year's 结转下年度, column by column. */
export const carryOverArithmetic = (table: Complete, previous: Complete, previousYear: number): ReportReason[] =>
  APPLICANT_COLUMNS.flatMap((column) => {
    const carriedOver = table.carriedOver[column.key];
    const forwarded = previous.carriedForward[column.key];
    return carriedOver === forwarded
      ? []
      : [REPORT_REASONS.carryOverMismatch(column, carriedOver, previousYear, forwarded)];
  });

export const isComplete = (values: TableValues | null): values is Complete =>
  values !== null && Object.values(values).every((row) => Object.values(row).every((figure) => figure !== null));
