import { addCalendarDays, type YearSchedule } from './working-days';

/** Lunar and solar-term dates, supplied by the caller (chinese-days in the app, fixed tables in tests). */
export interface LunarCalendar {
  /** Gregorian date of lunar month/day in the lunar year that starts in `year` */
  solarDateOfLunar(year: number, month: number, day: number): string;
  /** Gregorian date of 清明 (the solar term pure brightness) in `year` */
  qingming(year: number): string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The statutory holidays of 《全国年节及纪念日放假办法》 (2024 revision, in force from 2025) for a year
 * whose State Council schedule is not published yet: 元旦 1 day, 春节 除夕–初三, 清明 1, 劳动节 May 1–2,
 * 端午 1, 中秋 1, 国庆 Oct 1–3. Make-up working days (调休) are only known from the notice.
 */
export const statutoryHolidays = (year: number, lunar: LunarCalendar): YearSchedule => {
  const holidays = new Map<string, string>();
  const add = (date: string, name: string) => holidays.set(date, name);
  add(`${year}-01-01`, '元旦');
  const newYear = lunar.solarDateOfLunar(year, 1, 1);
  for (let offset = -1; offset <= 2; offset += 1) add(addCalendarDays(newYear, offset), '春节');
  add(lunar.qingming(year), '清明节');
  add(`${year}-05-01`, '劳动节');
  add(`${year}-05-02`, '劳动节');
  add(lunar.solarDateOfLunar(year, 5, 5), '端午节');
  add(lunar.solarDateOfLunar(year, 8, 15), '中秋节');
  for (const day of [1, 2, 3]) add(`${year}-10-${pad(day)}`, '国庆节');
  return { holidays, workdays: new Map() };
};
