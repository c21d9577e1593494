import { UID, type OwnUid } from '../../src/uid';
import {
  createDepartmentContent,
  departmentOf,
  entriesSnapshot,
  loginAsDemoUser,
  loginAsSuperAdmin,
  sideEffectsSnapshot,
  startApp,
  withToken,
} from '../helpers';
import type { DepartmentContent, TestApp } from '../helpers';

/**
 * Bad input never answers 500 (README 部门与角色 → 请求限制): each request below once crashed a route,
 * the validator or the database; now each is refused with a Chinese reason and a code, and nothing changes.
 */
let app: TestApp;
let webmaster: ReturnType<typeof withToken>;
let archivist: ReturnType<typeof withToken>;
let own: DepartmentContent;

const CM = (uid: OwnUid) => `/content-manager/collection-types/${uid}`;
const nested = (depth: number): string => `${'['.repeat(depth)}${']'.repeat(depth)}`;
const manyIds = (count: number) => Array.from({ length: count }, (_, i) => `doc${String(i).padStart(20, '0')}`);

beforeAll(async () => {
  app = await startApp({ DEMO_SEED: 'true' });
  webmaster = withToken(app, (await loginAsSuperAdmin(app)).token);
  archivist = await loginAsDemoUser(app, 'archivist@qinghe.example.gov.cn');
  own = await createDepartmentContent(
    app.strapi,
    await departmentOf(app.strapi, 'jyj-editor@qinghe.example.gov.cn'),
    '教育局',
  );
});

afterAll(() => app.stop());

const everything = async () => ({
  entries: await entriesSnapshot(app.strapi, [
    [UID.policyDocument, own.document],
    [UID.policyDocument, own.published],
    [UID.decisionItem, own.decision],
  ]),
  counts: await Promise.all(
    [UID.policyDocument, UID.decisionComment, UID.archiveTransfer].map((uid) => app.strapi.db.query(uid).count()),
  ),
  side: await sideEffectsSnapshot(app.strapi),
});

const reason = (code: string, message: string, path?: string[]) => ({ code, message, ...(path ? { path } : {}) });

const CASES: {
  label: string;
  send: () => Promise<{ status: number; body: { error: { message: string; details: { reasons: unknown[] } } } }>;
  status: number;
  reasons: () => unknown[];
}[] = [
  {
    label: '公众意见：multipart/form-data 没有 boundary',
    send: () =>
      app.http().post('/api/decision-comments').set('Content-Type', 'multipart/form-data').send('content=意见'),
    status: 400,
    reasons: () => [reason('MULTIPART_INVALID', '上传内容格式不正确（multipart/form-data 须带 boundary）')],
  },
  {
    label: '管理后台新建：Content-Type: text/plain',
    send: () => webmaster.post(CM(UID.policyDocument)).set('Content-Type', 'text/plain').send('title=新文件'),
    status: 400,
    reasons: () => [reason('BODY_NOT_JSON_OBJECT', '请求内容须为 JSON 对象（Content-Type: application/json）')],
  },
  {
    label: '管理后台修改：正文字段嵌套 5000 层的数组',
    send: () =>
      webmaster
        .put(`${CM(UID.policyDocument)}/${own.document}`)
        .set('Content-Type', 'application/json')
        .send(`{"body":${nested(5000)}}`),
    status: 400,
    reasons: () => [reason('BODY_TOO_DEEP', '请求内容嵌套层级过深，不能超过 32 层')],
  },
  {
    label: '公众意见：嵌套 5000 层',
    send: () =>
      app
        .http()
        .post('/api/decision-comments')
        .set('Content-Type', 'application/json')
        .send(`{"data":{"content":${nested(5000)}}}`),
    status: 400,
    reasons: () => [reason('BODY_TOO_DEEP', '请求内容嵌套层级过深，不能超过 32 层')],
  },
  {
    label: '公众意见：不是有效的 JSON',
    send: () => app.http().post('/api/decision-comments').set('Content-Type', 'application/json').send('{"data":'),
    status: 400,
    reasons: () => [reason('BODY_INVALID_JSON', '请求内容不是有效的 JSON')],
  },
  {
    label: '公众意见：超过 2 MB',
    send: () =>
      app
        .http()
        .post('/api/decision-comments')
        .set('Content-Type', 'application/json')
        .send(JSON.stringify({ data: { content: '意'.repeat(1024 * 1024) } })),
    status: 413,
    reasons: () => [reason('BODY_TOO_LARGE', '请求内容过大，不能超过 2 MB')],
  },
  ...(['bulkPublish', 'bulkUnpublish', 'bulkDelete'] as const).map((action) => ({
    label: `批量操作 ${action}：50000 个编号`,
    send: () =>
      webmaster
        .post(`${CM(UID.policyDocument)}/actions/${action}`)
        .send({ documentIds: [own.document, ...manyIds(49999)] }),
    status: 400,
    reasons: () => [
      reason('TOO_MANY_ITEMS', '一次最多提交 1000 项，「documentIds」有 50000 项，请分批操作', ['documentIds']),
    ],
  })),
  ...[
    { path: '/gov-archive/transfer', extra: { batchNumber: 'QH-2026-009' } },
    { path: '/gov-archive/fail', extra: { reason: '介质损坏' } },
  ].map(({ path, extra }) => ({
    label: `档案员 ${path}：50000 个编号`,
    send: () => archivist.post(path).send({ ids: manyIds(50000), ...extra }),
    status: 400,
    reasons: () => [reason('TOO_MANY_ITEMS', '一次最多提交 1000 项，「ids」有 50000 项，请分批操作', ['ids'])],
  })),
];

test.each(CASES)('$label → $status，中文原因和代码，什么也没改', async ({ send, status, reasons }) => {
  const before = await everything();

  const res = await send();

  expect(res.status).toBe(status);
  expect(res.body.error.details.reasons).toEqual(reasons());
  expect(res.body.error.message).toBe((reasons()[0] as { message: string }).message);
  expect(await everything()).toEqual(before);
});

test('限度以内照常：批量撤销发布 1000 个编号（其中一份文件存在）200', async () => {
  const res = await webmaster
    .post(`${CM(UID.policyDocument)}/actions/bulkUnpublish`)
    .send({ documentIds: [own.published, ...manyIds(999)] });

  expect(res.status).toBe(200);
});
