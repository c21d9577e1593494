import type { Core } from '@strapi/strapi';
import { chinaLocalDate, numberingYear } from '../domain/dates';
import { firstFreeSlug, slugFromTitle } from '../domain/numbering/slug';
import { resolveRelationInput } from '../repositories/relations';
import { findOtherWithValue, hasPublishedVersion, storedTargets } from '../repositories/stored-entries';
import { allocateIndexNumber } from '../services/index-numbers';
import { UID, type OwnUid } from '../uid';
import { targetDocumentId, writableEntryOf, writeParams, type DocumentMiddleware } from './write-actions';

const SLUGGED: readonly OwnUid[] = [UID.policyDocument, UID.policyInterpretation];

const uniqueSlug = (strapi: Core.Strapi, uid: OwnUid, title: string, documentId: string | null) =>
  firstFreeSlug(slugFromTitle(title), async (candidate) =>
    Boolean(await findOtherWithValue(strapi, uid, 'slug', candidate, documentId)),
  );

/**
 * 索引号 and slug are generated, never typed: assigned on creation, refreshed while the document has
 * never been published (new title → new slug, new issuing department → new 索引号), frozen after.
 */
export const assignIdentifiers =
  (strapi: Core.Strapi): DocumentMiddleware =>
  async (ctx, next) => {
    if (!SLUGGED.includes(ctx.uid as OwnUid) || (ctx.action !== 'create' && ctx.action !== 'update')) return next();
    const uid = ctx.uid as OwnUid;
    const params = writeParams(ctx);
    const { indexNumber: _ignoredIndex, slug: _ignoredSlug, ...data } = params.data ?? {};
    const documentId = targetDocumentId(ctx);
    const stored = await writableEntryOf(strapi, ctx);
    if (documentId && !stored) return next();
    const frozen = documentId !== null && (await hasPublishedVersion(strapi, uid, documentId));
    if (!frozen) {
      const title = typeof data.title === 'string' ? data.title : undefined;
      if (title !== undefined && (stored === null || title !== stored.title)) {
        data.slug = await uniqueSlug(strapi, uid, title, documentId);
      }
      if (uid === UID.policyDocument && 'issuingDepartment' in data) {
        const before = storedTargets(stored?.issuingDepartment);
        const [department] = (await resolveRelationInput(strapi, UID.department, data.issuingDepartment, before, true))
          .targets;
        if (department && department !== before[0]) {
          const issuedAt = 'issuedAt' in data ? data.issuedAt : stored?.issuedAt;
          data.indexNumber = await allocateIndexNumber(
            strapi,
            department,
            numberingYear(issuedAt, chinaLocalDate(new Date())),
          );
        }
      }
    }
    ctx.params = { ...ctx.params, data } as typeof ctx.params;
    return next();
  };
