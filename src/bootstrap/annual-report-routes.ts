import type { Core } from '@strapi/strapi';
import { validateZodSchema, z } from '@strapi/utils';
import { checkMayUpdateReport, prefillReport } from '../services/annual-report-prefill';

type KoaContext = Parameters<Core.MiddlewareHandler>[0];

const prefillBody = z.object({
  overwrite: z.boolean({ error: 'overwrite 须为 true 或 false（是否覆盖编辑已填写的不同数字）' }).optional(),
});

/**
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
