import type { Core } from '@strapi/strapi';

/**
 * Memory for cached public API answers on each instance (services/public-cache.ts); 0 turns the cache off.
 * Public comments: submissions per client per window (all instances on one database together) and
 * comments per decision item per China calendar day (services/comment-intake.ts).
 */
const config = ({ env }: Core.Config.Shared.ConfigParams) => ({
  cacheMegabytes: env.int('PUBLIC_API_CACHE_MB', 64),
  comments: {
    perClient: env.int('COMMENT_LIMIT_PER_CLIENT', 5),
    windowSeconds: env.int('COMMENT_LIMIT_WINDOW_SECONDS', 600),
    perItemPerDay: env.int('COMMENT_LIMIT_PER_ITEM_PER_DAY', 500),
  },
});

export default config;
