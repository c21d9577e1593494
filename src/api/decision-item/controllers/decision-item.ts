import { factories } from '@strapi/strapi';
import { decisionDetail, decisionItem } from '../../../domain/public-api/shapes';
import { DECISION_LIST } from '../../../domain/public-api/specs';
import { publicDecisions } from '../../../repositories/public-content';
import {
  answerPublicGet,
  checkDetailQuery,
  detailKeyOf,
  listPayload,
  listQueryOf,
  notFound,
  today,
  type PublicContext,
} from '../../../services/public-api';
import { UID } from '../../../uid';

/**
 * Public reads of the 重大行政决策目录: published items with their stage, materials and stage history; the
 * detail adds the comments published after moderation (never contact details) and their adoption.
 */
export default factories.createCoreController(UID.decisionItem, ({ strapi }) => ({
  find: (ctx: PublicContext) =>
    answerPublicGet(strapi, ctx, async () => {
      const query = listQueryOf(ctx, DECISION_LIST);
      const page = await publicDecisions.list(strapi, DECISION_LIST, query);
      const day = today();
      return { payload: listPayload(page, query, (row) => decisionItem(row, day)) };
    }),

  findOne: (ctx: PublicContext) =>
    answerPublicGet(strapi, ctx, async () => {
      checkDetailQuery(ctx, DECISION_LIST);
      const row = await publicDecisions.one(strapi, detailKeyOf(ctx));
      if (!row) throw notFound();
      const [counts, comments] = await Promise.all([
        publicDecisions.commentCounts(strapi, row.documentId),
        publicDecisions.publishedComments(strapi, row.documentId),
      ]);
      return { payload: { data: decisionDetail(row, today(), counts, comments) } };
    }),
}));
