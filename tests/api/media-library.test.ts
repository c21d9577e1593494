import { UID } from '../../src/uid';
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
import type { DepartmentContent, DepartmentRef, TestApp } from '../helpers';

/**
 * 媒体库的部门边界: a file belongs to the departments of the entries using it. 教育局's editor manages
 * 教育局's files and unused ones; another department's files do not exist for them (404); a file used by
 * a published entry is not replaced or deleted in place by anyone (400).
 */
let app: TestApp;
let editor: ReturnType<typeof withToken>;
let office: ReturnType<typeof withToken>;
let webmaster: ReturnType<typeof withToken>;
let edu: DepartmentRef;
let health: DepartmentRef;
let own: DepartmentContent;
let other: DepartmentContent;

type FileKey = 'ownDraft' | 'ownPublished' | 'otherDraft' | 'otherPublished' | 'unused' | 'spare';
const files = {} as Record<FileKey, number>;

const FILE = 'plugin::upload.file';

const upload = async (name: string): Promise<number> => {
  const res = await webmaster.post('/upload').attach('files', Buffer.from(`${name} 的内容`), {
    filename: `${name}.txt`,
    contentType: 'text/plain',
  });
  return res.body[0].id as number;
};

const attach = async (documentId: string, fileId: number, publish: boolean) => {
  await app.strapi.documents(UID.policyDocument).update({
    documentId,
    data: { attachments: [fileId] } as Record<string, unknown>,
  });
  if (publish) await app.strapi.documents(UID.policyDocument).publish({ documentId });
};

beforeAll(async () => {
  app = await startApp({ DEMO_SEED: 'true' });
  editor = await loginAsDemoUser(app, 'jyj-editor@qinghe.example.gov.cn');
  office = await loginAsDemoUser(app, 'gkb@qinghe.example.gov.cn');
  webmaster = withToken(app, (await loginAsSuperAdmin(app)).token);
  edu = await departmentOf(app.strapi, 'jyj-editor@qinghe.example.gov.cn');
  health = await departmentOf(app.strapi, 'wjw-editor@qinghe.example.gov.cn');
  own = await createDepartmentContent(app.strapi, edu, '教育局');
  other = await createDepartmentContent(app.strapi, health, '卫健委');
  for (const key of ['ownDraft', 'ownPublished', 'otherDraft', 'otherPublished', 'unused', 'spare'] as FileKey[]) {
    files[key] = await upload(key);
  }
  await attach(own.document, files.ownDraft, false);
  await attach(own.published, files.ownPublished, true);
  await attach(other.document, files.otherDraft, false);
  await attach(other.published, files.otherPublished, true);
});

afterAll(() => app.stop());

const everything = async () => ({
  files: await app.strapi.db.query(FILE).findMany({ orderBy: { id: 'asc' } }),
  entries: await entriesSnapshot(app.strapi, [
    [UID.policyDocument, own.document],
    [UID.policyDocument, own.published],
    [UID.policyDocument, other.document],
    [UID.policyDocument, other.published],
  ]),
  side: await sideEffectsSnapshot(app.strapi),
});

const replaceFile = (session: typeof editor, fileId: number) =>
  session
    .post(`/upload?id=${fileId}`)
    .attach('files', Buffer.from('替换后的内容'), { filename: 'replaced.txt', contentType: 'text/plain' });
const renameFile = (session: typeof editor, fileId: number) =>
  session.post(`/upload?id=${fileId}`).field('fileInfo', JSON.stringify({ name: '改名.txt' }));

const OTHER_DEPARTMENT = '该文件用于其他部门的条目，您只能管理本部门条目的文件和尚未使用的文件';
const PUBLISHED_REPLACE =
  '该文件用于已发布的条目，不能直接替换；请在条目中上传新文件并重新提交发布（新版本经发布审查并进入归档移交）';
const PUBLISHED_DELETE = '该文件用于已发布的条目，不能删除；请先在条目中移除该文件并重新发布';

test('部门编辑的媒体库列表：本部门条目的文件和未使用的文件，没有其他部门的文件', async () => {
  const res = await editor.get('/upload/files?pageSize=100');

  expect(res.status).toBe(200);
  const ids = res.body.results.map((file: { id: number }) => file.id);
  expect(ids).toEqual(expect.arrayContaining([files.ownDraft, files.ownPublished, files.unused]));
  expect(ids).not.toContain(files.otherDraft);
  expect(ids).not.toContain(files.otherPublished);
});

test('公开办的媒体库列表：全部文件', async () => {
  const res = await office.get('/upload/files?pageSize=100');

  expect(res.body.results.map((file: { id: number }) => file.id)).toEqual(
    expect.arrayContaining([files.ownDraft, files.otherDraft, files.otherPublished]),
  );
});

type Response = { status: number; body: { error?: { message: string; details?: unknown } } };

/** Another department's files do not exist for the editor: 404, nothing of the file, nothing changed. */
const NOT_FOUND: { label: string; send: () => Promise<Response> }[] = [
  { label: '按编号读取其他部门草稿的文件', send: () => editor.get(`/upload/files/${files.otherDraft}`) },
  { label: '按编号读取其他部门已发布文件的附件', send: () => editor.get(`/upload/files/${files.otherPublished}`) },
  { label: '替换其他部门草稿的文件', send: () => replaceFile(editor, files.otherDraft) },
  { label: '替换其他部门已发布文件的附件', send: () => replaceFile(editor, files.otherPublished) },
  { label: '改名其他部门的文件', send: () => renameFile(editor, files.otherDraft) },
  { label: '删除其他部门的文件', send: () => editor.del(`/upload/files/${files.otherDraft}`) },
];

test.each(NOT_FOUND)('部门编辑：$label → 404，什么也没改', async ({ send }) => {
  const before = await everything();

  const res = await send();

  expect(res.status).toBe(404);
  expect(JSON.stringify(res.body)).not.toContain('otherDraft');
  expect(JSON.stringify(res.body)).not.toContain('otherPublished');
  expect(await everything()).toEqual(before);
});

const REFUSED: { label: string; send: () => Promise<Response>; code: string; message: string }[] = [
  {
    label: '部门编辑批量删除其他部门的文件',
    send: () => editor.post('/upload/actions/bulk-delete').send({ fileIds: [files.otherDraft] }),
    code: 'FILE_OF_OTHER_DEPARTMENT',
    message: OTHER_DEPARTMENT,
  },
  {
    label: '部门编辑替换本部门已发布文件的附件',
    send: () => replaceFile(editor, files.ownPublished),
    code: 'FILE_USED_BY_PUBLISHED',
    message: PUBLISHED_REPLACE,
  },
  {
    label: '部门编辑删除本部门已发布文件的附件',
    send: () => editor.del(`/upload/files/${files.ownPublished}`),
    code: 'FILE_USED_BY_PUBLISHED',
    message: PUBLISHED_DELETE,
  },
  {
    label: '公开办替换其他部门已发布文件的附件',
    send: () => replaceFile(office, files.otherPublished),
    code: 'FILE_USED_BY_PUBLISHED',
    message: PUBLISHED_REPLACE,
  },
  {
    label: '网站管理员删除已发布文件的附件',
    send: () => webmaster.del(`/upload/files/${files.otherPublished}`),
    code: 'FILE_USED_BY_PUBLISHED',
    message: PUBLISHED_DELETE,
  },
];

test.each(REFUSED)('$label → 400 $code，什么也没改', async ({ send, code, message }) => {
  const before = await everything();

  const res = await send();

  expect(res.status).toBe(400);
  expect(res.body.error?.message).toBe(message);
  expect(res.body.error?.details).toEqual({ reasons: [{ code, message }] });
  expect(await everything()).toEqual(before);
});

test('部门编辑把其他部门的文件挂到本部门草稿 → 400 RELATION_NOT_PERMITTED，什么也没改', async () => {
  const before = await everything();

  const res = await editor
    .put(`/content-manager/collection-types/${UID.policyDocument}/${own.document}`)
    .send({ attachments: [files.ownDraft, files.otherDraft] });

  const message = `「附件」只能使用本部门条目的文件和尚未使用的文件，无权使用：id=${files.otherDraft}`;
  expect(res.status).toBe(400);
  expect(res.body.error?.details).toEqual({
    reasons: [{ path: ['attachments'], code: 'RELATION_NOT_PERMITTED', message }],
    errors: [{ path: ['attachments'], message, name: 'ValidationError' }],
  });
  expect(await everything()).toEqual(before);
});

const ALLOWED: { label: string; send: () => Promise<Response>; status: number }[] = [
  { label: '读取本部门草稿的文件', send: () => editor.get(`/upload/files/${files.ownDraft}`), status: 200 },
  { label: '替换本部门草稿的文件', send: () => replaceFile(editor, files.ownDraft), status: 200 },
  { label: '改名本部门已发布文件的附件（不改内容）', send: () => renameFile(editor, files.ownPublished), status: 200 },
  { label: '替换未使用的文件', send: () => replaceFile(editor, files.unused), status: 200 },
  { label: '删除未使用的文件', send: () => editor.del(`/upload/files/${files.spare}`), status: 200 },
];

test.each(ALLOWED)('部门编辑：$label → $status', async ({ send, status }) => {
  expect((await send()).status).toBe(status);
});
