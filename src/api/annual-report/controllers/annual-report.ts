import { factories } from '@strapi/strapi';
import { annualReportDetail, annualReportItem, annualReportVersion } from '../../../domain/public-api/shapes';
import { ANNUAL_REPORT_LIST } from '../../../domain/public-api/specs';
import { replacedVersionsOf } from '../../../repositories/annual-reports';
import { publicAnnualReports } from '../../../repositories/public-content';
import {
  answerPublicGet,
  checkDetailQuery,
  detailKeyOf,
  notFound,
  publicReadActions,
  type PublicContext,
} from '../../../services/public-api';
import { UID } from '../../../uid';

const versionParam = (ctx: PublicContext): number =>
  Number((ctx as PublicContext & { params: Record<string, string | undefined> }).params.version);

/**
 * Public reads of published 政府信息公开工作年度报告: the list, the current version with the versions
 * corrections replaced, and each replaced version as it was published.
 */
export default factories.createCoreController(UID.annualReport, ({ strapi }) => {
  const { find } = publicReadActions(strapi, ANNUAL_REPORT_LIST, publicAnnualReports, annualReportItem, (row) => row);
  return {
    find,
    findOne: (ctx: PublicContext) =>
      answerPublicGet(strapi, ctx, async () => {
        checkDetailQuery(ctx, ANNUAL_REPORT_LIST);
        const row = await publicAnnualReports.one(strapi, detailKeyOf(ctx));
        if (!row) throw notFound();
        const replaced = await replacedVersionsOf(strapi, row.documentId);
        return { payload: { data: annualReportDetail(row, replaced) }, lastModified: row.publishedAt };
      }),
    version: (ctx: PublicContext) =>
      answerPublicGet(strapi, ctx, async () => {
        checkDetailQuery(ctx, ANNUAL_REPORT_LIST);
        const row = await publicAnnualReports.one(strapi, detailKeyOf(ctx));
        const wanted = versionParam(ctx);
        const version = row
          ? (await replacedVersionsOf(strapi, row.documentId)).find((v) => v.version === wanted)
          : null;
        if (!row || !version) throw notFound();
        return { payload: { data: annualReportVersion(row, version) }, lastModified: version.supersededAt };
      }),
  };
});
