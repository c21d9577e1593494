import type { Core } from '@strapi/strapi';
import { evaluateReportInput, evaluateReportPublish } from '../domain/annual-report/evaluate';
import { blankTables, TABLE_FIELDS } from '../domain/annual-report/tables';
import { chinaLocalDate } from '../domain/dates';
import { loadReportFacts, type ReportWrite } from '../repositories/annual-reports';
import { refusal } from '../services/refusal';
import { UID } from '../uid';
import { isPublishWrite, writableEntryOf, writeParams, type DocumentContext } from './write-actions';
import type { DocumentMiddleware } from './write-actions';

/** A clone is a create by then (clone-as-new-draft.ts), so these are all the writes. */
const WRITES = ['create', 'update', 'publish'];

const reportWrite = async (strapi: Core.Strapi, ctx: DocumentContext): Promise<ReportWrite> => {
  const params = writeParams(ctx);
  const data = ctx.action === 'publish' ? {} : (params.data ?? {});
  return {
    documentId: ctx.action === 'create' ? null : (params.documentId ?? null),
    data,
    stored: await writableEntryOf(strapi, ctx),
  };
};

/**
 * The annual report's rules on every write path: bad figures and a second report for the same
 * department and year are refused even in a draft (create — which a clone is — and update); publishing (admin,
 * bulk, content API create/update, code) also needs a past year, every cell filled in and the
 * template's arithmetic to hold. A new report starts from the blank tables, so that editors see
 * every row and column of the template.
 */
export const checkAnnualReport =
  (strapi: Core.Strapi): DocumentMiddleware =>
  async (ctx, next) => {
    if (ctx.uid !== UID.annualReport || !WRITES.includes(ctx.action)) return next();
    return await strapi.db.transaction(async () => {
      const write = await reportWrite(strapi, ctx);
      if (write.documentId && !write.stored) return next();
      const facts = await loadReportFacts(strapi, write);
      const reasons = isPublishWrite(ctx)
        ? evaluateReportPublish(facts, chinaLocalDate(new Date()))
        : evaluateReportInput(facts);
      if (reasons.length > 0) throw refusal(reasons);
      if (ctx.action === 'create') {
        const blank = blankTables();
        const missing = TABLE_FIELDS.filter((field) => write.data[field] === undefined || write.data[field] === null);
        const filled = Object.fromEntries(missing.map((field) => [field, blank[field]]));
        ctx.params = { ...ctx.params, data: { ...write.data, ...filled } } as typeof ctx.params;
      }
      return next();
    });
  };
