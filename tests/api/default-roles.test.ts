import { DEMO_PASSWORD } from '../../src/seed/seed-demo';
import { UID } from '../../src/uid';
import { startApp, withToken } from '../helpers';
import type { TestApp } from '../helpers';

let app: TestApp;

beforeAll(async () => {
  app = await startApp({ DEMO_SEED: 'true' });
});

afterAll(() => app.stop());

const docsUrl = `/content-manager/collection-types/${UID.policyDocument}`;

const loginAs = async (email: string) => {
  const res = await app.http().post('/admin/login').send({ email, password: DEMO_PASSWORD });
  expect(res.status).toBe(200);
  return withToken(app, res.body.data.token as string);
};

const documentIdOf = async (documentNumber: string) =>
  (await app.strapi.db.query(UID.policyDocument).findOne({ where: { documentNumber }, select: ['documentId'] }))
    .documentId as string;

test('首次启动创建默认角色：部门编辑、部门审核、公开办、档案员', async () => {
  const roles = await app.strapi.db
    .query('admin::role')
    .findMany({ where: { code: { $startsWith: 'gov-' } }, select: ['code', 'name'], orderBy: { code: 'asc' } });

  expect(roles).toEqual([
    { code: 'gov-archivist', name: '档案员' },
    { code: 'gov-department-editor', name: '部门编辑' },
    { code: 'gov-department-reviewer', name: '部门审核' },
    { code: 'gov-disclosure-office', name: '公开办' },
  ]);
});

describe('演示账号：每个部门的编辑和审核只处理本部门的内容', () => {
  test.each`
    email                                   | expected
    ${'jyj-editor@qinghe.example.gov.cn'}   | ${['清教发〔2026〕5号', null]}
    ${'wjw-reviewer@qinghe.example.gov.cn'} | ${['清卫健发〔2026〕11号']}
  `('$email 的文件列表', async ({ email, expected }) => {
    const user = await loginAs(email);

    const res = await user.get(`${docsUrl}?pageSize=100`);

    expect(res.status).toBe(200);
    expect(res.body.results.map((d: { documentNumber: string | null }) => d.documentNumber).sort()).toEqual(
      [...expected].sort(),
    );
  });

  test('部门编辑不能发布', async () => {
    const editor = await loginAs('jyj-editor@qinghe.example.gov.cn');
    const before = await app.strapi.db.query(UID.policyDocument).count();

    const res = await editor.post(`${docsUrl}/${await documentIdOf('清教发〔2026〕5号')}/actions/publish`).send({});

    expect(res.status).toBe(403);
    expect(await app.strapi.db.query(UID.policyDocument).count()).toBe(before);
  });

  test('部门审核可以撤销本部门的文件，不能撤销其他部门的文件', async () => {
    const reviewer = await loginAs('wjw-reviewer@qinghe.example.gov.cn');

    const other = await reviewer
      .post(`${docsUrl}/${await documentIdOf('清教发〔2026〕5号')}/actions/unpublish`)
      .send({});
    const own = await reviewer
      .post(`${docsUrl}/${await documentIdOf('清卫健发〔2026〕11号')}/actions/unpublish`)
      .send({});

    expect([403, 404]).toContain(other.status);
    expect(own.status).toBe(200);
  });

  test('公开办看到全部文件', async () => {
    const office = await loginAs('gkb@qinghe.example.gov.cn');

    const res = await office.get(`${docsUrl}?pageSize=100`);

    expect(res.body.pagination.total).toBe(10);
  });
});

test('网站管理员修改或删除默认角色后重启：修改仍在，删除的不重建', async () => {
  const role = await app.strapi.db.query('admin::role').findOne({ where: { code: 'gov-department-editor' } });
  await app.strapi.db
    .query('admin::role')
    .update({ where: { id: role.id }, data: { description: '网站管理员改过的说明' } });
  await app.strapi.db.query('admin::permission').deleteMany({ where: { role: role.id, subject: UID.annualReport } });
  const permissionsBefore = await app.strapi.db.query('admin::permission').count({ where: { role: role.id } });

  const archivist = await app.strapi.db.query('admin::role').findOne({ where: { code: 'gov-archivist' } });
  await app.strapi.db.query('admin::user').deleteMany({ where: { email: 'archivist@qinghe.example.gov.cn' } });
  await app.strapi.service('admin::role').deleteByIds([archivist.id]);

  app = await app.restart();

  const after = await app.strapi.db.query('admin::role').findOne({ where: { code: 'gov-department-editor' } });
  expect(after.description).toBe('网站管理员改过的说明');
  expect(await app.strapi.db.query('admin::permission').count({ where: { role: role.id } })).toBe(permissionsBefore);
  expect(await app.strapi.db.query('admin::role').count({ where: { code: { $startsWith: 'gov-' } } })).toBe(3);
});
