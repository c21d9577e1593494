import type { Core } from '@strapi/strapi';
import type { QueuedItem } from '../domain/archive/batch';
import type { LastArchiveItem } from '../domain/archive/queue';
import { UID, type OwnUid } from '../uid';

/** Archive queue rows (归档移交), read and written with the query engine. */

export const lastArchiveItemOf = async (
  strapi: Core.Strapi,
  uid: OwnUid,
  documentId: string,
): Promise<LastArchiveItem | null> =>
  await strapi.db.query(UID.archiveTransfer).findOne({
    where: { subjectUid: uid, subjectDocumentId: documentId },
    orderBy: { id: 'desc' },
    select: ['reason', 'contentHash'],
  });

export const createArchiveItem = async (strapi: Core.Strapi, data: Record<string, unknown>): Promise<void> => {
  await strapi.db.query(UID.archiveTransfer).create({ data });
};

export const findQueuedItems = async (strapi: Core.Strapi, documentIds: readonly string[]): Promise<QueuedItem[]> =>
  documentIds.length === 0
    ? []
    : await strapi.db.query(UID.archiveTransfer).findMany({
        where: { documentId: { $in: [...documentIds] } },
        select: ['documentId', 'title', 'transferStatus'],
      });

export const updateQueuedItems = async (
  strapi: Core.Strapi,
  documentIds: readonly string[],
  data: Record<string, unknown>,
): Promise<void> => {
  await strapi.db.query(UID.archiveTransfer).updateMany({ where: { documentId: { $in: [...documentIds] } }, data });
};

/** The items transferred under `batchNumber`, oldest publish first. */
export const transferredItemsOf = async <Item>(strapi: Core.Strapi, batchNumber: string): Promise<Item[]> =>
  await strapi.db.query(UID.archiveTransfer).findMany({
    where: { batchNumber, transferStatus: 'transferred' },
    orderBy: [{ subjectPublishedAt: 'asc' }, { id: 'asc' }],
  });

/**
 * Flags pending items due before `today`. One conditional UPDATE claims the rows in the database: with
 * several instances on one PostgreSQL, each item is flipped by exactly one of them.
 */
export const flagOverdueItems = async (strapi: Core.Strapi, today: string): Promise<number> =>
  (
    await strapi.db.query(UID.archiveTransfer).updateMany({
      where: { transferStatus: 'pending', overdue: false, dueAt: { $lt: today } },
      data: { overdue: true },
    })
  ).count;
