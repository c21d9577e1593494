import type { Core } from '@strapi/strapi';
import { UID } from '../uid';

/** The 工作日历 entries the webmaster has entered, as stored (parsed by domain/calendar/schedule-entry.ts). */
export const enteredScheduleRows = async (
  strapi: Core.Strapi,
): Promise<{ year: number; holidays: string | null; workdays: string | null }[]> =>
  await strapi.db.query(UID.workCalendar).findMany({ select: ['year', 'holidays', 'workdays'] });
