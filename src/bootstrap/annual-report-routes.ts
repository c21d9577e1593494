import type { Core } from '@strapi/strapi';
import { validateZodSchema, z } from '@strapi/utils';
import { chinaLocalDate } from '../domain/dates';
import { ANNUAL_REPORT_DEADLINES_ACTION } from '../rbac/actions';
import { lateAnnualReports } from '../services/annual-report-deadlines';
import { checkMayUpdateReport, prefillReport } from '../services/annual-report-prefill';

type KoaContext = Parameters<Core.MiddlewareHandler>[0];

const deadlineQuery = z.object({
  year: z.coerce
    .number({ error: '年度须为四位数字，如 2025' })
    .int({ error: '年度须为四位数字，如 2025' })
    .min(2000, { error: '年度须在 2000 至 2100 之间' })
    .max(2100, { error: '年度须在 2000 至 2100 之间' })
    .optional(),
});

const prefillBody = z.object({
  overwrite: z.boolean({ error: 'overwrite 须为 true 或 false（是否覆盖编辑已填写的不同数字）' }).optional(),
});

/**
 * GET /gov-annual-report/overdue?year= (admin API, 年度报告督办 permission): departments whose report for
 * the year (default: last year) is late or unpublished after 31 January / 31 March, with days late.
 *
 * POST /gov-annual-report/:documentId/prefill {overwrite?} (admin API, admin login required, update
 * permission on the report): fills 表二's 行政规范性文件 row and 一 总体情况 from the system's data and
 * answers what was filled and which entered values differ (kept unless `overwrite`).
 */
export const registerAnnualReportRoutes = (strapi: Core.Strapi): void => {
  strapi.server.routes({
    type: 'admin',
    prefix: '/gov-annual-report',
    routes: [
      {
        method: 'GET',
        path: '/overdue',
        config: {
          policies: [
            'admin::isAuthenticatedAdmin',
            { name: 'admin::hasPermissions', config: { actions: [ANNUAL_REPORT_DEADLINES_ACTION] } },
          ],
        },
        info: { apiName: 'annual-report' },
        handler: async (ctx: KoaContext) => {
          const today = chinaLocalDate(new Date());
          const { year = Number(today.slice(0, 4)) - 1 } = await validateZodSchema(deadlineQuery)(ctx.query);
          ctx.body = { data: await lateAnnualReports(strapi, year, today), meta: { year, today } };
        },
      },
      {
        method: 'POST',
        path: '/:documentId/prefill',
        config: { policies: ['admin::isAuthenticatedAdmin'] },
        info: { apiName: 'annual-report' },
        handler: async (ctx: KoaContext) => {
          const { documentId } = (ctx as KoaContext & { params: { documentId: string } }).params;
          const { overwrite } = await validateZodSchema(prefillBody)(ctx.request.body ?? {});
          await checkMayUpdateReport(strapi, ctx.state.userAbility, documentId);
          ctx.body = { data: await prefillReport(strapi, documentId, overwrite === true) };
        },
      },
    ],
  });
};
