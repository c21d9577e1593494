import { factories } from '@strapi/strapi';
import { checkComment, commentTarget } from '../../../domain/public-api/comments';
import { publicDecisions } from '../../../repositories/public-content';
import { invalidRequest, today, type PublicContext } from '../../../services/public-api';
import { UID } from '../../../uid';

/** Public comment on a decision draft during its consultation; contact details are stored, never echoed. */
export default factories.createCoreController(UID.decisionComment, ({ strapi }) => ({
  async create(ctx: PublicContext) {
    const body: unknown = ctx.request.body;
    const target = commentTarget(body);
    const item = target === null ? null : await publicDecisions.consultation(strapi, target);
    const checked = checkComment(body, item, today());
    if (!checked.ok) throw invalidRequest(...checked.problems);
    // A new comment awaits the department's review; the input check requires the field before defaults apply.
    const data = { ...checked.value, adoption: 'unreviewed' as const };
    const comment = await strapi.documents(UID.decisionComment).create({ data });
    ctx.status = 201;
    ctx.body = {
      data: { documentId: comment.documentId, content: comment.content, createdAt: comment.createdAt },
    };
  },
}));
