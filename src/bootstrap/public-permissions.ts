import type { Core } from '@strapi/strapi';
import { UID } from '../uid';

/** What a front-end site may read without a token. Granted once; the webmaster may change it later. */
export const PUBLIC_ACTIONS: readonly string[] = [
  `${UID.policyDocument}.find`,
  `${UID.policyDocument}.findOne`,
  `${UID.policyInterpretation}.find`,
  `${UID.policyInterpretation}.findOne`,
];

const GRANTED_MARK = { type: 'plugin', name: 'gov-disclosure', key: 'public-permissions-granted' } as const;

export const grantPublicReadPermissions = async (strapi: Core.Strapi): Promise<void> => {
  if (await strapi.store.get(GRANTED_MARK)) return;
  const role = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
  if (!role) return;
  const existing: { action: string }[] = await strapi.db
    .query('plugin::users-permissions.permission')
    .findMany({ where: { role: role.id }, select: ['action'] });
  const have = new Set(existing.map((p) => p.action));
  for (const action of PUBLIC_ACTIONS.filter((a) => !have.has(a))) {
    await strapi.db.query('plugin::users-permissions.permission').create({ data: { action, role: role.id } });
  }
  await strapi.store.set({ ...GRANTED_MARK, value: true });
};
