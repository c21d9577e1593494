/**
 * Working days on the official PRC schedule. Dates are China local calendar dates, 'YYYY-MM-DD'.
 * Which days are off in a year is data passed in (`ScheduleLookup`): the webmaster's entry, the
 * State Council notice as transcribed by chinese-days, or the statutory holidays for a year whose
 * notice is not out yet. Nothing here reads a clock or a module of data.
 */
export interface YearSchedule {
  /** days off that would otherwise be working days (法定节假日及调休放假), date → name */
  holidays: ReadonlyMap<string, string>;
  /** weekend days that are working days (调休上班), date → name */
  workdays: ReadonlyMap<string, string>;
}

export type ScheduleLookup = (year: number) => YearSchedule;

const DAY_MS = 24 * 60 * 60 * 1000;

const toUtc = (date: string): number => Date.parse(`${date}T00:00:00Z`);
const fromUtc = (time: number): string => new Date(time).toISOString().slice(0, 10);

export const addCalendarDays = (date: string, days: number): string => fromUtc(toUtc(date) + days * DAY_MS);

const isWeekend = (date: string): boolean => {
  const weekday = new Date(toUtc(date)).getUTCDay();
  return weekday === 0 || weekday === 6;
};

export const isWorkingDay = (date: string, schedule: ScheduleLookup): boolean => {
  const year = schedule(Number(date.slice(0, 4)));
  if (year.workdays.has(date)) return true;
  if (year.holidays.has(date)) return false;
  return !isWeekend(date);
};

/** The `n`th working day after `date` (the event day itself does not count); n ≥ 1. */
export const addWorkingDays = (date: string, n: number, schedule: ScheduleLookup): string => {
  let current = date;
  for (let counted = 0; counted < n;) {
    current = addCalendarDays(current, 1);
    if (isWorkingDay(current, schedule)) counted += 1;
  }
  return current;
};

/** Working days after `from` up to and including `to` (0 when `to` is not after `from`). */
export const workingDaysBetween = (from: string, to: string, schedule: ScheduleLookup): number => {
  let count = 0;
  for (let current = addCalendarDays(from, 1); current <= to; current = addCalendarDays(current, 1)) {
    if (isWorkingDay(current, schedule)) count += 1;
  }
  return count;
};
