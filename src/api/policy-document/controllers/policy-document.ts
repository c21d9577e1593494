import { factories } from '@strapi/strapi';
import { documentDetail, documentSummary } from '../../../domain/public-api/shapes';
import { DOCUMENT_LIST } from '../../../domain/public-api/specs';
import { publicDocuments } from '../../../repositories/public-content';
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

/** Public reads: published, 主动公开 documents in the contract's shapes (create/update stay Strapi's). */
export default factories.createCoreController(UID.policyDocument, ({ strapi }) => ({
  async find(ctx: PublicContext) {
    const query = listQueryOf(ctx, DOCUMENT_LIST);
    sendCacheable(ctx, listPayload(await publicDocuments.list(strapi, DOCUMENT_LIST, query), query, documentSummary));
  },

  /** Also serves /slug/:slug and /index-number/:indexNumber. */
  async findOne(ctx: PublicContext) {
    checkDetailQuery(ctx, DOCUMENT_LIST);
    const row = await publicDocuments.one(strapi, detailKeyOf(ctx));
    if (!row) throw notFound();
    sendCacheable(ctx, { data: documentDetail(row) }, row.publishedAt);
  },
}));
