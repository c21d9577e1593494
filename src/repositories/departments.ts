import type { Core } from '@strapi/strapi';
import type { DepartmentNode } from '../domain/departments/scope';
import { UID, type OwnUid } from '../uid';

/** Department ids the admin user is a member of (assigned on the department: 部门/发布机构 → 成员). */
export const memberDepartmentIds = async (strapi: Core.Strapi, userId: number | string): Promise<number[]> => {
  const rows: { id: number }[] = await strapi.db
    .query(UID.department)
    .findMany({ where: { members: { id: Number(userId) } }, select: ['id'] });
  return rows.map((row) => row.id);
};

/** Every department with its parent: the tree `own-and-below` scopes walk. */
export const departmentTree = async (strapi: Core.Strapi): Promise<DepartmentNode[]> =>
  (await strapi.db.query(UID.department).findMany({ select: ['id'], populate: { parent: { select: ['id'] } } })).map(
    (row: { id: number; parent: { id: number } | null }) => ({ id: row.id, parentId: row.parent?.id ?? null }),
  );

/** Ids of the comments on decision items of the departments `departmentIds`. */
export const commentIdsOfDepartments = async (
  strapi: Core.Strapi,
  departmentIds: readonly number[],
): Promise<number[]> =>
  (
    (await strapi.db.query(UID.decisionComment).findMany({
      where: { decisionItem: { department: { id: { $in: [...departmentIds] } } } },
      select: ['id'],
    })) as { id: number }[]
  ).map((comment) => comment.id);

/**
 * The department (its row id) that `documentId` of `target` stands for: the department itself, or the
 * department of a decision item (a comment's owner).
 */
export const departmentIdOf = async (
  strapi: Core.Strapi,
  target: OwnUid,
  documentId: string,
): Promise<number | null> => {
  if (target === UID.department) {
    return (await strapi.db.query(UID.department).findOne({ where: { documentId }, select: ['id'] }))?.id ?? null;
  }
  const item = await strapi.db
    .query(target)
    .findOne({ where: { documentId }, populate: { department: { select: ['id'] } } });
  return item?.department?.id ?? null;
};

export const departmentNames = async (strapi: Core.Strapi, ids: readonly number[]): Promise<string[]> =>
  (
    await strapi.db
      .query(UID.department)
      .findMany({ where: { id: { $in: [...ids] } }, select: ['name'], orderBy: { id: 'asc' } })
  ).map((row: { name: string }) => row.name);
