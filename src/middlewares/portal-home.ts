import type { Core } from '@strapi/strapi';

/**
 * `strapi::public` answers `/` with a redirect to the admin. The demo portal is public/index.html, so `/` is
 * served as that file instead; the admin stays at /admin.
 */
const portalHome: Core.MiddlewareFactory = () => async (ctx, next) => {
  if ((ctx.method === 'GET' || ctx.method === 'HEAD') && ctx.path === '/') ctx.path = '/index.html';
  await next();
};

export default portalHome;
