import { checkBodyShape, checkContentType } from '../../../src/domain/requests/body-limits';

const nested = (depth: number): unknown => {
  let value: unknown = 'x';
  for (let i = 0; i < depth; i += 1) value = [value];
  return value;
};

test.each`
  label             | body                                                                        | expected
  ${'普通对象'}     | ${{ title: '通知', issuingDepartment: { connect: [{ documentId: 'a' }] } }} | ${null}
  ${'没有请求体'}   | ${undefined}                                                                | ${null}
  ${'嵌套 32 层'}   | ${nested(32)}                                                               | ${null}
  ${'嵌套 33 层'}   | ${nested(33)}                                                               | ${'BODY_TOO_DEEP'}
  ${'嵌套 5000 层'} | ${nested(5000)}                                                             | ${'BODY_TOO_DEEP'}
  ${'1000 个编号'}  | ${{ documentIds: Array(1000).fill('a') }}                                   | ${null}
  ${'1001 个编号'}  | ${{ documentIds: Array(1001).fill('a') }}                                   | ${'TOO_MANY_ITEMS'}
  ${'深处的长数组'} | ${{ data: { comments: { connect: Array(5000).fill(1) } } }}                 | ${'TOO_MANY_ITEMS'}
`('请求体：$label', ({ body, expected }) => {
  expect(checkBodyShape(body)?.code ?? null).toBe(expected);
});

test('长数组的原因指出字段和项数', () => {
  expect(checkBodyShape({ ids: Array(50000).fill('a') })).toEqual({
    code: 'TOO_MANY_ITEMS',
    path: ['ids'],
    message: '一次最多提交 1000 项，「ids」有 50000 项，请分批操作',
  });
});

test.each`
  label                           | contentType                              | expected
  ${'JSON'}                       | ${'application/json'}                    | ${null}
  ${'带 boundary 的 multipart'}   | ${'multipart/form-data; boundary=----x'} | ${null}
  ${'没有 boundary 的 multipart'} | ${'multipart/form-data'}                 | ${'MULTIPART_INVALID'}
  ${'没有 Content-Type'}          | ${undefined}                             | ${null}
`('Content-Type：$label', ({ contentType, expected }) => {
  expect(checkContentType(contentType)?.code ?? null).toBe(expected);
});
