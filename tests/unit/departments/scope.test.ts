import {
  canAssignDepartment,
  departmentAccess,
  departmentScope,
  type DepartmentNode,
} from '../../../src/domain/departments/scope';

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

test.each`
  label                               | grants                      | own    | expected
  ${'无条件的权限覆盖全部部门'}       | ${['own', 'all']}           | ${[3]} | ${{ kind: 'all' }}
  ${'属于本部门'}                     | ${['own']}                  | ${[3]} | ${{ kind: 'some', ids: [3] }}
  ${'属于本部门及下级部门'}           | ${['own-and-below']}        | ${[3]} | ${{ kind: 'some', ids: [3, 5] }}
  ${'两个条件取并集'}                 | ${['own', 'own-and-below']} | ${[1]} | ${{ kind: 'some', ids: [1, 2, 3, 4, 5] }}
  ${'不属于任何部门的账号什么都不能'} | ${['own']}                  | ${[]}  | ${{ kind: 'some', ids: [] }}
`('departmentAccess：$label', ({ grants, own, expected }) => {
  expect(departmentAccess(grants, own, district)).toEqual(expected);
});

test.each`
  label                     | access                           | departmentId | expected
  ${'全部部门：任意部门'}   | ${{ kind: 'all' }}               | ${4}         | ${true}
  ${'全部部门：不选部门'}   | ${{ kind: 'all' }}               | ${null}      | ${true}
  ${'本部门'}               | ${{ kind: 'some', ids: [3, 5] }} | ${5}         | ${true}
  ${'其他部门'}             | ${{ kind: 'some', ids: [3, 5] }} | ${4}         | ${false}
  ${'受限账号不能不选部门'} | ${{ kind: 'some', ids: [3] }}    | ${null}      | ${false}
`('canAssignDepartment：$label', ({ access, departmentId, expected }) => {
  expect(canAssignDepartment(access, departmentId)).toBe(expected);
});
