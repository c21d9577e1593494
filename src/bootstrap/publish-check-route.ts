import type { Core } from '@strapi/strapi';
import { documentPublishCheck } from '../services/publish-check';

type KoaContext = Parameters<Core.MiddlewareHandler>[0];

interface CheckContext {
  params: { documentId: string };
  state: { userAbility: Parameters<typeof documentPublishCheck>[1] };
}

/**
 * GET /gov-publish-check/documents/:documentId (admin API, any signed-in admin who may read the
 * document): what the publish gate would answer now, for the edit view's 发布检查 panel and publish dialog.
 */
export const registerPublishCheckRoute = (strapi: Core.Strapi): void => {
  strapi.server.routes({
    type: 'admin',
    prefix: '/gov-publish-check',
    routes: [
      {
        method: 'GET',
        path: '/documents/:documentId',
        config: { policies: ['admin::isAuthenticatedAdmin'] },
        info: { apiName: 'policy-document' },
        handler: async (ctx: KoaContext) => {
          const { params, state } = ctx as KoaContext & CheckContext;
          ctx.body = { data: await documentPublishCheck(strapi, state.userAbility, params.documentId, new Date()) };
        },
      },
    ],
  });
};
