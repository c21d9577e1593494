import type { Core } from '@strapi/strapi';
import {
  departmentAccess,
  departmentScope,
  type DepartmentAccess,
  type DepartmentGrant,
} from '../domain/departments/scope';
import { commentIdsOfDepartments, departmentTree, memberDepartmentIds } from '../repositories/departments';
import { UID, type OwnUid } from '../uid';

/** The relation path from each content type to the department that owns its items. */
export const DEPARTMENT_PATH: Partial<Record<OwnUid, string>> = {
  [UID.policyDocument]: 'issuingDepartment.id',
  [UID.policyInterpretation]: 'interpretingDepartment.id',
  [UID.decisionItem]: 'department.id',
  [UID.annualReport]: 'department.id',
  [UID.decisionComment]: 'decisionItem.department.id',
  [UID.department]: 'id',
};

/** Condition ids as stored on role permissions: stable, renaming one orphans the permissions using it. */
export const OWN_DEPARTMENT_CONDITION = 'api::own-department';
export const OWN_DEPARTMENT_AND_BELOW_CONDITION = 'api::own-department-and-below';

interface ConditionUser {
  id: number | string;
  permission?: { subject?: string | null };
}

const scopeOf = async (strapi: Core.Strapi, userId: number | string, withDescendants: boolean) =>
  departmentScope(
    await memberDepartmentIds(strapi, userId),
    withDescendants ? await departmentTree(strapi) : [],
    withDescendants,
  );

/**
 * The query a role's permission is limited to. Always a query: a user in no department, or a content
 * type no department owns, matches nothing.
 */
const departmentQuery = (strapi: Core.Strapi, withDescendants: boolean) => async (user: ConditionUser) => {
  const subject = user.permission?.subject as OwnUid;
  const path = DEPARTMENT_PATH[subject];
  const ids = path ? await scopeOf(strapi, user.id, withDescendants) : [];
  if (subject === UID.decisionComment) {
    // The admin checks a single comment in memory, with its decision item not loaded (a draft-only item
    // is not populated from a comment), so the condition names the comments themselves.
    return { id: { $in: await commentIdsOfDepartments(strapi, ids) } };
  }
  return { [path ?? 'id']: { $in: ids } };
};

export const departmentConditions = (strapi: Core.Strapi) => [
  {
    displayName: '属于本部门',
    name: OWN_DEPARTMENT_CONDITION.replace('api::', ''),
    category: '部门',
    handler: departmentQuery(strapi, false),
  },
  {
    displayName: '属于本部门及下级部门',
    name: OWN_DEPARTMENT_AND_BELOW_CONDITION.replace('api::', ''),
    category: '部门',
    handler: departmentQuery(strapi, true),
  },
];

/**
 * How far one stored permission reaches. A permission's conditions are alternatives (Strapi ORs them),
 * so any condition that is not about departments lets the permission reach every department.
 */
const grantOf = (conditions: readonly string[]): DepartmentGrant => {
  if (conditions.length === 0) return 'all';
  if (conditions.some((c) => c !== OWN_DEPARTMENT_CONDITION && c !== OWN_DEPARTMENT_AND_BELOW_CONDITION)) return 'all';
  return conditions.includes(OWN_DEPARTMENT_AND_BELOW_CONDITION) ? 'own-and-below' : 'own';
};

/** The departments an admin user may give items to under their permissions for `action` on `subject`. */
export const departmentAccessOf = async (
  strapi: Core.Strapi,
  userId: number,
  action: string,
  subject: OwnUid,
): Promise<DepartmentAccess> => {
  const permissions: { action: string; subject: string | null; conditions: string[] | null }[] = await strapi
    .service('admin::permission')
    .findUserPermissions({ id: userId });
  const grants = permissions
    .filter((permission) => permission.action === action && permission.subject === subject)
    .map((permission) => grantOf(permission.conditions ?? []));
  if (grants.includes('all')) return { kind: 'all' };
  return departmentAccess(grants, await memberDepartmentIds(strapi, userId), await departmentTree(strapi));
};
