import type { Core } from '@strapi/strapi';
import { FIELD_LABELS } from '../domain/content/labels';
import { canAssignDepartment, departmentOutOfScope } from '../domain/departments/scope';
import { departmentAccessOf, DEPARTMENT_PATH } from '../rbac/conditions';
import { resolveRelationInput } from '../repositories/relations';
import { departmentIdOf, departmentNames } from '../repositories/departments';
import { storedTargets } from '../repositories/stored-entries';
import { currentAdminUser } from '../services/actor';
import { isOwnUid, typeName, UID, type OwnUid } from '../uid';
import { inputRefused } from './validate-content-input';
import { writableEntryOf, writeParams, type DocumentMiddleware } from './write-actions';

/**
 * The content manager checks a role's department condition against the stored item only, never against
 * what is submitted (STYLE.md, "Publish paths"): without this, an editor could create an item for another
 * department or move their own item there. Writes without an admin user (seeds, the content API under
 * its own permissions, code) are not limited to a department.
 */
export const checkDepartmentAssignment =
  (strapi: Core.Strapi): DocumentMiddleware =>
  async (ctx, next) => {
    if (!isOwnUid(ctx.uid) || (ctx.action !== 'create' && ctx.action !== 'update')) return next();
    const uid = ctx.uid;
    const field = DEPARTMENT_PATH[uid]?.split('.')[0];
    const user = currentAdminUser(strapi);
    if (!field || field === 'id' || !user) return next();
    const data = writeParams(ctx).data ?? {};
    if (ctx.action === 'update' && !(field in data)) return next();

    const target = (strapi.contentType(uid).attributes[field] as unknown as { target: OwnUid }).target;
    const stored = await writableEntryOf(strapi, ctx);
    const [chosen] = (await resolveRelationInput(strapi, target, data[field], storedTargets(stored?.[field]), true))
      .targets;
    const departmentId = chosen ? await departmentIdOf(strapi, target, chosen) : null;
    const access = await departmentAccessOf(strapi, user.id, `plugin::content-manager.explorer.${ctx.action}`, uid);
    if (canAssignDepartment(access, departmentId)) {
      if (target === UID.department) {
        // Stored in the one form that was checked, whatever form was submitted.
        const checked = chosen ? { set: [{ documentId: chosen }] } : null;
        ctx.params = { ...ctx.params, data: { ...data, [field]: checked } } as typeof ctx.params;
      }
      return next();
    }

    const allowed = access.kind === 'some' ? await departmentNames(strapi, access.ids) : [];
    throw inputRefused([
      departmentOutOfScope(field, (FIELD_LABELS[typeName(uid)] as Record<string, string>)[field] ?? field, allowed),
    ]);
  };
