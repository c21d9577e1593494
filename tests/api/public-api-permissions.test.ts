import { startApp } from '../helpers';
import type { TestApp } from '../helpers';

let app: TestApp;

beforeAll(async () => {
  app = await startApp();
});

afterAll(() => app.stop());

const STORE = { type: 'plugin', name: 'gov-disclosure' } as const;
const permissions = () => app.strapi.db.query('plugin::users-permissions.permission');
const publicRoleId = async (): Promise<number> =>
  (await app.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } })).id;
const publicContentActions = async (): Promise<string[]> =>
  (await permissions().findMany({ where: { role: await publicRoleId() } }))
    .map((p: { action: string }) => p.action)
    .filter((action: string) => action.startsWith('api::'))
    .sort();

const ALL = [
  'api::annual-report.annual-report.find',
  'api::annual-report.annual-report.findOne',
  'api::annual-report.annual-report.print',
  'api::annual-report.annual-report.tableCsv',
  'api::annual-report.annual-report.version',
  'api::decision-catalogue.decision-catalogue.find',
  'api::decision-comment.decision-comment.create',
  'api::decision-item.decision-item.find',
  'api::decision-item.decision-item.findOne',
  'api::disclosure-catalogue.disclosure-catalogue.find',
  'api::policy-document.policy-document.find',
  'api::policy-document.policy-document.findOne',
  'api::policy-interpretation.policy-interpretation.find',
  'api::policy-interpretation.policy-interpretation.findOne',
];

test('新安装：公众角色只有公开接口的这些权限，没有注册、找回密码等账号功能', async () => {
  const actions = (await permissions().findMany({ where: { role: await publicRoleId() } }))
    .map((p: { action: string }) => p.action)
    .sort();

  expect(actions).toEqual(ALL);
});

describe('公众角色的权限只授予一次', () => {
  test('网站管理员撤销的权限在重启后保持撤销', async () => {
    await permissions().delete({
      where: { role: await publicRoleId(), action: 'api::annual-report.annual-report.findOne' },
    });

    app = await app.restart();

    expect(await publicContentActions()).toEqual(ALL.filter((a) => a !== 'api::annual-report.annual-report.findOne'));
  });

  test('旧版本的安装（只有旧标记、只授予过文件和解读的读取权限）：补授新增的权限，不恢复撤销的旧权限', async () => {
    const role = await publicRoleId();
    await app.strapi.store.delete({ ...STORE, key: 'public-actions-granted' });
    await app.strapi.store.set({ ...STORE, key: 'public-permissions-granted', value: true });
    await permissions().deleteMany({
      where: {
        role,
        action: { $in: ALL.filter((a) => a !== 'api::policy-document.policy-document.find') },
      },
    });

    app = await app.restart();

    expect(await publicContentActions()).toEqual(
      ALL.filter(
        (a) =>
          ![
            'api::policy-document.policy-document.findOne',
            'api::policy-interpretation.policy-interpretation.find',
            'api::policy-interpretation.policy-interpretation.findOne',
          ].includes(a),
      ),
    );
  });
});
