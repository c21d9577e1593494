import { UID } from '../../src/uid';
import {
  createDepartment,
  createFullAccessToken,
  documentData,
  loginAsSuperAdmin,
  startApp,
  tableRows,
} from '../helpers';
import type { DepartmentFixture, TestApp } from '../helpers';

let app: TestApp;
let department: DepartmentFixture;
let apiToken: string;
let adminToken: string;

beforeAll(async () => {
  app = await startApp();
  department = await createDepartment(app.strapi, { code: '014359901' });
  apiToken = await createFullAccessToken(app);
  adminToken = (await loginAsSuperAdmin(app)).token;
  await app.strapi
    .documents(UID.policyDocument)
    .create({ data: documentData(department.documentId, { title: '已有文件', documentNumber: '测政发〔2026〕1号' }) });
});

afterAll(() => app.stop());

type Path = 'content API POST' | 'admin create draft' | 'documents().create';

/** Sends a policy document through one write path; answers { status, error } like the HTTP error body. */
const submit = async (path: Path, data: Record<string, unknown>) => {
  if (path === 'content API POST') {
    const res = await app
      .http()
      .post('/api/policy-documents')
      .set('Authorization', `Bearer ${apiToken}`)
      .send({ data });
    return { status: res.status, error: res.body.error };
  }
  if (path === 'admin create draft') {
    const res = await app
      .http()
      .post(`/content-manager/collection-types/${UID.policyDocument}`)
      .set('Authorization', `Bearer ${adminToken}`)
      .send(data);
    return { status: res.status, error: res.body.error };
  }
  try {
    await app.strapi.documents(UID.policyDocument).create({ data, status: 'published' });
    return { status: 201, error: undefined };
  } catch (error) {
    const { name, message, details } = error as { name: string; message: string; details: unknown };
    return { status: name === 'ValidationError' ? 400 : 500, error: { name, message, details } };
  }
};

const without = (field: string) => {
  const data: Record<string, unknown> = documentData(department.documentId);
  delete data[field];
  return data;
};

const PATHS: Path[] = ['content API POST', 'admin create draft', 'documents().create'];

describe.each(PATHS)('%s：错误输入返回 400、中文提示并且不写入任何数据', (path) => {
  test.each`
    label                 | build                                                                                   | field                  | code                           | message
    ${'缺少公文标题'}     | ${() => without('title')}                                                               | ${'title'}             | ${'FIELD_REQUIRED'}            | ${'「公文标题」为必填项'}
    ${'缺少发布机构'}     | ${() => without('issuingDepartment')}                                                   | ${'issuingDepartment'} | ${'FIELD_REQUIRED'}            | ${'「发布机构」为必填项'}
    ${'缺少公开属性'}     | ${() => without('disclosure')}                                                          | ${'disclosure'}        | ${'FIELD_REQUIRED'}            | ${'「公开属性」为必填项'}
    ${'发文字号用方括号'} | ${() => documentData(department.documentId, { documentNumber: '测政发[2026]3号' })}     | ${'documentNumber'}    | ${'DOCUMENT_NUMBER_INVALID'}   | ${'发文字号格式不正确（年份须用六角括号〔〕）：应为机关代字〔年份〕序号号，如“某政办发〔2024〕12号”（年份用六角括号〔〕，序号不编虚位），当前为“测政发[2026]3号”'}
    ${'发文字号编虚位'}   | ${() => documentData(department.documentId, { documentNumber: '测政发〔2026〕012号' })} | ${'documentNumber'}    | ${'DOCUMENT_NUMBER_INVALID'}   | ${'发文字号格式不正确（序号不编虚位，不加“0”）：应为机关代字〔年份〕序号号，如“某政办发〔2024〕12号”（年份用六角括号〔〕，序号不编虚位），当前为“测政发〔2026〕012号”'}
    ${'发文字号重复'}     | ${() => documentData(department.documentId, { documentNumber: '测政发〔2026〕1号' })}   | ${'documentNumber'}    | ${'DOCUMENT_NUMBER_DUPLICATE'} | ${'发文字号“测政发〔2026〕1号”已被文件《已有文件》使用，发文字号不能重复'}
    ${'未知的公开属性'}   | ${() => documentData(department.documentId, { disclosure: 'public' })}                  | ${'disclosure'}        | ${'INVALID_ENUM'}              | ${'「公开属性」的取值“public”无效，可选：主动公开（proactive）、依申请公开（on_request）、不予公开（not_disclosed）'}
    ${'未知的密级'}       | ${() => documentData(department.documentId, { classification: '非密' })}                | ${'classification'}    | ${'INVALID_ENUM'}              | ${'「密级」的取值“非密”无效，可选：非密（unclassified）、内部（internal）、秘密（confidential）、机密（secret）、绝密（top_secret）'}
    ${'发布机构不存在'}   | ${() => documentData('nosuchdepartment00000000', {})}                                   | ${'issuingDepartment'} | ${'RELATION_NOT_FOUND'}        | ${'「发布机构」关联的条目不存在：nosuchdepartment00000000'}
    ${'成文日期无效'}     | ${() => documentData(department.documentId, { issuedAt: '2026-02-30' })}                | ${'issuedAt'}          | ${'INVALID_DATE'}              | ${'「成文日期」须为有效日期（YYYY-MM-DD），当前为“2026-02-30”'}
  `('$label', async ({ build, field, code, message }) => {
    const before = await tableRows(app.strapi, UID.policyDocument);

    const { status, error } = await submit(path, build());

    expect(status).toBe(400);
    expect(error.name).toBe('ValidationError');
    expect(error.message).toBe(message);
    expect(error.details.reasons).toEqual([{ path: [field], code, message }]);
    expect(error.details.errors).toEqual([{ path: [field], message, name: 'ValidationError' }]);
    expect(await tableRows(app.strapi, UID.policyDocument)).toEqual(before);
  });
});

test('所有错误一次列出：缺少标题且公开属性无效', async () => {
  const data = { ...without('title'), disclosure: 'secret' };

  const { status, error } = await submit('content API POST', data);

  expect(status).toBe(400);
  expect(error.details.reasons.map((e: { code: string }) => e.code)).toEqual(['FIELD_REQUIRED', 'INVALID_ENUM']);
  expect(error.message).toBe(
    '「公文标题」为必填项；「公开属性」的取值“secret”无效，可选：主动公开（proactive）、依申请公开（on_request）、不予公开（not_disclosed）',
  );
});

test('草稿可以缺少公文种类等发布时才必填的字段，发布时则列出', async () => {
  const draft = without('docType');
  const created = await app
    .http()
    .post(`/content-manager/collection-types/${UID.policyDocument}`)
    .set('Authorization', `Bearer ${adminToken}`)
    .send(draft);
  expect(created.status).toBe(201);

  const res = await app
    .http()
    .post(`/content-manager/collection-types/${UID.policyDocument}/${created.body.data.documentId}/actions/publish`)
    .set('Authorization', `Bearer ${adminToken}`)
    .send({});

  expect(res.status).toBe(400);
  expect(res.body.error.message).toBe('「公文种类」为必填项');
  expect(
    await app.strapi.db
      .query(UID.policyDocument)
      .count({ where: { documentId: created.body.data.documentId, publishedAt: { $notNull: true } } }),
  ).toBe(0);
});

test('更新时发文字号与自身相同不算重复', async () => {
  const own = await app.strapi
    .documents(UID.policyDocument)
    .create({ data: documentData(department.documentId, { title: '自身', documentNumber: '测政发〔2026〕9号' }) });

  const res = await app
    .http()
    .put(`/api/policy-documents/${own.documentId}`)
    .set('Authorization', `Bearer ${apiToken}`)
    .send({ data: { documentNumber: '测政发〔2026〕9号', title: '自身（修订）' } });

  expect(res.status).toBe(200);
  expect(res.body.data.title).toBe('自身（修订）');
});
