import type { Core } from '@strapi/strapi';
import { LRUCache } from 'lru-cache';
import {
  raisePublicContentVersion as raiseVersion,
  readPublicContentVersion as readVersion,
} from '../repositories/public-content-version';

/**
 * Public answers are kept in memory, keyed by the request and the shared public-content version, which
 * every instance raises after a write to public content commits. A request reads that version (one
 * primary-key read), so a publish on any instance makes every instance recompute at its next request.
 */
export interface CachedAnswer {
  body: string;
  etag: string;
  lastModified: string | null;
}

interface PublicCache {
  answers: LRUCache<string, CachedAnswer, () => Promise<CachedAnswer>>;
  version: string | null;
}

/** Version raises this instance has started after a commit and not yet finished. */
const pendingRaises = new WeakMap<Core.Strapi, Set<Promise<void>>>();

const DEFAULT_CACHE_MEGABYTES = 64;
/** What one cached answer costs beyond its body, key and tags: the map entry and its bookkeeping. */
const ENTRY_OVERHEAD_BYTES = 512;

const caches = new WeakMap<Core.Strapi, PublicCache | null>();

const cacheOf = (strapi: Core.Strapi): PublicCache | null => {
  if (caches.has(strapi)) return caches.get(strapi) ?? null;
  const megabytes = Number(strapi.config.get('public-api.cacheMegabytes', DEFAULT_CACHE_MEGABYTES));
  const cache =
    megabytes > 0
      ? {
          answers: new LRUCache<string, CachedAnswer, () => Promise<CachedAnswer>>({
            maxSize: megabytes * 1024 * 1024,
            // UTF-16 in memory: two bytes per character, Chinese text included. The key counts too: it
            // holds the whole query string, which a client can make as long as the URL allows.
            sizeCalculation: (answer, key) =>
              (answer.body.length + key.length + answer.etag.length + (answer.lastModified?.length ?? 0)) * 2 +
              ENTRY_OVERHEAD_BYTES,
            // Concurrent requests for the same missing answer share one computation.
            fetchMethod: (_key, _stale, { context }) => context(),
          }),
          version: null,
        }
      : null;
  caches.set(strapi, cache);
  return cache;
};

/**
 * Marks every instance's cached public answers stale. Raised only once the write is committed: raised
 * earlier, another instance could read the new version with the old rows and keep them under it.
 */
export const markPublicContentChanged = async (strapi: Core.Strapi): Promise<void> => {
  if (!strapi.db.inTransaction()) {
    await raiseVersion(strapi);
    return;
  }
  await strapi.db.transaction(async ({ onCommit }) => {
    // Strapi runs commit callbacks without waiting for them; the next public read here waits instead.
    onCommit(() => {
      const pending = pendingRaises.get(strapi) ?? new Set<Promise<void>>();
      pendingRaises.set(strapi, pending);
      const raise = raiseVersion(strapi)
        .catch((error: unknown) => {
          strapi.log.error(`公开内容版本号未能更新：${String(error)}`);
        })
        .finally(() => pending.delete(raise));
      pending.add(raise);
    });
  });
};

/**
 * The answer to the request `requestKey` (method, path and query), computed by `compute` unless the
 * same request was answered since public content last changed. Errors `compute` throws are not kept.
 */
export const cachedAnswer = async (
  strapi: Core.Strapi,
  requestKey: string,
  compute: () => Promise<CachedAnswer>,
): Promise<CachedAnswer> => {
  const cache = cacheOf(strapi);
  if (!cache) return compute();
  await Promise.all(pendingRaises.get(strapi) ?? []);
  const version = await readVersion(strapi);
  if (version !== cache.version) {
    // Answers under an older version can never be asked for again.
    cache.answers.clear();
    cache.version = version;
  }
  return (await cache.answers.fetch(`${version} ${requestKey}`, { context: compute })) ?? compute();
};
