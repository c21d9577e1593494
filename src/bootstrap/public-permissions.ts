import type { Core } from '@strapi/strapi';
import {
  grantPublicAction,
  publicRoleActions,
  publicRoleId,
  revokePublicActionsExcept,
} from '../repositories/public-role';
import { factsOfUid, UID, uidsWhere } from '../uid';

/** The public read API and comment submission: what a front-end site may do without a token. */
export const PUBLIC_ACTIONS: readonly string[] = [
  ...uidsWhere((facts) => facts.public !== null).flatMap((uid) => {
    const served = factsOfUid(uid).public;
    if (!served) return [];
    if ('createOnly' in served) return [`${uid}.create`];
    return ['find', 'findOne', ...(served.moreActions ?? [])].map((action) => `${uid}.${action}`);
  }),
  'api::disclosure-catalogue.disclosure-catalogue.find',
  'api::decision-catalogue.decision-catalogue.find',
];

/** Installs before the public API recorded only this flag; it meant these four actions had been granted. */
const FIRST_GRANT_MARK = { type: 'plugin', name: 'gov-disclosure', key: 'public-permissions-granted' } as const;
const FIRST_GRANT_ACTIONS = [UID.policyDocument, UID.policyInterpretation].flatMap((uid) => [
  `${uid}.find`,
  `${uid}.findOne`,
]);
/** Every action ever granted to the Public role by this function. */
const GRANTED_ACTIONS = { type: 'plugin', name: 'gov-disclosure', key: 'public-actions-granted' } as const;

const previouslyGranted = async (strapi: Core.Strapi): Promise<readonly string[]> => {
  const granted = await strapi.store.get(GRANTED_ACTIONS);
  if (Array.isArray(granted)) return granted as string[];
  return (await strapi.store.get(FIRST_GRANT_MARK)) ? FIRST_GRANT_ACTIONS : [];
};

/**
 * Grants each public action once: a new action reaches existing installs on their next start, while an
 * action the webmaster revoked in 设置 → 用户及权限插件 → 角色 → Public stays revoked. On a fresh install
 * the plugin's own defaults (sign-up, password reset…) are taken away: a disclosure site has no public accounts.
 */
export const grantPublicPermissions = async (strapi: Core.Strapi): Promise<void> => {
  const granted = await previouslyGranted(strapi);
  const due = PUBLIC_ACTIONS.filter((action) => !granted.includes(action));
  if (due.length === 0) return;
  const roleId = await publicRoleId(strapi);
  if (roleId === null) return;
  const have = new Set(await publicRoleActions(strapi, roleId));
  if (granted.length === 0) await revokePublicActionsExcept(strapi, roleId, PUBLIC_ACTIONS);
  for (const action of due.filter((a) => !have.has(a))) await grantPublicAction(strapi, roleId, action);
  await strapi.store.set({ ...GRANTED_ACTIONS, value: [...new Set([...granted, ...PUBLIC_ACTIONS])] });
};
