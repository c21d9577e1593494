import type { Core } from '@strapi/strapi';
import { chinaLocalDate } from '../domain/dates';
import { UID } from '../uid';

/**
 * Flags pending items whose due date has passed. One conditional UPDATE claims the rows in the
 * database: with several instances on one PostgreSQL, each item is flipped by exactly one of them.
 */
export const markOverdueItems = async (strapi: Core.Strapi, now: Date): Promise<number> => {
  const { count } = await strapi.db.query(UID.archiveTransfer).updateMany({
    where: { status: 'pending', overdue: false, dueAt: { $lt: chinaLocalDate(now) } },
    data: { overdue: true },
  });
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
