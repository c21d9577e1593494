import { factories } from '@strapi/strapi';
import { decisionDetail, decisionItem } from '../../../domain/public-api/shapes';
import { DECISION_LIST } from '../../../domain/public-api/specs';
import { publicDecisions } from '../../../repositories/public-content';
import {
  checkDetailQuery,
  detailKeyOf,
  listPayload,
  listQueryOf,
  notFound,
  sendCacheable,
  today,
  type PublicContext,
} from '../../../services/public-api';
import { UID } from '../../../uid';

/** Public reads of the 重大行政决策目录: published items, their stage and materials, never the comments. */
export default factories.createCoreController(UID.decisionItem, ({ strapi }) => ({
  async find(ctx: PublicContext) {
    const query = listQueryOf(ctx, DECISION_LIST);
    const page = await publicDecisions.list(strapi, DECISION_LIST, query);
    const day = today();
    sendCacheable(
      ctx,
      listPayload(page, query, (row) => decisionItem(row, day)),
    );
  },

  async findOne(ctx: PublicContext) {
    checkDetailQuery(ctx, DECISION_LIST);
    const row = await publicDecisions.one(strapi, detailKeyOf(ctx));
    if (!row) throw notFound();
    const commentCount = await publicDecisions.commentCount(strapi, row.documentId);
    sendCacheable(ctx, { data: decisionDetail(row, today(), commentCount) });
  },
}));
