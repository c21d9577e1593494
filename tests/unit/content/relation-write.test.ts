import { applyRelationWrite, parseRelationWrite, refKey } from '../../../src/domain/content/relation-write';

/** Rows the resolver knows: id 1 = doc a, id 2 = doc b, id 3 = doc c. */
const rows: Record<string, string> = {
  'id:1': 'a',
  'id:2': 'b',
  'id:3': 'c',
  'doc:a': 'a',
  'doc:b': 'b',
  'doc:c': 'c',
};

const result = (value: unknown, stored: string[], toOne: boolean) => {
  const parsed = parseRelationWrite(value, toOne);
  if (!parsed.ok) return parsed.problem === 'invalid' ? { invalid: parsed.invalid } : { tooMany: parsed.count };
  return applyRelationWrite(parsed.write, stored, toOne, (ref) => rows[refKey(ref)] ?? null).targets;
};

test.each`
  label                                     | value                                                             | stored   | expected
  ${'connect 替换原值'}                     | ${{ connect: [{ documentId: 'b' }], disconnect: [] }}             | ${['a']} | ${['b']}
  ${'set 与 connect 同时提交时以 set 为准'} | ${{ set: [{ documentId: 'b' }], connect: [{ documentId: 'a' }] }} | ${['a']} | ${['b']}
  ${'空 set 也优先于 connect（清空）'}      | ${{ set: [], connect: [{ documentId: 'a' }] }}                    | ${['a']} | ${[]}
  ${'set 为 null 时按 connect'}             | ${{ set: null, connect: [{ documentId: 'b' }] }}                  | ${['a']} | ${['b']}
  ${'{ id }'}                               | ${{ id: 2 }}                                                      | ${['a']} | ${['b']}
  ${'{ documentId } 优先于 id'}             | ${{ id: 1, documentId: 'b' }}                                     | ${['a']} | ${['b']}
  ${'裸 id'}                                | ${3}                                                              | ${['a']} | ${['c']}
  ${'数字字符串按 id'}                      | ${'3'}                                                            | ${['a']} | ${['c']}
  ${'裸 documentId'}                        | ${'b'}                                                            | ${['a']} | ${['b']}
  ${'数组取最后一个'}                       | ${['a', 'b']}                                                     | ${[]}    | ${['b']}
  ${'set 数组取最后一个'}                   | ${{ set: [{ id: 1 }, { id: 3 }] }}                                | ${[]}    | ${['c']}
  ${'定位 connect（start）'}                | ${{ connect: [{ documentId: 'c', position: { start: true } }] }}  | ${['a']} | ${['c']}
  ${'只 disconnect 原值'}                   | ${{ disconnect: [{ documentId: 'a' }] }}                          | ${['a']} | ${[]}
  ${'null 清空'}                            | ${null}                                                           | ${['a']} | ${[]}
  ${'connect 多个被拒绝'}                   | ${{ connect: [{ documentId: 'a' }, { documentId: 'b' }] }}        | ${[]}    | ${{ tooMany: 2 }}
  ${'以数字开头的字符串不当作 id 猜'}       | ${'3abc'}                                                         | ${['a']} | ${{ invalid: ['3abc'] }}
  ${'小数 id 被拒绝'}                       | ${{ id: 1.5 }}                                                    | ${['a']} | ${{ invalid: ['{"id":1.5}'] }}
  ${'无法识别的对象被拒绝'}                 | ${{ foo: 1 }}                                                     | ${['a']} | ${{ invalid: ['{"foo":1}'] }}
`('单值关联：$label', ({ value, stored, expected }) => {
  expect(result(value, stored, true)).toEqual(expected);
});

test.each`
  label                               | value                                                            | stored        | expected
  ${'connect 追加'}                   | ${{ connect: [{ documentId: 'c' }] }}                            | ${['a']}      | ${['a', 'c']}
  ${'定位 connect（before）'}         | ${{ connect: [{ documentId: 'c', position: { before: 'a' } }] }} | ${['a', 'b']} | ${['a', 'b', 'c']}
  ${'disconnect 与 connect 同一条目'} | ${{ connect: [{ id: 1 }], disconnect: [{ id: 1 }] }}             | ${['a']}      | ${['a']}
  ${'set 替换全部'}                   | ${{ set: ['c'] }}                                                | ${['a', 'b']} | ${['c']}
  ${'数组即 set'}                     | ${[1, 'b']}                                                      | ${['c']}      | ${['a', 'b']}
  ${'定位参照无法识别'}               | ${{ connect: [{ documentId: 'c', position: { before: 7 } }] }}   | ${['a']}      | ${{ invalid: ['{"documentId":"c","position":{"before":7}}'] }}
`('多值关联：$label', ({ value, stored, expected }) => {
  expect(result(value, stored, false)).toEqual(expected);
});

test('增删：set 去掉的和新加的都列出', () => {
  const parsed = parseRelationWrite({ set: [{ documentId: 'b' }, { documentId: 'c' }] }, false);
  expect(parsed.ok).toBe(true);
  const change = parsed.ok
    ? applyRelationWrite(parsed.write, ['a', 'b'], false, (ref) => rows[refKey(ref)] ?? null)
    : null;
  expect(change).toEqual({ targets: ['b', 'c'], added: ['c'], removed: ['a'] });
});
