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
