import type { FieldErrorCode } from '../content/validate-input';
import type { Reason } from '../reasons';
import { isValidDate } from '../content/validate-input';
import type { YearSchedule } from './working-days';

/**
 * The webmaster enters a year's official schedule in the admin as two lists, one day per line:
 * `2027-02-06 春节` (the name is optional). An entered year replaces every other source for that year.
 */
export interface ScheduleEntryInput {
  year: unknown;
  holidays: unknown;
  workdays: unknown;
}

type ListField = 'holidays' | 'workdays';
const LIST_LABEL: Record<ListField, string> = { holidays: '放假日期', workdays: '调休上班日期' };

const lines = (text: unknown): string[] =>
  typeof text === 'string' ? text.split(/\r?\n/).map((line) => line.trim()) : [];

const parseList = (
  field: ListField,
  text: unknown,
  year: number,
): { days: Map<string, string>; errors: Reason<FieldErrorCode>[] } => {
  const days = new Map<string, string>();
  const errors: Reason<FieldErrorCode>[] = [];
  lines(text).forEach((line, index) => {
    if (line === '') return;
    const [date, ...name] = line.split(/\s+/);
    const where = `「${LIST_LABEL[field]}」第 ${index + 1} 行“${line}”`;
    if (!isValidDate(date)) {
      errors.push({ path: [field], code: 'INVALID_DATE', message: `${where}不是有效日期，应为“YYYY-MM-DD 名称”` });
    } else if (Number(date.slice(0, 4)) !== year) {
      errors.push({ path: [field], code: 'INVALID_DATE', message: `${where}不在 ${year} 年内` });
    } else {
      days.set(date, name.join(' ') || LIST_LABEL[field]);
    }
  });
  return { days, errors };
};

export type ScheduleEntryParse = { ok: true; schedule: YearSchedule } | { ok: false; errors: Reason<FieldErrorCode>[] };

export const parseScheduleEntry = (input: ScheduleEntryInput): ScheduleEntryParse => {
  const year =
    typeof input.year === 'number' || (typeof input.year === 'string' && input.year.trim() !== '')
      ? Number(input.year)
      : Number.NaN;
  if (!Number.isInteger(year)) {
    return { ok: false, errors: [{ path: ['year'], code: 'FIELD_REQUIRED', message: '「年度」为必填项' }] };
  }
  const holidays = parseList('holidays', input.holidays, year);
  const workdays = parseList('workdays', input.workdays, year);
  const both = [...holidays.days.keys()].filter((date) => workdays.days.has(date));
  const errors = [
    ...holidays.errors,
    ...workdays.errors,
    ...both.map((date): Reason<FieldErrorCode> => ({
      path: ['workdays'],
      code: 'INVALID_DATE',
      message: `${date} 不能同时是放假日期和调休上班日期`,
    })),
  ];
  return errors.length > 0
    ? { ok: false, errors }
    : { ok: true, schedule: { holidays: holidays.days, workdays: workdays.days } };
};
