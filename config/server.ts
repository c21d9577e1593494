import type { Core } from '@strapi/strapi';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Server => ({
  host: env('HOST', '0.0.0.0'),
  port: env.int('PORT', 1337),
  app: { keys: env.array('APP_KEYS') ?? [] },
  cron: { enabled: env.bool('CRON_ENABLED', true) },
  // Behind a reverse proxy, the client's address (which the comment limit counts) is in X-Forwarded-For.
  proxy: { koa: env.bool('TRUST_PROXY', false) },
});

export default config;
