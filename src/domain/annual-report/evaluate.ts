import { carryOverArithmetic, isComplete, requestTableArithmetic, reviewTableArithmetic } from './arithmetic';
import { missingFigures, readTable } from './figures';
import { REPORT_REASONS, type ReportReason } from './reasons';
import { needsCorrectionNote, type ReportContent } from './versions';
import { REPORT_TABLES, REQUEST_TABLE, type TableField, type TableValues } from './tables';

/** What the rules need to know about a report as it would be stored after the write. */
export interface ReportFacts {
  year: number | null;
  /** another report of the same department and year, if there is one */
  duplicate: { departmentName: string; title: string } | null;
  /** the department's published report of the year before, if there is one */
  previous: { year: number; requestTable: unknown } | null;
  /** the report's content once the write is applied, with its 更正说明 */
  content: ReportContent;
  correctionNote: string | null;
  /** the version the public sees now, if the report has been published */
  published: { content: ReportContent; correctionNote: string | null } | null;
}

const duplicateReport = ({ duplicate, year }: ReportFacts): ReportReason[] =>
  duplicate && year !== null ? [REPORT_REASONS.duplicate(duplicate.departmentName, year, duplicate.title)] : [];

/** Why a report may not be saved at all, even as a draft: bad figures and a second report for the year. */
export const evaluateReportInput = (facts: ReportFacts): ReportReason[] => [
  ...duplicateReport(facts),
  ...REPORT_TABLES.flatMap((spec) => readTable(spec, facts.content[spec.field]).reasons),
];

const tableArithmetic: Partial<Record<TableField, (values: Record<string, Record<string, number>>) => ReportReason[]>> =
  {
    requestTable: requestTableArithmetic,
    reviewTable: reviewTableArithmetic,
  };

const carryOver = (values: TableValues | null, previous: ReportFacts['previous']): ReportReason[] => {
  if (!previous || !isComplete(values)) return [];
  const last = readTable(REQUEST_TABLE, previous.requestTable).values;
  return isComplete(last) ? carryOverArithmetic(values, last, previous.year) : [];
};

/**
 * Every reason the report may not be published now, all at once: the year has not ended, a figure is
 * invalid or missing, a 总计 is not the sum of its parts, 表三 does not balance in some column, or its
 * 上年结转 differs from last year's 结转下年度, or a correction of a published report comes without a note.
 * Arithmetic is checked on each table once it is complete.
 */
export const evaluateReportPublish = (facts: ReportFacts, today: string): ReportReason[] => [
  ...(facts.year !== null && facts.year >= Number(today.slice(0, 4)) ? [REPORT_REASONS.yearNotPast(facts.year)] : []),
  ...duplicateReport(facts),
  ...REPORT_TABLES.flatMap((spec) => {
    const { values, reasons } = readTable(spec, facts.content[spec.field]);
    if (reasons.length > 0) return reasons;
    const missing = missingFigures(spec, values);
    if (missing.length > 0 || !isComplete(values)) return missing;
    return [
      ...(tableArithmetic[spec.field]?.(values) ?? []),
      ...(spec.field === 'requestTable' ? carryOver(values, facts.previous) : []),
    ];
  }),
  ...(needsCorrectionNote(facts.published, facts.content, facts.correctionNote)
    ? [REPORT_REASONS.correctionNoteMissing()]
    : []),
];
