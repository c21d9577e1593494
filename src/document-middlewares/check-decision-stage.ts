import type { Core } from '@strapi/strapi';
import { chinaLocalDate } from '../domain/dates';
import { evaluateDecisionWrite, historyAfter } from '../domain/decisions/transitions';
import { loadStageChangeFacts } from '../repositories/decision-facts';
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
