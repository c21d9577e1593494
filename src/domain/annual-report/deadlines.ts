/**
 * When a department's annual report is due (国办公开办函〔2021〕30号; 条例第五十条): governments by
 * 31 March, their departments (and offices, 街道/镇) by 31 January of the following year.
 */
export const reportDueOn = (level: string | null, year: number): string =>
  level === 'government' ? `${year + 1}-03-31` : `${year + 1}-01-31`;

const dayNumber = (date: string): number =>
  Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000;

export type ReportDeadlineState = 'not_due' | 'on_time' | 'late' | 'overdue';

export const REPORT_DEADLINE_STATES: Readonly<Record<ReportDeadlineState, string>> = {
  not_due: '未到期限',
  on_time: '按时发布',
  late: '逾期发布',
  overdue: '逾期未发布',
};

export interface ReportDeadline {
  dueOn: string;
  /** the day the report was first published, China time; null while it is not */
  publishedOn: string | null;
  state: ReportDeadlineState;
  /** calendar days after the due date: until publication, or until today while unpublished */
  daysLate: number;
}

/** Where one department's report stands against its deadline on `today` (all dates 'YYYY-MM-DD', China time). */
export const reportDeadline = (dueOn: string, publishedOn: string | null, today: string): ReportDeadline => {
  const until = publishedOn ?? today;
  const daysLate = Math.max(0, dayNumber(until) - dayNumber(dueOn));
  const state: ReportDeadlineState =
    publishedOn === null ? (daysLate > 0 ? 'overdue' : 'not_due') : daysLate > 0 ? 'late' : 'on_time';
  return { dueOn, publishedOn, state, daysLate };
};
