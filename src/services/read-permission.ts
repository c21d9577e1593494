import type { Core } from '@strapi/strapi';
import { idsMatchingQuery } from '../repositories/lookups';
import type { OwnUid } from '../uid';

interface PermissionChecker {
  cannot: { read(): boolean };
  sanitizedQuery: { read(query: Record<string, unknown>): Promise<Record<string, unknown>> };
}

/** Row ids of `target` matching `filters` that the user's read permission (with its conditions) reaches. */
export const readableIds = async (
  strapi: Core.Strapi,
  userAbility: unknown,
  target: OwnUid,
  filters: Record<string, unknown>,
): Promise<Set<number>> => {
  const checker: PermissionChecker = strapi
    .plugin('content-manager')
    .service('permission-checker')
    .create({ userAbility, model: target });
  if (checker.cannot.read()) return new Set();
  const query = await checker.sanitizedQuery.read({ filters, fields: ['id'] });
  return new Set(await idsMatchingQuery(strapi, target, query));
};
