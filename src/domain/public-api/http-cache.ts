import { createHash } from 'crypto';

/** Every public GET may be cached by browsers and proxies for a minute. */
export const PUBLIC_CACHE_CONTROL = 'public, max-age=60';

/** A weak validator: the same JSON body always gives the same tag, any change gives another. */
export const weakEtag = (body: string): string =>
  `W/"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;

/** `If-None-Match` (a list of tags, or `*`) matches by weak comparison (RFC 9110 §13.1.2). */
export const etagMatches = (ifNoneMatch: string | undefined, etag: string): boolean => {
  if (!ifNoneMatch) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === opaque(etag));
};
