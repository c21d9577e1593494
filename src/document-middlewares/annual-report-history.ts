import type { Core } from '@strapi/strapi';
import { reportContent, sameContent } from '../domain/annual-report/versions';
import { publishedVersionOf, saveReplacedVersion } from '../repositories/annual-reports';
import { UID } from '../uid';
import { isPublishWrite, targetDocumentId, type DocumentMiddleware } from './write-actions';

/**
 * A corrected report replaces the published one; the version it replaces is kept, unchanged and
 * readable, in the same transaction as the publish. Republishing the same content keeps nothing.
 */
export const keepReplacedReportVersion =
  (strapi: Core.Strapi): DocumentMiddleware =>
  async (ctx, next) => {
    const documentId = targetDocumentId(ctx);
    if (ctx.uid !== UID.annualReport || !isPublishWrite(ctx) || !documentId) return next();
    return await strapi.db.transaction(async () => {
      const replaced = await publishedVersionOf(strapi, documentId);
      const result = await next();
      const current = replaced ? await publishedVersionOf(strapi, documentId) : null;
      if (replaced && current && !sameContent(reportContent(replaced), reportContent(current))) {
        await saveReplacedVersion(
          strapi,
          replaced,
          typeof current.correctionNote === 'string' ? current.correctionNote : null,
          new Date(),
        );
      }
      return result;
    });
  };
