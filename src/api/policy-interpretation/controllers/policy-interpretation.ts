import { factories } from '@strapi/strapi';
import { interpretationDetail, interpretationItem } from '../../../domain/public-api/shapes';
import { INTERPRETATION_LIST } from '../../../domain/public-api/specs';
import { publicInterpretations } from '../../../repositories/public-content';
import {
  checkDetailQuery,
  detailKeyOf,
  listPayload,
  listQueryOf,
  notFound,
  sendCacheable,
  type PublicContext,
} from '../../../services/public-api';
import { UID } from '../../../uid';

/** Public reads: published interpretations of published, 主动公开 documents. */
export default factories.createCoreController(UID.policyInterpretation, ({ strapi }) => ({
  async find(ctx: PublicContext) {
    const query = listQueryOf(ctx, INTERPRETATION_LIST);
    const page = await publicInterpretations.list(strapi, INTERPRETATION_LIST, query);
    sendCacheable(ctx, listPayload(page, query, interpretationItem));
  },

  /** Also serves /slug/:slug. */
  async findOne(ctx: PublicContext) {
    checkDetailQuery(ctx, INTERPRETATION_LIST);
    const row = await publicInterpretations.one(strapi, detailKeyOf(ctx));
    if (!row) throw notFound();
    sendCacheable(ctx, { data: interpretationDetail(row) }, row.publishedAt);
  },
}));
