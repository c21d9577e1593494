import { factories } from '@strapi/strapi';
import { enumLabel } from '../../../domain/enums';
import { checkComment, commentTarget } from '../../../domain/public-api/comments';
import { publicDecisions } from '../../../repositories/public-content';
import { admitSubmission, checkItemIntake, TooManyComments } from '../../../services/comment-intake';
import { invalidSubmission, today, type PublicContext } from '../../../services/public-api';
import { UID } from '../../../uid';

/**
 * A citizen's comment on a decision draft during its consultation: counted against the client's limit
 * first (every instance on the database together), then checked (plain text, length, window, duplicate,
 * the item's daily cap), stored for moderation and answered with a receipt number. Contact details are
 * stored, never echoed.
 */
export default factories.createCoreController(UID.decisionComment, ({ strapi }) => ({
  async create(ctx: PublicContext) {
    const now = new Date();
    try {
      await admitSubmission(strapi, ctx.request.ip, now);
      const body: unknown = ctx.request.body;
      const target = commentTarget(body);
      const item = target === null ? null : await publicDecisions.consultation(strapi, target);
      const checked = checkComment(body, item, today());
      if (!checked.ok) throw invalidSubmission(checked.problems);
      const duplicate = await checkItemIntake(strapi, checked.value.decisionItem, checked.value.content, now);
      if (duplicate) throw invalidSubmission([duplicate]);
      // Held for moderation; the input check requires the adoption field before defaults apply.
      const data = { ...checked.value, moderation: 'moderation_pending' as const, adoption: 'unreviewed' as const };
      const comment = await strapi.documents(UID.decisionComment).create({ data });
      ctx.status = 201;
      ctx.body = {
        data: {
          documentId: comment.documentId,
          receiptNumber: comment.receiptNumber,
          content: comment.content,
          moderation: comment.moderation,
          moderationLabel: enumLabel('commentModeration', String(comment.moderation)),
          createdAt: comment.createdAt,
        },
      };
    } catch (error) {
      if (error instanceof TooManyComments) ctx.set('Retry-After', String(error.retryAfterSeconds));
      throw error;
    }
  },
}));
