import { UID } from '../../src/uid';
import { loginAsSuperAdmin, startApp, withToken } from '../helpers';
import type { TestApp } from '../helpers';

let app: TestApp;

beforeAll(async () => {
  app = await startApp();
});

afterAll(() => app.stop());

const STORE = { type: 'plugin', name: 'gov-disclosure', key: 'stock-roles-retired' };

const roleNamed = (name: string) => app.strapi.db.query('admin::role').findOne({ where: { name } });

const subjectsOf = async (roleId: number): Promise<string[]> =>
  [
    ...new Set(
      (await app.strapi.db.query('admin::permission').findMany({ where: { role: roleId }, select: ['subject'] })).map(
        (p: { subject: string | null }) => p.subject ?? '(无)',
      ),
    ),
  ].sort();

const policyDocumentPermissions = (roleId: number) =>
  app.strapi.service('admin::role').assignPermissions(roleId, [
    { action: 'plugin::content-manager.explorer.read', subject: UID.policyDocument, properties: {}, conditions: [] },
    { action: 'plugin::content-manager.explorer.publish', subject: UID.policyDocument, properties: {}, conditions: [] },
    { action: 'plugin::upload.read', subject: null, properties: {}, conditions: [] },
  ]);

test('全新安装：邀请用户时只提供超级管理员和政务公开角色（均为中文名称），没有 Strapi 自带的 Editor、Author', async () => {
  const webmaster = await loginAsSuperAdmin(app);

  const res = await withToken(app, webmaster.token).get('/admin/roles');

  expect(res.status).toBe(200);
  expect(res.body.data.map((role: { name: string }) => role.name).sort()).toEqual(
    ['超级管理员', '公开办', '档案员', '部门审核', '部门编辑'].sort(),
  );
});

test('自带角色已有用户时保留角色和用户，但去掉全部政务公开权限；网站管理员之后建的角色不动', async () => {
  const roles = app.strapi.service('admin::role');
  const stockEditor = await roles.create({ name: 'Editor', code: 'strapi-editor', description: 'stock' });
  await policyDocumentPermissions(stockEditor.id);
  const holder = await app.strapi.service('admin::user').create({
    email: 'holder@test.example.gov.cn',
    firstname: '持有',
    lastname: '用户',
    isActive: true,
    registrationToken: null,
    roles: [stockEditor.id],
  });
  await app.strapi.store.delete(STORE);

  app = await app.restart();

  const ownRole = await app.strapi.service('admin::role').create({ name: '网站编辑', description: '网站管理员自建' });
  await policyDocumentPermissions(ownRole.id);
  app = await app.restart();

  const stripped = await roleNamed('Editor');
  expect(stripped.id).toBe(stockEditor.id);
  expect(await app.strapi.service('admin::role').getUsersCount(stockEditor.id)).toBe(1);
  expect(await app.strapi.db.query('admin::user').findOne({ where: { id: holder.id } })).not.toBeNull();
  expect(await subjectsOf(stockEditor.id)).toEqual(['(无)']);
  expect(await subjectsOf(ownRole.id)).toEqual(['(无)', UID.policyDocument]);
});
