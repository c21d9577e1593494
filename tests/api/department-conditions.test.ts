import { UID } from '../../src/uid';
import { contentManagerGrants, createDepartment, documentData, startApp, withToken } from '../helpers';
import type { DepartmentFixture, TestApp } from '../helpers';

let app: TestApp;
let government: DepartmentFixture;
let education: DepartmentFixture;
let health: DepartmentFixture;
let school: DepartmentFixture;

beforeAll(async () => {
  app = await startApp();
  government = await createDepartment(app.strapi, { code: '014358001', name: '条件测试区政府', level: 'government' });
  education = await createDepartment(app.strapi, {
    code: '014358002',
    name: '条件测试教育局',
    parent: government.documentId,
  });
  health = await createDepartment(app.strapi, {
    code: '014358003',
    name: '条件测试卫健委',
    parent: government.documentId,
  });
  school = await createDepartment(app.strapi, {
    code: '014358004',
    name: '条件测试学校',
    parent: education.documentId,
  });
});

afterAll(() => app.stop());

const docsUrl = `/content-manager/collection-types/${UID.policyDocument}`;

const documentOf = async (department: DepartmentFixture, title: string) =>
  (await app.strapi.documents(UID.policyDocument).create({ data: documentData(department.documentId, { title }) }))
    .documentId;

/** A user in `member` (or in no department) whose role reads policy documents under the given condition. */
const readerIn = async (member: DepartmentFixture | null, condition: string) => {
  const roles = app.strapi.service('admin::role');
  const key = `${condition}-${member?.code ?? 'none'}`;
  const role = await roles.create({ name: `读者-${key}`, description: '条件测试' });
  await roles.assignPermissions(
    role.id,
    contentManagerGrants([UID.policyDocument], ['read']).map(({ action, subject }) => ({
      action,
      subject,
      properties: {},
      conditions: [condition],
    })),
  );
  const email = `${key.replace(/[^a-z0-9-]/g, '')}@test.example.gov.cn`;
  const user = await app.strapi.service('admin::user').create({
    email,
    password: 'Test1234pass',
    firstname: '读者',
    lastname: '测试',
    isActive: true,
    registrationToken: null,
    roles: [role.id],
  });
  const data: Record<string, unknown> = { members: { connect: [{ id: user.id }] } };
  if (member) await app.strapi.documents(UID.department).update({ documentId: member.documentId, data });
  const res = await app.http().post('/admin/login').send({ email, password: 'Test1234pass' });
  return withToken(app, res.body.data.token as string);
};

describe('“属于本部门”条件：只看到本部门的文件', () => {
  test('列表只含本部门文件；按编号读取其他部门的文件被拒绝', async () => {
    const own = await documentOf(education, '教育局的文件');
    const other = await documentOf(health, '卫健委的文件');
    const reader = await readerIn(education, 'api::own-department');

    const list = await reader.get(`${docsUrl}?pageSize=100`);
    const byIdOther = await reader.get(`${docsUrl}/${other}`);
    const byIdOwn = await reader.get(`${docsUrl}/${own}`);

    expect(list.status).toBe(200);
    expect(list.body.results.map((d: { title: string }) => d.title)).toEqual(['教育局的文件']);
    expect(byIdOwn.status).toBe(200);
    expect([403, 404]).toContain(byIdOther.status);
    expect(JSON.stringify(byIdOther.body)).not.toContain('卫健委的文件');
  });

  test('“属于本部门及下级部门”：区政府的用户看到各部门和下级单位的文件', async () => {
    await documentOf(school, '学校的文件');
    const reader = await readerIn(government, 'api::own-department-and-below');

    const list = await reader.get(`${docsUrl}?pageSize=100`);

    expect(list.status).toBe(200);
    expect(list.body.results.map((d: { title: string }) => d.title).sort()).toEqual(
      ['学校的文件', '卫健委的文件', '教育局的文件'].sort(),
    );
  });

  test('不属于任何部门的用户什么也看不到', async () => {
    const reader = await readerIn(null, 'api::own-department');

    const list = await reader.get(`${docsUrl}?pageSize=100`);

    expect(list.status).toBe(200);
    expect(list.body.results).toEqual([]);
  });
});
