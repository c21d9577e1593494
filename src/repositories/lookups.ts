import type { Core } from '@strapi/strapi';
import type { OwnUid } from '../uid';

/** Small reads by natural key, for seeding and setup: the documentId of the first row matching `where`. */
export const documentIdWhere = async (
  strapi: Core.Strapi,
  uid: OwnUid,
  where: Record<string, unknown>,
): Promise<string | null> =>
  ((await strapi.db.query(uid).findOne({ where, select: ['documentId'] })) as { documentId: string } | null)
    ?.documentId ?? null;

/** documentId of every row of `uid` by its `code` (departments, topics). */
export const documentIdsByCode = async (strapi: Core.Strapi, uid: OwnUid): Promise<Map<string, string>> => {
  const rows: { code: string; documentId: string }[] = await strapi.db
    .query(uid)
    .findMany({ select: ['code', 'documentId'] });
  return new Map(rows.map((row) => [row.code, row.documentId]));
};

/** The admin role with this stable code, if it exists. */
export const adminRoleByCode = async (strapi: Core.Strapi, code: string): Promise<{ id: number } | null> =>
  await strapi.db.query('admin::role').findOne({ where: { code }, select: ['id'] });

/** Ids of the role's permissions on any of these subjects (content types). */
export const rolePermissionIdsOn = async (
  strapi: Core.Strapi,
  roleId: number,
  subjects: readonly string[],
): Promise<number[]> =>
  (
    (await strapi.db
      .query('admin::permission')
      .findMany({ where: { role: roleId, subject: { $in: [...subjects] } }, select: ['id'] })) as { id: number }[]
  ).map((row) => row.id);
