import { validateInput, type FieldSpec, type InputCheck } from '../../../src/domain/content/validate-input';

const fields: Record<string, FieldSpec> = {
  title: { type: 'string', required: true, maxLength: 10 },
  disclosure: { type: 'enumeration', required: true, enum: ['proactive', 'on_request'] },
  docType: { type: 'enumeration', required: true, enum: ['notice'] },
  year: { type: 'integer', min: 2000, max: 2100 },
  issuedAt: { type: 'date' },
  isNormative: { type: 'boolean' },
  email: { type: 'email' },
  department: { type: 'relation', relation: 'manyToOne' },
};

const labels = {
  title: '公文标题',
  disclosure: '公开属性',
  docType: '公文种类',
  year: '年度',
  issuedAt: '成文日期',
  isNormative: '规范性文件',
  email: '电子邮箱',
  department: '发布机构',
};

const check = (overrides: Partial<InputCheck>): InputCheck => ({
  fields,
  labels,
  enums: { disclosure: 'disclosure' },
  data: {},
  stored: null,
  requiredInDraft: ['title'],
  publishing: false,
  ...overrides,
});

const found = (...targets: string[]) => ({ targets, missing: [] });

test.each`
  label                           | overrides                                                                                                             | expected
  ${'草稿只要求草稿必填字段'}     | ${{ data: { title: '标题' } }}                                                                                        | ${[]}
  ${'草稿缺少标题'}               | ${{ data: {} }}                                                                                                       | ${[['title', 'FIELD_REQUIRED', '「公文标题」为必填项']]}
  ${'空白标题视为缺少'}           | ${{ data: { title: '   ' } }}                                                                                         | ${[['title', 'FIELD_REQUIRED', '「公文标题」为必填项']]}
  ${'发布时所有必填字段'}         | ${{ data: { title: '标题' }, publishing: true }}                                                                      | ${[['disclosure', 'FIELD_REQUIRED', '「公开属性」为必填项'], ['docType', 'FIELD_REQUIRED', '「公文种类」为必填项']]}
  ${'更新时沿用已存的值'}         | ${{ data: { year: 2026 }, stored: { title: '旧', disclosure: 'proactive', docType: 'notice' }, publishing: true }}    | ${[]}
  ${'更新时清空必填字段'}         | ${{ data: { title: null }, stored: { title: '旧' } }}                                                                 | ${[['title', 'FIELD_REQUIRED', '「公文标题」为必填项']]}
  ${'超长'}                       | ${{ data: { title: '一二三四五六七八九十壹' } }}                                                                      | ${[['title', 'TOO_LONG', '「公文标题」不能超过 10 个字符，当前为 11 个']]}
  ${'标题不是文本'}               | ${{ data: { title: 42 } }}                                                                                            | ${[['title', 'INVALID_TEXT', '「公文标题」须为文本，当前为“42”']]}
  ${'枚举值带中文提示'}           | ${{ data: { title: '标题', disclosure: 'public' } }}                                                                  | ${[['disclosure', 'INVALID_ENUM', '「公开属性」的取值“public”无效，可选：主动公开（proactive）、依申请公开（on_request）']]}
  ${'空字符串不是合法枚举'}       | ${{ data: { title: '标题', docType: '' } }}                                                                           | ${[['docType', 'INVALID_ENUM', '「公文种类」的取值“”无效，可选：notice']]}
  ${'年度不是整数'}               | ${{ data: { title: '标题', year: '二〇二六' } }}                                                                      | ${[['year', 'INVALID_NUMBER', '「年度」须为整数，当前为“二〇二六”']]}
  ${'年度超出范围'}               | ${{ data: { title: '标题', year: 1999 } }}                                                                            | ${[['year', 'INVALID_NUMBER', '「年度」须在 2000 至 2100 之间，当前为 1999']]}
  ${'数字字符串年度可接受'}       | ${{ data: { title: '标题', year: '2026' } }}                                                                          | ${[]}
  ${'不存在的日期'}               | ${{ data: { title: '标题', issuedAt: '2026-02-29' } }}                                                                | ${[['issuedAt', 'INVALID_DATE', '「成文日期」须为有效日期（YYYY-MM-DD），当前为“2026-02-29”']]}
  ${'闰年二月二十九日'}           | ${{ data: { title: '标题', issuedAt: '2028-02-29' } }}                                                                | ${[]}
  ${'布尔值写成字符串'}           | ${{ data: { title: '标题', isNormative: 'yes' } }}                                                                    | ${[['isNormative', 'INVALID_BOOLEAN', '「规范性文件」须为是或否（true/false），当前为“yes”']]}
  ${'电子邮箱无效'}               | ${{ data: { title: '标题', email: 'a@b' } }}                                                                          | ${[['email', 'INVALID_EMAIL', '「电子邮箱」不是有效的电子邮箱地址，当前为“a@b”']]}
  ${'关联存在'}                   | ${{ data: { title: '标题', department: found('d1') } }}                                                               | ${[]}
  ${'关联不存在优先于必填'}       | ${{ data: { title: '标题', department: { targets: [], missing: ['x'] } }, requiredInDraft: ['title', 'department'] }} | ${[['department', 'RELATION_NOT_FOUND', '「发布机构」关联的条目不存在：x']]}
  ${'断开必填关联'}               | ${{ data: { title: '标题', department: found() }, requiredInDraft: ['title', 'department'] }}                         | ${[['department', 'FIELD_REQUIRED', '「发布机构」为必填项']]}
  ${'多个错误按字段顺序一次列出'} | ${{ data: { title: '', year: 'x', isNormative: 1 } }}                                                                 | ${[['title', 'FIELD_REQUIRED', '「公文标题」为必填项'], ['year', 'INVALID_NUMBER', '「年度」须为整数，当前为“x”'], ['isNormative', 'INVALID_BOOLEAN', '「规范性文件」须为是或否（true/false），当前为“1”']]}
`('$label', ({ overrides, expected }) => {
  const errors = validateInput(check(overrides)).map((e) => [e.path?.[0], e.code, e.message]);
  expect(errors).toEqual(expected);
});
