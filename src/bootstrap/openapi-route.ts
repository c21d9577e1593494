import type { Core } from '@strapi/strapi';
import { PUBLIC_API_DOCUMENT } from '../openapi/public-api';

/**
 * GET /api/openapi.json: the public API's OpenAPI document. `auth: false` serves it without a token
 * and without a users-permissions action, so the Public role needs no extra grant.
 */
export const registerOpenApiRoute = (strapi: Core.Strapi): void => {
  strapi.server.routes({
    type: 'content-api',
    routes: [
      {
        method: 'GET',
        path: '/openapi.json',
        config: { auth: false },
        info: { apiName: 'openapi' },
        handler: (ctx: Parameters<Core.MiddlewareHandler>[0]) => {
          ctx.set('Cache-Control', 'public, max-age=60');
          ctx.body = PUBLIC_API_DOCUMENT;
        },
      },
    ],
  });
};
