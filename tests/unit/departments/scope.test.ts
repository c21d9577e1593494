import { departmentScope, type DepartmentNode } from '../../../src/domain/departments/scope';

/** 区政府(1) → 区府办(2)、教育局(3) → 临江街道(4，隶属 1)；教育局下设 学校(5)。 */
const district: DepartmentNode[] = [
  { id: 1, parentId: null },
  { id: 2, parentId: 1 },
  { id: 3, parentId: 1 },
  { id: 4, parentId: 1 },
  { id: 5, parentId: 3 },
];

test.each`
  label                     | own       | withDescendants | expected
  ${'本部门'}               | ${[3]}    | ${false}        | ${[3]}
  ${'本部门及下级：教育局'} | ${[3]}    | ${true}         | ${[3, 5]}
  ${'本部门及下级：区政府'} | ${[1]}    | ${true}         | ${[1, 2, 3, 4, 5]}
  ${'多个部门'}             | ${[2, 4]} | ${true}         | ${[2, 4]}
  ${'不属于任何部门'}       | ${[]}     | ${true}         | ${[]}
`('departmentScope：$label', ({ own, withDescendants, expected }) => {
  expect(departmentScope(own, district, withDescendants)).toEqual(expected);
});

test('数据中有环也不会死循环', () => {
  const cyclic: DepartmentNode[] = [
    { id: 1, parentId: 2 },
    { id: 2, parentId: 1 },
  ];
  expect(departmentScope([1], cyclic, true)).toEqual([1, 2]);
});
