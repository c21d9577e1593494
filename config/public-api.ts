import type { Core } from '@strapi/strapi';

/** Memory for cached public API answers on each instance (services/public-cache.ts); 0 turns the cache off. */
const config = ({ env }: Core.Config.Shared.ConfigParams) => ({
  cacheMegabytes: env.int('PUBLIC_API_CACHE_MB', 64),
});

export default config;
