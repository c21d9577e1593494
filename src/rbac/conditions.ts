import type { Core } from '@strapi/strapi';
import { departmentScope, type DepartmentNode } from '../domain/departments/scope';
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

interface ConditionUser {
  id: number | string;
  permission?: { subject?: string | null };
}

/** Department ids the admin user is a member of (assigned on the department: 部门/发布机构 → 成员). */
export const memberDepartmentIds = async (strapi: Core.Strapi, userId: number | string): Promise<number[]> => {
  const rows: { id: number }[] = await strapi.db
    .query(UID.department)
    .findMany({ where: { members: { id: Number(userId) } }, select: ['id'] });
  return rows.map((row) => row.id);
};

const scopeOf = async (strapi: Core.Strapi, userId: number | string, withDescendants: boolean) => {
  const own = await memberDepartmentIds(strapi, userId);
  const all: DepartmentNode[] = withDescendants
    ? (
        await strapi.db.query(UID.department).findMany({ select: ['id'], populate: { parent: { select: ['id'] } } })
      ).map((row: { id: number; parent: { id: number } | null }) => ({ id: row.id, parentId: row.parent?.id ?? null }))
    : [];
  return departmentScope(own, all, withDescendants);
};

/**
 * The query a role's permission is limited to. Always a query: a user in no department, or a content
 * type no department owns, matches nothing.
 */
const departmentQuery = (strapi: Core.Strapi, withDescendants: boolean) => async (user: ConditionUser) => {
  const path = DEPARTMENT_PATH[user.permission?.subject as OwnUid];
  const ids = path ? await scopeOf(strapi, user.id, withDescendants) : [];
  return { [path ?? 'id']: { $in: ids } };
};

/** Condition names are stable: renaming one orphans the role permissions that use it. */
export const departmentConditions = (strapi: Core.Strapi) => [
  {
    displayName: '属于本部门',
    name: 'own-department',
    category: '部门',
    handler: departmentQuery(strapi, false),
  },
  {
    displayName: '属于本部门及下级部门',
    name: 'own-department-and-below',
    category: '部门',
    handler: departmentQuery(strapi, true),
  },
];
