import type { Core } from '@strapi/strapi';
import { ARCHIVED_TYPES, findPublishedSubject } from '../repositories/archive-subjects';
import { enqueueArchiveItem } from '../services/archive-queue';
import type { OwnUid } from '../uid';
import { isPublishWrite, writeParams, type DocumentMiddleware } from './write-actions';

/**
 * SPEC rule 5: every publish of new content and every withdrawal queues an archive transfer item, in
 * the same transaction as the publish: a refused or failed publish leaves no item, and a failure to
 * queue rolls the publish back.
 */
export const queueForArchive =
  (strapi: Core.Strapi): DocumentMiddleware =>
  async (ctx, next) => {
    const uid = ctx.uid as OwnUid;
    const publishing = isPublishWrite(ctx);
    const withdrawing = ctx.action === 'unpublish' || ctx.action === 'delete';
    if (!ARCHIVED_TYPES[uid] || (!publishing && !withdrawing)) return next();
    return await strapi.db.transaction(async () => {
      const params = writeParams(ctx);
      const withdrawn =
        withdrawing && params.documentId ? await findPublishedSubject(strapi, uid, params.documentId) : null;
      const result = await next();
      const documentId = params.documentId ?? (result as { documentId?: string } | null)?.documentId;
      const published = publishing && documentId ? await findPublishedSubject(strapi, uid, documentId) : null;
      if (published) await enqueueArchiveItem(strapi, uid, published, 'publish', new Date());
      if (withdrawn) await enqueueArchiveItem(strapi, uid, withdrawn, 'withdraw', new Date());
      return result;
    });
  };
