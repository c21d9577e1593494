import { factories } from '@strapi/strapi';
import { annualReportDetail, annualReportItem } from '../../../domain/public-api/shapes';
import { ANNUAL_REPORT_LIST } from '../../../domain/public-api/specs';
import { publicAnnualReports } from '../../../repositories/public-content';
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

/** Public reads of published 政府信息公开工作年度报告. */
export default factories.createCoreController(UID.annualReport, ({ strapi }) => ({
  async find(ctx: PublicContext) {
    const query = listQueryOf(ctx, ANNUAL_REPORT_LIST);
    const page = await publicAnnualReports.list(strapi, ANNUAL_REPORT_LIST, query);
    sendCacheable(ctx, listPayload(page, query, annualReportItem));
  },

  async findOne(ctx: PublicContext) {
    checkDetailQuery(ctx, ANNUAL_REPORT_LIST);
    const row = await publicAnnualReports.one(strapi, detailKeyOf(ctx));
    if (!row) throw notFound();
    sendCacheable(ctx, { data: annualReportDetail(row) }, row.publishedAt);
  },
}));
