import type { Core } from '@strapi/strapi';
import { DEPARTMENT_PATH } from '../rbac/conditions';
import { permittedIds } from '../repositories/permitted-entries';
import { isOwnUid, type OwnUid } from '../uid';

const CONTENT_MANAGER_ENTRIES = /^\/content-manager\/(collection-types|single-types)\//;
const CONTENT_MANAGER_LIST = /^\/content-manager\/collection-types\/([^/]+)$/;

type Row = Record<string, unknown> & { id: number; documentId?: string };

const isRow = (value: unknown): value is Row =>
  typeof value === 'object' && value !== null && typeof (value as { id?: unknown }).id === 'number';

/**
 * The list view shows each entry's to-one relations whole, without asking whether the user may read
 * the related entry: an own document superseded by another department's would show that document.
 * Related entries the user may not read are cut down to their ids, as the relations endpoint does.
 */
const hideUnreadableRelations = async (strapi: Core.Strapi, uid: OwnUid, rows: Row[], userAbility: unknown) => {
  const attributes = strapi.contentType(uid).attributes as unknown as Record<string, { type: string; target?: string }>;
  for (const [name, attribute] of Object.entries(attributes)) {
    const target = attribute.target;
    if (attribute.type !== 'relation' || !target || !isOwnUid(target) || !DEPARTMENT_PATH[target]) continue;
    const related = rows.map((row) => row[name]).filter(isRow);
    if (related.length === 0) continue;
    const readable = await permittedIds(strapi, userAbility, target, [...new Set(related.map((r) => r.id))]);
    for (const row of rows) {
      const value = row[name];
      if (isRow(value) && !readable.has(value.id)) row[name] = { id: value.id, documentId: value.documentId };
    }
  }
};

/**
 * The content manager checks a role's department condition on the entry itself, not on what it shows
 * of related entries. `populate` is dropped (the admin's screens never send it; relations come from the
 * relations endpoints, which apply the conditions) and the list's related entries are filtered.
 */
export const scopeContentManagerRelations = (strapi: Core.Strapi): void => {
  strapi.server.use(async (ctx, next) => {
    if (!CONTENT_MANAGER_ENTRIES.test(ctx.path)) return next();
    if (ctx.query.populate !== undefined) {
      const { populate: _ignored, ...query } = ctx.query;
      ctx.query = query;
    }
    await next();
    const uid = ctx.method === 'GET' ? ctx.path.match(CONTENT_MANAGER_LIST)?.[1] : undefined;
    const body = ctx.body as { results?: unknown } | undefined;
    if (ctx.status === 200 && uid && isOwnUid(uid) && Array.isArray(body?.results)) {
      await hideUnreadableRelations(strapi, uid, body.results.filter(isRow), ctx.state.userAbility);
    }
  });
};
