import { randomBytes } from 'crypto';
import type { Core } from '@strapi/strapi';
import { chinaLocalDate } from '../domain/dates';
import { evaluateCommentReview, type CommentReview } from '../domain/decisions/feedback';
import { receiptNumber } from '../domain/decisions/comments';
import { commentContentHash } from '../services/comment-intake';
import { refusal } from '../services/refusal';
import { UID } from '../uid';
import { writableEntryOf, writeParams, type DocumentMiddleware } from './write-actions';

const SYSTEM_FIELDS = ['receiptNumber', 'contentHash'];

/**
 * Moderation (待审核 → 已公开 / 不予公开 with a reason) and adoption feedback (a reason when not or only
 * partly adopted, and only for published comments) on every write path. The receipt number and the
 * content digest are the system's: assigned on create, never taken from a client.
 */
export const checkCommentReview =
  (strapi: Core.Strapi): DocumentMiddleware =>
  async (ctx, next) => {
    if (ctx.uid !== UID.decisionComment || (ctx.action !== 'create' && ctx.action !== 'update')) return next();
    const submitted = writeParams(ctx).data ?? {};
    const stored = await writableEntryOf(strapi, ctx);
    if (ctx.action === 'update' && !stored) return next();
    const effective = (field: string): unknown => (field in submitted ? submitted[field] : stored?.[field]);
    const text = (field: string): string | null => {
      const value = effective(field);
      return typeof value === 'string' ? value : null;
    };
    const review = {
      moderation: text('moderation') ?? 'moderation_pending',
      moderationReason: text('moderationReason'),
      adoption: text('adoption') ?? 'unreviewed',
      reply: text('reply'),
    } as CommentReview;
    const reasons = evaluateCommentReview(review);
    if (reasons.length > 0) throw refusal(reasons);

    const data = Object.fromEntries(Object.entries(submitted).filter(([field]) => !SYSTEM_FIELDS.includes(field)));
    const content = text('content');
    if (content !== null) data.contentHash = commentContentHash(content);
    if (ctx.action === 'create') {
      data.receiptNumber = receiptNumber(chinaLocalDate(new Date()), randomBytes(4).toString('hex'));
    }
    ctx.params = { ...ctx.params, data } as typeof ctx.params;
    return next();
  };
