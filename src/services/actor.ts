import type { Core } from '@strapi/strapi';
import { FORCE_PUBLISH_ACTION } from '../rbac/actions';
import type { Actor } from '../domain/publish-gate/facts';

interface RequestState {
  user?: { id?: number; firstname?: string; lastname?: string; email?: string };
  userAbility?: { can(action: string, subject?: unknown): boolean };
  auth?: { strategy?: { name?: string } };
}

const requestState = (strapi: Core.Strapi): RequestState | null =>
  (strapi.requestContext.get()?.state as RequestState | undefined) ?? null;

/** The admin user behind the current request; null for the content API and for code. */
export const currentAdminUser = (strapi: Core.Strapi): { id: number; name: string } | null => {
  const state = requestState(strapi);
  if (state?.auth?.strategy?.name !== 'admin' || !state.user?.id) return null;
  const { id, firstname, lastname, email } = state.user;
  return { id, name: [lastname, firstname].filter(Boolean).join('') || email || `#${id}` };
};

/** The admin user behind the current request with their abilities, for permission queries; null otherwise. */
export const currentAdminAbility = (strapi: Core.Strapi): { id: number; ability: unknown } | null => {
  const state = requestState(strapi);
  const user = currentAdminUser(strapi);
  return user && state?.userAbility ? { id: user.id, ability: state.userAbility } : null;
};

/** Rights of whoever is acting now. API tokens and code have none beyond the rules. */
export const currentActor = (strapi: Core.Strapi): Actor => {
  const state = requestState(strapi);
  const isAdmin = state?.auth?.strategy?.name === 'admin';
  return {
    id: isAdmin ? (state?.user?.id ?? null) : null,
    canForcePublish: isAdmin && state?.userAbility?.can(FORCE_PUBLISH_ACTION) === true,
  };
};

/** Who is acting, as a record shows it: the admin's name, 接口 for the content API, 系统 for code. */
export const actorName = (strapi: Core.Strapi): string =>
  currentAdminUser(strapi)?.name ?? (requestState(strapi) ? '接口' : '系统');
