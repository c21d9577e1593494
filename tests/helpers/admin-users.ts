import { randomBytes } from 'crypto';
import type { TestApp } from './strapi';

export interface PermissionGrant {
  action: string;
  subject?: string;
}

/** Content-manager actions an editor needs on the given content types. */
export const contentManagerGrants = (subjects: readonly string[], verbs: readonly string[]): PermissionGrant[] =>
  subjects.flatMap((subject) => verbs.map((verb) => ({ action: `plugin::content-manager.explorer.${verb}`, subject })));

/** A new admin role holding exactly `grants`, a user in it, logged in: returns the bearer token. */
export const loginWithRole = async (app: TestApp, roleName: string, grants: readonly PermissionGrant[]) => {
  const suffix = randomBytes(3).toString('hex');
  const roles = app.strapi.service('admin::role');
  const role = await roles.create({ name: `${roleName}-${suffix}`, description: roleName });
  await roles.assignPermissions(
    role.id,
    grants.map(({ action, subject }) => ({ action, subject: subject ?? null, properties: {}, conditions: [] })),
  );
  const email = `${suffix}@test.example.gov.cn`;
  const password = 'Test1234pass';
  await app.strapi.service('admin::user').create({
    email,
    password,
    firstname: roleName,
    lastname: '测试',
    isActive: true,
    registrationToken: null,
    roles: [role.id],
  });
  const res = await app.http().post('/admin/login').send({ email, password });
  if (res.status !== 200) throw new Error(`login failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.data.token as string;
};
