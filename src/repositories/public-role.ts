import type { Core } from '@strapi/strapi';

const PERMISSION = 'plugin::users-permissions.permission';

/** The users-permissions Public role: what a visitor without a token may call. */
export const publicRoleId = async (strapi: Core.Strapi): Promise<number | null> =>
  (
    (await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } })) as {
      id: number;
    } | null
  )?.id ?? null;

export const publicRoleActions = async (strapi: Core.Strapi, roleId: number): Promise<string[]> =>
  (
    (await strapi.db.query(PERMISSION).findMany({ where: { role: roleId }, select: ['action'] })) as {
      action: string;
    }[]
  ).map((permission) => permission.action);

export const revokePublicActionsExcept = async (
  strapi: Core.Strapi,
  roleId: number,
  keep: readonly string[],
): Promise<void> => {
  await strapi.db.query(PERMISSION).deleteMany({ where: { role: roleId, action: { $notIn: [...keep] } } });
};

export const grantPublicAction = async (strapi: Core.Strapi, roleId: number, action: string): Promise<void> => {
  await strapi.db.query(PERMISSION).create({ data: { action, role: roleId } });
};
