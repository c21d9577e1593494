import { createHash } from 'crypto';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { normalizedCommentContent } from '../domain/decisions/comments';
import { chinaDayStart, rateWindowAt, secondsUntilChinaMidnight } from '../domain/decisions/rate-limit';
import type { Problem } from '../domain/public-api/problems';
import { commentsReceivedSince, countSubmission, hasSameContent } from '../repositories/comment-intake';

/** The digest duplicate detection compares: same words, whatever the spacing. */
export const commentContentHash = (content: string): string =>
  createHash('sha256').update(normalizedCommentContent(content)).digest('hex');

/** A client as the limit counts it: a digest of its address, so no address is stored. */
export const clientKeyOf = (address: string): string => createHash('sha256').update(address).digest('hex');

export interface CommentLimits {
  /** submissions per client and window */
  perClient: number;
  windowSeconds: number;
  /** comments per decision item and China calendar day */
  perItemPerDay: number;
}

export const commentLimitsOf = (strapi: Core.Strapi): CommentLimits => ({
  perClient: Number(strapi.config.get('public-api.comments.perClient', 5)),
  windowSeconds: Number(strapi.config.get('public-api.comments.windowSeconds', 600)),
  perItemPerDay: Number(strapi.config.get('public-api.comments.perItemPerDay', 500)),
});

/** 429 with `Retry-After`: the error carries the seconds, the controller sets the header. */
export class TooManyComments extends errors.RateLimitError {
  constructor(
    problem: Problem,
    readonly retryAfterSeconds: number,
  ) {
    super(problem.message, { code: problem.code, reasons: [problem], retryAfterSeconds });
  }
}

/**
 * Every submission counts against its client, valid or not, so a flood of bad requests is limited too.
 * Throws when the client is over its limit in the current window.
 */
export const admitSubmission = async (strapi: Core.Strapi, address: string, now: Date): Promise<void> => {
  const limits = commentLimitsOf(strapi);
  const window = rateWindowAt(now.getTime(), limits.windowSeconds);
  const hits = await countSubmission(strapi, clientKeyOf(address), window.windowStart);
  if (hits <= limits.perClient) return;
  throw new TooManyComments(
    {
      code: 'RATE_LIMITED',
      message: `提交过于频繁：每 ${Math.round(limits.windowSeconds / 60)} 分钟最多提交 ${limits.perClient} 次，请 ${window.retryAfterSeconds} 秒后再试`,
    },
    window.retryAfterSeconds,
  );
};

/** Refuses a comment the item already has (400) and any beyond the item's daily cap (429). */
export const checkItemIntake = async (
  strapi: Core.Strapi,
  itemDocumentId: string,
  content: string,
  now: Date,
): Promise<Problem | null> => {
  if (await hasSameContent(strapi, itemDocumentId, commentContentHash(content))) {
    return { code: 'DUPLICATE_COMMENT', message: '该事项已收到内容相同的意见，请勿重复提交' };
  }
  const { perItemPerDay } = commentLimitsOf(strapi);
  if ((await commentsReceivedSince(strapi, itemDocumentId, chinaDayStart(now.getTime()))) >= perItemPerDay) {
    throw new TooManyComments(
      {
        code: 'DAILY_LIMIT_REACHED',
        message: `该决策事项今日收到的意见已达 ${perItemPerDay} 条上限，请明日再提交`,
      },
      secondsUntilChinaMidnight(now.getTime()),
    );
  }
  return null;
};
