import type { Core } from '@strapi/strapi';
import { chinaLocalDate } from '../domain/dates';
import { flagOverdueItems } from '../repositories/archive-items';

/** Flags pending items whose due date has passed (each exactly once, on any number of instances). */
export const markOverdueItems = async (strapi: Core.Strapi, now: Date): Promise<number> => {
  const count = await flagOverdueItems(strapi, chinaLocalDate(now));
  if (count > 0) strapi.log.warn(`归档移交：${count} 项已超过移交期限`);
  return count;
};

export const ARCHIVE_OVERDUE_JOB = {
  markArchiveOverdue: {
    task: ({ strapi }: { strapi: Core.Strapi }) => markOverdueItems(strapi, new Date()),
    /** every day at 01:30 China time */
    options: { rule: '0 30 1 * * *', tz: 'Asia/Shanghai' },
  },
};
