import type { Core } from '@strapi/strapi';
import type { InterpretationPublishFacts } from '../domain/publish-gate/facts';
import {
  evaluateInterpretationPublish,
  evaluateInterpretationWithdrawal,
  evaluatePublish,
} from '../domain/publish-gate/evaluate';
import { interpretationsToCoPublish, isForcePublish } from '../domain/publish-gate/rules';
import { loadDocumentFacts, loadLeavingFacts, publishedDocumentOf } from '../repositories/publish-facts';
import { resolveRelationInput } from '../repositories/relations';
import { hasPublishedVersion, storedTargets, titleOf, updateDraftRow } from '../repositories/stored-entries';
import { currentActor } from '../services/actor';
import { forcePublishRecord, logForcePublish } from '../services/force-publish';
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
      const reasons = evaluatePublish(facts, actor);
      if (reasons.length > 0) throw refusal(reasons);

      const forced = isForcePublish(facts, actor) ? await forcePublishRecord(strapi, facts, new Date()) : null;
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
      if (forced) await logForcePublish(strapi, publishedId, facts, actor, forced);
      return result;
    });
  };

const interpretationPublishFacts = async (
  strapi: Core.Strapi,
  ctx: DocumentContext,
  data: Record<string, unknown>,
): Promise<InterpretationPublishFacts> => {
  const documentId = targetDocumentId(ctx);
  if (documentId && isCoPublished(documentId)) {
    return { document: null, coPublishing: true, leaving: null, lastEditorId: null };
  }
  const stored = await writableEntryOf(strapi, ctx);
  const before = storedTargets(stored?.document);
  const [target] =
    'document' in data
      ? (await resolveRelationInput(strapi, UID.policyDocument, data.document, before, true)).targets
      : before;
  const targetTitle = target ? await titleOf(strapi, UID.policyDocument, target) : null;
  const current = documentId ? await publishedDocumentOf(strapi, documentId) : null;
  return {
    document:
      targetTitle !== null
        ? {
            title: targetTitle,
            published: await hasPublishedVersion(strapi, UID.policyDocument, target),
          }
        : null,
    coPublishing: false,
    leaving: current && current !== target ? await loadLeavingFacts(strapi, current) : null,
    lastEditorId: documentId
      ? ((await lastEditorsOf(strapi, UID.policyInterpretation, [documentId])).get(documentId) ?? null)
      : currentActor(strapi).id,
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
        const facts = await interpretationPublishFacts(strapi, ctx, data);
        const actor = currentActor(strapi);
        const reasons = evaluateInterpretationPublish(facts, actor);
        if (reasons.length > 0) throw refusal(reasons);
        if (!facts.coPublishing && actor.id !== null && facts.lastEditorId === actor.id) {
          strapi.log.warn(`强制发布（本人为最后编辑人）：解读 ${params.documentId ?? '（新建）'}，操作人 #${actor.id}`);
        }
        return next();
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
