import type { Core } from '@strapi/strapi';
import { UID } from '../uid';
import { tableQuery } from './own-tables';
import { COMMENT_RATE_LIMIT_TABLE } from './tables';

/**
 * Counts one submission of `clientKey` in the fixed window `windowStart` and returns the window's count,
 * this one included. One upsert takes the row lock, so instances sharing the database count together.
 * Windows before the previous one are dropped on the way.
 */
export const countSubmission = async (strapi: Core.Strapi, clientKey: string, windowStart: number): Promise<number> =>
  await strapi.db.transaction(async ({ trx }) => {
    const table = () => tableQuery(strapi, COMMENT_RATE_LIMIT_TABLE, trx);
    await table()
      .insert({ client_key: clientKey, window_start: windowStart, hits: 1 })
      .onConflict(['client_key', 'window_start'])
      .merge({ hits: trx.raw('?? + 1', [`${COMMENT_RATE_LIMIT_TABLE}.hits`]) });
    const row: { hits: number | string } | undefined = await table()
      .where({ client_key: clientKey, window_start: windowStart })
      .first('hits');
    await table()
      .where('window_start', '<', windowStart - 1)
      .delete();
    return Number(row?.hits);
  });

/** Whether the item already has a comment with this content digest. */
export const hasSameContent = async (strapi: Core.Strapi, itemDocumentId: string, contentHash: string) =>
  (await strapi.db
    .query(UID.decisionComment)
    .count({ where: { contentHash, decisionItem: { documentId: itemDocumentId } } })) > 0;

/** Comments the item received from `since` on. */
export const commentsReceivedSince = (strapi: Core.Strapi, itemDocumentId: string, since: Date): Promise<number> =>
  strapi.db
    .query(UID.decisionComment)
    .count({ where: { createdAt: { $gte: since }, decisionItem: { documentId: itemDocumentId } } });
