import type { FieldErrorCode } from '../content/validate-input';
import type { Reason } from '../reasons';

/** A department and its place in the hierarchy 区政府 → 区府办/部门 → 街道/镇. */
export interface DepartmentNode {
  id: number;
  parentId: number | null;
}

/**
 * The departments a user acts for: their own, and with `withDescendants` every department below them
 * (a government over its offices and streets). Cycles in bad data cannot loop.
 */
export const departmentScope = (
  own: readonly number[],
  all: readonly DepartmentNode[],
  withDescendants: boolean,
): number[] => {
  const scope = new Set(own);
  if (!withDescendants) return [...scope].sort((a, b) => a - b);
  const children = new Map<number, number[]>();
  for (const { id, parentId } of all) {
    if (parentId !== null) children.set(parentId, [...(children.get(parentId) ?? []), id]);
  }
  const queue = [...own];
  while (queue.length > 0) {
    const current = queue.shift() as number;
    for (const child of children.get(current) ?? []) {
      if (!scope.has(child)) {
        scope.add(child);
        queue.push(child);
      }
    }
  }
  return [...scope].sort((a, b) => a - b);
};

/** How far one permission reaches: every department, or those of the user (and below). */
export type DepartmentGrant = 'all' | 'own' | 'own-and-below';

/** The departments a user may assign content to under a set of permissions for one action. */
export type DepartmentAccess = { kind: 'all' } | { kind: 'some'; ids: readonly number[] };

/**
 * Permissions add up: one unconditioned permission reaches every department, otherwise the union of
 * what each condition reaches.
 */
export const departmentAccess = (
  grants: readonly DepartmentGrant[],
  own: readonly number[],
  all: readonly DepartmentNode[],
): DepartmentAccess => {
  if (grants.includes('all')) return { kind: 'all' };
  return { kind: 'some', ids: departmentScope(own, all, grants.includes('own-and-below')) };
};

/**
 * Whether a write may leave an item owned by `departmentId` (null: by none). A user limited to some
 * departments may neither hand an item to another department nor leave it without one, which would
 * hide it from them and from their reviewers.
 */
export const canAssignDepartment = (access: DepartmentAccess, departmentId: number | null): boolean =>
  access.kind === 'all' || (departmentId !== null && access.ids.includes(departmentId));

/**
 * The refusal for a department outside the user's scope: names the departments they may choose, or
 * says that their account belongs to none yet.
 */
export const departmentOutOfScope = (
  field: string,
  label: string,
  allowedNames: readonly string[],
): Reason<FieldErrorCode> => ({
  path: [field],
  code: 'DEPARTMENT_OUT_OF_SCOPE',
  message:
    allowedNames.length === 0
      ? `您的账号尚未加入任何部门，不能保存${label}；请网站管理员在“部门/发布机构”的“成员”中添加您的账号`
      : `${label}只能选择您所属的部门：${allowedNames.join('、')}`,
});
