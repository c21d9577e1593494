import type { Core } from '@strapi/strapi';
import { chinaLocalDate } from '../domain/dates';
import { evaluateDecisionWrite, historyAfter, listedEntry } from '../domain/decisions/transitions';
import { loadStageChangeFacts, replaceStageHistory } from '../repositories/decision-facts';
import { actorName } from '../services/actor';
import { refusal } from '../services/refusal';
import { UID } from '../uid';
import { isPublishWrite, writableEntryOf, writeParams, type DocumentMiddleware } from './write-actions';

/**
 * The decision process on every write path (admin save and publish, content API, bulk, code): the
 * consultation window, stages only forward with their date, unit, material and gates, and the stage
 * history written by the system alone — whatever `stageHistory` a client submits is replaced. The
 * 本次阶段变更 inputs (date, skip reason) are cleared once recorded, so the next change asks again.
 */
export const checkDecisionStage =
  (strapi: Core.Strapi): DocumentMiddleware =>
  async (ctx, next) => {
    if (ctx.uid !== UID.decisionItem) return next();
    if (ctx.action === 'clone') return await cloneAsNewItem(strapi, ctx, next);
    if (ctx.action !== 'create' && ctx.action !== 'update') return next();
    return await strapi.db.transaction(async () => {
      const now = new Date();
      const data = writeParams(ctx).data ?? {};
      const stored = await writableEntryOf(strapi, ctx);
      if (ctx.action === 'update' && !stored) return next();
      const facts = await loadStageChangeFacts(strapi, data, stored, isPublishWrite(ctx), chinaLocalDate(now));
      const reasons = evaluateDecisionWrite(facts);
      if (reasons.length > 0) throw refusal(reasons);
      const changed = facts.from !== facts.to;
      const recorded: Record<string, unknown> = {
        ...data,
        stageHistory: historyAfter(facts, actorName(strapi), now),
        ...(changed ? { stageReachedOn: null, stageSkipReason: null } : {}),
      };
      ctx.params = { ...ctx.params, data: recorded } as typeof ctx.params;
      return next();
    });
  };

/**
 * A copy of an item is a new item: it starts at 列入目录 with its own history and no comments. The clone
 * merges submitted data into the source deeply (arrays by index), so the history is written afterwards.
 */
const cloneAsNewItem = (
  strapi: Core.Strapi,
  ctx: Parameters<DocumentMiddleware>[0],
  next: Parameters<DocumentMiddleware>[1],
) =>
  strapi.db.transaction(async () => {
    const now = new Date();
    const fresh: Record<string, unknown> = {
      ...(writeParams(ctx).data ?? {}),
      stage: 'listed',
      stageReachedOn: null,
      stageSkipReason: null,
      comments: { set: [] },
    };
    ctx.params = { ...ctx.params, data: fresh } as typeof ctx.params;
    const result = await next();
    const documentId = (result as { documentId?: string } | null)?.documentId;
    if (documentId) {
      await replaceStageHistory(strapi, documentId, [listedEntry(chinaLocalDate(now), actorName(strapi), now)]);
    }
    return result;
  });
