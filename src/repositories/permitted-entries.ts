import type { Core } from '@strapi/strapi';
import type { OwnUid } from '../uid';

export type ContentManagerAction = 'read' | 'update';

interface PermissionChecker {
  cannot: Record<ContentManagerAction, () => boolean>;
  sanitizedQuery: Record<ContentManagerAction, (query: Record<string, unknown>) => Promise<Record<string, unknown>>>;
}

/**
 * The entries among `where` of `target` that the admin user's permission for `action` (with its
 * conditions, e.g. 属于本部门) reaches, as the content manager itself builds that query.
 */
const permittedRows = async (
  strapi: Core.Strapi,
  userAbility: unknown,
  target: OwnUid,
  action: ContentManagerAction,
  filters: Record<string, unknown>,
): Promise<{ id: number; documentId: string }[]> => {
  const checker: PermissionChecker = strapi
    .plugin('content-manager')
    .service('permission-checker')
    .create({ userAbility, model: target });
  if (checker.cannot[action]()) return [];
  const query = await checker.sanitizedQuery[action]({ filters, fields: ['id', 'documentId'] });
  return strapi.db.query(target).findMany(strapi.get('query-params').transform(target, query));
};

/** ids among `ids` the user may `action`. */
export const permittedIds = async (
  strapi: Core.Strapi,
  userAbility: unknown,
  target: OwnUid,
  ids: readonly number[],
  action: ContentManagerAction = 'read',
): Promise<Set<number>> =>
  new Set((await permittedRows(strapi, userAbility, target, action, { id: { $in: [...ids] } })).map((row) => row.id));

/** documentIds among `documentIds` the user may `action`. */
export const permittedDocumentIds = async (
  strapi: Core.Strapi,
  userAbility: unknown,
  target: OwnUid,
  documentIds: readonly string[],
  action: ContentManagerAction,
): Promise<Set<string>> =>
  documentIds.length === 0
    ? new Set()
    : new Set(
        (await permittedRows(strapi, userAbility, target, action, { documentId: { $in: [...documentIds] } })).map(
          (row) => row.documentId,
        ),
      );
