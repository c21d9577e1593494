import type { Core } from '@strapi/strapi';
import { decisionCatalogue, parseCatalogueYear } from '../../../domain/public-api/decision-catalogue';
import { publicDecisions } from '../../../repositories/public-content';
import {
  answerPublicGet,
  checkDetailQuery,
  invalidRequest,
  today,
  type PublicContext,
} from '../../../services/public-api';
import { DECISION_LIST } from '../../../domain/public-api/specs';

/** Path parameters, which koa-router adds to the context Strapi's types describe. */
const yearParam = (ctx: PublicContext): string =>
  (ctx as PublicContext & { params: { year?: string } }).params.year ?? '';

/**
 * 重大行政决策事项目录 of one year: every published item in catalogue order, each with its stage, the date
 * each stage was reached (or that it was passed over), which materials it has and its result document.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  find: (ctx: PublicContext) =>
    answerPublicGet(strapi, ctx, async () => {
      checkDetailQuery(ctx, DECISION_LIST);
      const year = parseCatalogueYear(yearParam(ctx));
      if (!year.ok) throw invalidRequest(year.problem);
      const rows = await publicDecisions.catalogue(strapi, year.value);
      return { payload: decisionCatalogue(year.value, rows, today()) };
    }),
});
