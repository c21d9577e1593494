import type { Core } from '@strapi/strapi';
import { getSolarDateFromLunar, getSolarTermDate } from 'chinese-days';
import official from 'chinese-days/dist/chinese-days.json';
import { parseScheduleEntry } from '../domain/calendar/schedule-entry';
import { statutoryHolidays, type LunarCalendar } from '../domain/calendar/statutory-holidays';
import type { ScheduleLookup, YearSchedule } from '../domain/calendar/working-days';
import { enteredScheduleRows } from '../repositories/work-calendar';

const pad = (n: number) => String(n).padStart(2, '0');

const LUNAR: LunarCalendar = {
  solarDateOfLunar: (year, month, day) => getSolarDateFromLunar(`${year}-${pad(month)}-${pad(day)}`).date,
  qingming: (year) => getSolarTermDate(year, 4, 'pure_brightness'),
};

/** The State Council schedules as transcribed by chinese-days, by year. */
const OFFICIAL: ReadonlyMap<number, YearSchedule> = (() => {
  const years = new Map<number, { holidays: Map<string, string>; workdays: Map<string, string> }>();
  const yearOf = (date: string) => {
    const year = Number(date.slice(0, 4));
    if (!years.has(year)) years.set(year, { holidays: new Map(), workdays: new Map() });
    return years.get(year) as { holidays: Map<string, string>; workdays: Map<string, string> };
  };
  const name = (value: string) => value.split(',')[1] ?? value;
  for (const [date, value] of Object.entries(official.holidays)) yearOf(date).holidays.set(date, name(value));
  for (const [date, value] of Object.entries(official.workdays)) yearOf(date).workdays.set(date, name(value));
  return years;
})();

const statutory = new Map<number, YearSchedule>();
const statutoryFor = (year: number): YearSchedule => {
  if (!statutory.has(year)) statutory.set(year, statutoryHolidays(year, LUNAR));
  return statutory.get(year) as YearSchedule;
};

/** Which schedule applies to a year: the webmaster's entry, else the official one, else the statutory holidays. */
export const scheduleLookup =
  (entered: ReadonlyMap<number, YearSchedule>): ScheduleLookup =>
  (year) =>
    entered.get(year) ?? OFFICIAL.get(year) ?? statutoryFor(year);

const CACHE_MS = 30_000;
let cached: { at: number; lookup: ScheduleLookup } | null = null;

/** Forgets the entered schedules, after the webmaster changes one (other instances re-read within 30 s). */
export const forgetEnteredSchedules = (): void => {
  cached = null;
};

export const loadScheduleLookup = async (strapi: Core.Strapi, now = Date.now()): Promise<ScheduleLookup> => {
  if (cached && now - cached.at < CACHE_MS) return cached.lookup;
  const rows = await enteredScheduleRows(strapi);
  const entered = new Map<number, YearSchedule>();
  for (const row of rows) {
    const parsed = parseScheduleEntry(row);
    if (parsed.ok) entered.set(Number(row.year), parsed.schedule);
  }
  cached = { at: now, lookup: scheduleLookup(entered) };
  return cached.lookup;
};
