import type { Core } from '@strapi/strapi';
import { validateZodSchema, z } from '@strapi/utils';
import { exportArchive, exportCatalogue, markFailed, markTransferred } from '../services/archive-batches';
import { ARCHIVE_ACTION } from '../rbac/actions';

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

/** GET /batches/:batchNumber/<file>: one export of a batch, downloaded under a Chinese file name. */
const batchDownload = (
  strapi: Core.Strapi,
  file: string,
  type: string,
  filename: (batch: string) => string,
  produce: (strapi: Core.Strapi, batch: string) => Promise<string | Buffer>,
) => ({
  method: 'GET' as const,
  path: `/batches/:batchNumber/${file}`,
  config: onlyArchivists,
  info,
  handler: async (ctx: KoaContext) => {
    const batch = batchNumberOf(ctx);
    ctx.type = type;
    ctx.set('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(filename(batch))}`);
    ctx.body = await produce(strapi, batch);
  },
});

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
      batchDownload(
        strapi,
        'catalogue.csv',
        'text/csv; charset=utf-8',
        (batch) => `送交目录-${batch}.csv`,
        exportCatalogue,
      ),
      batchDownload(strapi, 'archive.tar', 'application/x-tar', (batch) => `归档移交-${batch}.tar`, exportArchive),
    ],
  });
};
