import schedule from 'chinese-days/dist/chinese-days.json';
import type { OfficialSchedule } from '../domain/calendar/working-days';

/** The official schedule as transcribed from the State Council notices by chinese-days (2004 onwards). */
export const officialSchedule = (): OfficialSchedule => OFFICIAL;

const OFFICIAL: OfficialSchedule = {
  holidays: new Map(Object.entries(schedule.holidays)),
  workdays: new Map(Object.entries(schedule.workdays)),
};
