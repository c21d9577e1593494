import { factories } from '@strapi/strapi';
import { readTable } from '../../../domain/annual-report/figures';
import { reportHtml, tableCsv, TABLES_BY_NUMBER } from '../../../domain/annual-report/output';
import { PUBLIC_CACHE_CONTROL } from '../../../domain/public-api/http-cache';
import { printableReport } from '../../../services/annual-report-page';
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

const param = (ctx: PublicContext, name: string): string =>
  (ctx as PublicContext & { params: Record<string, string | undefined> }).params[name] ?? '';

/** A page or file of the public API that is not JSON: a minute of public caching, like the JSON answers. */
const sendFile = (ctx: PublicContext, type: string, body: string, filename?: string) => {
  ctx.set('Cache-Control', PUBLIC_CACHE_CONTROL);
  if (filename) ctx.set('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(filename)}`);
  ctx.type = type;
  ctx.body = body;
};

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
        const wanted = Number(param(ctx, 'version'));
        const version = row
          ? (await replacedVersionsOf(strapi, row.documentId)).find((v) => v.version === wanted)
          : null;
        if (!row || !version) throw notFound();
        return { payload: { data: annualReportVersion(row, version) }, lastModified: version.supersededAt };
      }),
    /** The whole report as a printable page in the template's layout. */
    print: async (ctx: PublicContext) => {
      const row = await publicAnnualReports.one(strapi, detailKeyOf(ctx));
      if (!row) throw notFound();
      const replaced = await replacedVersionsOf(strapi, row.documentId);
      sendFile(ctx, 'text/html; charset=utf-8', reportHtml(printableReport(row, replaced)));
    },
    /** One table as CSV (UTF-8 with BOM, for Excel): /annual-reports/:id/table-2.csv, -3, -4. */
    tableCsv: async (ctx: PublicContext) => {
      const spec = TABLES_BY_NUMBER[param(ctx, 'table')];
      const row = spec ? await publicAnnualReports.one(strapi, detailKeyOf(ctx)) : null;
      if (!spec || !row) throw notFound();
      const values = readTable(spec, row[spec.field]).values;
      sendFile(ctx, 'text/csv; charset=utf-8', tableCsv(spec, values), `${row.title}-${spec.name}.csv`);
    },
  };
});
