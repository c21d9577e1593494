import type { Core } from '@strapi/strapi';
import { currentAdminUser } from '../services/actor';
import { draftFingerprint, recordLastEditor } from '../repositories/last-editors';
import { UID, type OwnUid } from '../uid';
import { targetDocumentId, type DocumentMiddleware } from './write-actions';

/** What the second pair of eyes looks at: a document and the interpretations published with it. */
export const EDITOR_TRACKED: readonly OwnUid[] = [UID.policyDocument, UID.policyInterpretation];

/**
 * Remembers who last changed a draft's content. A save that changes nothing (the admin's Publish
 * re-saves the form first) leaves the last editor as it was; a change from outside the admin (content
 * API, code) leaves no one as the last editor.
 */
export const trackLastEditor =
  (strapi: Core.Strapi): DocumentMiddleware =>
  async (ctx, next) => {
    const uid = ctx.uid as OwnUid;
    if (!EDITOR_TRACKED.includes(uid) || (ctx.action !== 'create' && ctx.action !== 'update')) return next();
    const documentId = targetDocumentId(ctx);
    const before = documentId ? await draftFingerprint(strapi, uid, documentId) : null;
    const result = await next();
    const savedId = documentId ?? (result as { documentId?: string } | null)?.documentId;
    if (savedId && (await draftFingerprint(strapi, uid, savedId)) !== before) {
      await recordLastEditor(strapi, uid, savedId, currentAdminUser(strapi)?.id ?? null);
    }
    return result;
  };
