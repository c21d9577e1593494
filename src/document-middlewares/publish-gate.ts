import type { Core } from '@strapi/strapi';
import type { InterpretationPublishFacts } from '../domain/publish-gate/facts';
import {
  evaluateInterpretationPublish,
  evaluateInterpretationWithdrawal,
  evaluatePublish,
} from '../domain/publish-gate/evaluate';
import { interpretationsToCoPublish } from '../domain/publish-gate/rules';
import { loadDocumentFacts, loadLeavingFacts, publishedDocumentOf } from '../repositories/publish-facts';
import { resolveRelationInput } from '../repositories/relations';
import { hasPublishedVersion, storedTargets, titleOf, updateDraftRow } from '../repositories/stored-entries';
import { currentActor } from '../services/actor';
import { forcePublishStamp, recordForcePublish, type ForcedSubject } from '../services/force-publish';
import { lastEditorsOf } from '../repositories/last-editors';
import { refusal } from '../services/refusal';
import { UID } from '../uid';
import { isCoPublished, runAsPartOfDocumentPublish } from './publish-context';
import {
  isPublishWrite,
  targetDocumentId,
  writableEntryOf,
  writeParams,
  type DocumentContext,
  type DocumentMiddleware,
} from './write-actions';

/**
 * 三同步 and the disclosure rules on every path that publishes a policy document. Passing documents go
 * out together with their linked interpretation drafts that pass their own checks (同步发布), all in
 * one transaction: a refusal or a failure publishes nothing.
 */
export const checkInterpretationBeforePublish =
  (strapi: Core.Strapi): DocumentMiddleware =>
  async (ctx, next) => {
    if (ctx.uid !== UID.policyDocument || !isPublishWrite(ctx)) return next();
    return await strapi.db.transaction(async () => {
      const params = writeParams(ctx);
      const documentId = ctx.action === 'create' ? null : (params.documentId ?? null);
      const data = ctx.action === 'publish' ? {} : (params.data ?? {});
      const actor = currentActor(strapi);
      const facts = await loadDocumentFacts(strapi, documentId, data, actor.id);
      const { reasons, waived } = evaluatePublish(facts, actor);
      if (reasons.length > 0) throw refusal(reasons);

      const forced = waived.length > 0 ? await forcePublishStamp(strapi, waived, facts.issuedAt, new Date()) : null;
      if (forced && documentId && ctx.action === 'publish') {
        await updateDraftRow(strapi, UID.policyDocument, documentId, { ...forced });
      } else if (forced) {
        ctx.params = { ...ctx.params, data: { ...data, ...forced } } as typeof ctx.params;
      }
      const result = await next();
      const publishedId = documentId ?? (result as { documentId: string }).documentId;
      const coPublished = interpretationsToCoPublish(facts).map((interpretation) => interpretation.documentId);
      await runAsPartOfDocumentPublish(publishedId, coPublished, async () => {
        for (const documentId of coPublished) {
          await strapi.documents(UID.policyInterpretation).publish({ documentId });
        }
      });
      if (forced) {
        const { title, documentNumber, forcePublishReason: reason } = facts;
        await recordForcePublish(
          strapi,
          { document: publishedId, interpretation: null, title, documentNumber, reason },
          waived,
          forced,
        );
      }
      return result;
    });
  };

/** The gate's facts about an interpretation being published, and what a force publish of it would record. */
const interpretationPublishFacts = async (
  strapi: Core.Strapi,
  ctx: DocumentContext,
  data: Record<string, unknown>,
): Promise<{ facts: InterpretationPublishFacts; subject: Omit<ForcedSubject, 'interpretation'> }> => {
  const documentId = targetDocumentId(ctx);
  if (documentId && isCoPublished(documentId)) {
    return {
      facts: { document: null, coPublishing: true, leaving: null, lastEditorId: null, forcePublishReason: null },
      subject: { document: null, title: '', documentNumber: null, reason: null },
    };
  }
  const stored = await writableEntryOf(strapi, ctx);
  const value = (field: string): unknown => (field in data ? data[field] : stored?.[field]);
  const before = storedTargets(stored?.document);
  const [target] =
    'document' in data
      ? (await resolveRelationInput(strapi, UID.policyDocument, data.document, before, true)).targets
      : before;
  const targetTitle = target ? await titleOf(strapi, UID.policyDocument, target) : null;
  const current = documentId ? await publishedDocumentOf(strapi, documentId) : null;
  const reason = value('forcePublishReason');
  const forcePublishReason = typeof reason === 'string' ? reason : null;
  return {
    facts: {
      document:
        targetTitle !== null
          ? { title: targetTitle, published: await hasPublishedVersion(strapi, UID.policyDocument, target) }
          : null,
      coPublishing: false,
      leaving: current && current !== target ? await loadLeavingFacts(strapi, current) : null,
      lastEditorId: documentId
        ? ((await lastEditorsOf(strapi, UID.policyInterpretation, [documentId])).get(documentId) ?? null)
        : currentActor(strapi).id,
      forcePublishReason,
    },
    subject: {
      document: target ?? null,
      title: String(value('title') ?? ''),
      documentNumber: null,
      reason: forcePublishReason,
    },
  };
};

/**
 * An interpretation goes out with or after its document (publishing one alone while the document is
 * unpublished is refused and points to the document), and a published document that needs one keeps
 * its last published interpretation: no unpublish, delete or move to another document.
 */
export const checkDocumentBeforeInterpretation =
  (strapi: Core.Strapi): DocumentMiddleware =>
  async (ctx, next) => {
    if (ctx.uid !== UID.policyInterpretation) return next();
    const params = writeParams(ctx);
    if (isPublishWrite(ctx)) {
      return await strapi.db.transaction(async () => {
        const data = ctx.action === 'publish' ? {} : (params.data ?? {});
        const { facts, subject } = await interpretationPublishFacts(strapi, ctx, data);
        const { reasons, waived } = evaluateInterpretationPublish(facts, currentActor(strapi));
        if (reasons.length > 0) throw refusal(reasons);
        const result = await next();
        if (waived.length > 0) {
          const interpretation = params.documentId ?? (result as { documentId: string }).documentId;
          const stamp = await forcePublishStamp(strapi, waived, null, new Date());
          await recordForcePublish(strapi, { ...subject, interpretation }, waived, stamp);
        }
        return result;
      });
    }
    if ((ctx.action === 'unpublish' || ctx.action === 'delete') && params.documentId) {
      const documentId = params.documentId;
      return await strapi.db.transaction(async () => {
        const current = await publishedDocumentOf(strapi, documentId);
        const reasons = evaluateInterpretationWithdrawal(current ? await loadLeavingFacts(strapi, current) : null);
        if (reasons.length > 0) throw refusal(reasons);
        return next();
      });
    }
    return next();
  };
