import type { Core } from '@strapi/strapi';
import { validateZodSchema, z } from '@strapi/utils';
import { exportArchive, exportCatalogue, markFailed, markTransferred } from '../services/archive-batches';
import { ARCHIVE_ACTION } from './permissions';

const selection = z.object({
  ids: z.array(z.string({ error: '归档移交项编号须为文本' }), { error: '请选择归档移交项（ids 为编号数组）' }),
});
const transferBody = selection.extend({ batchNumber: z.string({ error: '请填写移交批次号' }) });
const failBody = selection.extend({ reason: z.string({ error: '请填写移交失败的原因' }) });

const info = { apiName: 'archive-transfer' };

const onlyArchivists = {
  policies: ['admin::isAuthenticatedAdmin', { name: 'admin::hasPermissions', config: { actions: [ARCHIVE_ACTION] } }],
};

type KoaContext = Parameters<Core.MiddlewareHandler>[0];

/** Path parameters, which koa-router adds to the context Strapi's types describe. */
const batchNumberOf = (ctx: KoaContext): string =>
  (ctx as KoaContext & { params: { batchNumber: string } }).params.batchNumber;

/**
 * The archivist's actions on the queue (admin API, admin login required, 档案移交 permission):
 * POST /gov-archive/transfer {ids, batchNumber} · POST /gov-archive/fail {ids, reason}
 * GET /gov-archive/batches/:batchNumber/catalogue.csv · GET /gov-archive/batches/:batchNumber/archive.tar
 */
export const registerArchiveRoutes = (strapi: Core.Strapi): void => {
  strapi.server.routes({
    type: 'admin',
    prefix: '/gov-archive',
    routes: [
      {
        method: 'POST',
        path: '/transfer',
        config: onlyArchivists,
        info,
        handler: async (ctx: KoaContext) => {
          const { ids, batchNumber } = await validateZodSchema(transferBody)(ctx.request.body ?? {});
          ctx.body = { data: await markTransferred(strapi, ids, batchNumber, new Date()) };
        },
      },
      {
        method: 'POST',
        path: '/fail',
        config: onlyArchivists,
        info,
        handler: async (ctx: KoaContext) => {
          const { ids, reason } = await validateZodSchema(failBody)(ctx.request.body ?? {});
          ctx.body = { data: await markFailed(strapi, ids, reason) };
        },
      },
      {
        method: 'GET',
        path: '/batches/:batchNumber/catalogue.csv',
        config: onlyArchivists,
        info,
        handler: async (ctx: KoaContext) => {
          ctx.type = 'text/csv; charset=utf-8';
          ctx.set(
            'Content-Disposition',
            `attachment; filename*=UTF-8''${encodeURIComponent(`送交目录-${batchNumberOf(ctx)}.csv`)}`,
          );
          ctx.body = await exportCatalogue(strapi, batchNumberOf(ctx));
        },
      },
      {
        method: 'GET',
        path: '/batches/:batchNumber/archive.tar',
        config: onlyArchivists,
        info,
        handler: async (ctx: KoaContext) => {
          ctx.type = 'application/x-tar';
          ctx.set(
            'Content-Disposition',
            `attachment; filename*=UTF-8''${encodeURIComponent(`归档移交-${batchNumberOf(ctx)}.tar`)}`,
          );
          ctx.body = await exportArchive(strapi, batchNumberOf(ctx));
        },
      },
    ],
  });
};
