import { DEMO_PASSWORD } from '../../src/seed/seed-demo';
import { UID, type OwnUid } from '../../src/uid';
import {
  contentManagerGrants,
  createDepartmentContent,
  departmentOf,
  documentData,
  loginWithRole,
  startApp,
  withToken,
} from '../helpers';
import type { DepartmentContent, DepartmentRef, TestApp } from '../helpers';

/**
 * 部门与角色 through the real admin endpoints (content manager), with the default roles and the demo
 * logins: 教育局 is the users' own department, 卫健委 the other one. Every title of the other
 * department carries OTHER, so a leak shows up anywhere in a response body.
 */
let app: TestApp;

const OTHER = '跨部门机密标记';
const CM = (uid: OwnUid) => `/content-manager/collection-types/${uid}`;
const RELATIONS = '/content-manager/relations';

type Session = ReturnType<typeof withToken>;
const sessions: Record<string, Session> = {};
const userIds: Record<string, number> = {};

type Department = DepartmentRef;
let edu: Department;
let health: Department;

/** documentIds of the fixtures, per department. */
let own: DepartmentContent;
let other: DepartmentContent;

const LOGINS = {
  editor: 'jyj-editor@qinghe.example.gov.cn',
  reviewer: 'jyj-reviewer@qinghe.example.gov.cn',
  office: 'gkb@qinghe.example.gov.cn',
  archivist: 'archivist@qinghe.example.gov.cn',
} as const;
type Role = keyof typeof LOGINS;

beforeAll(async () => {
  app = await startApp({ DEMO_SEED: 'true' });
  for (const [role, email] of Object.entries(LOGINS)) {
    const res = await app.http().post('/admin/login').send({ email, password: DEMO_PASSWORD });
    if (res.status !== 200) throw new Error(`${email}: ${res.status}`);
    sessions[role] = withToken(app, res.body.data.token as string);
    userIds[role] = res.body.data.user.id as number;
  }
  edu = await departmentOf(app.strapi, LOGINS.editor);
  health = await departmentOf(app.strapi, 'wjw-editor@qinghe.example.gov.cn');
  own = await createDepartmentContent(app.strapi, edu, '教育局');
  other = await createDepartmentContent(app.strapi, health, OTHER);
});

afterAll(() => app.stop());

const as = (role: Role) => sessions[role];
const draftRow = (uid: OwnUid, documentId: string) =>
  app.strapi.db.query(uid).findOne({ where: { documentId, publishedAt: null } });
const isPublished = async (uid: OwnUid, documentId: string) =>
  (await app.strapi.db.query(uid).count({ where: { documentId, publishedAt: { $notNull: true } } })) > 0;

const CONTENT: { label: string; uid: OwnUid; key: keyof typeof own }[] = [
  { label: '政策文件', uid: UID.policyDocument, key: 'document' },
  { label: '政策解读', uid: UID.policyInterpretation, key: 'interpretation' },
  { label: '决策事项', uid: UID.decisionItem, key: 'decision' },
  { label: '年度报告', uid: UID.annualReport, key: 'report' },
  { label: '公众意见', uid: UID.decisionComment, key: 'comment' },
];

/** What each role sees of its own and of the other department's content. */
const READS: { role: Role; own: 'visible' | 'refused'; other: 'visible' | 'refused' }[] = [
  { role: 'editor', own: 'visible', other: 'refused' },
  { role: 'reviewer', own: 'visible', other: 'refused' },
  { role: 'office', own: 'visible', other: 'visible' },
  { role: 'archivist', own: 'refused', other: 'refused' },
];

describe.each(READS)('$role 读取：本部门 $own，其他部门 $other', ({ role, own: ownAccess, other: otherAccess }) => {
  test.each(CONTENT)('$label：列表', async ({ uid, key }) => {
    const res = await as(role).get(`${CM(uid)}?pageSize=100`);

    if (ownAccess === 'refused') {
      expect(res.status).toBe(403);
      expect(JSON.stringify(res.body)).not.toContain(OTHER);
      return;
    }
    expect(res.status).toBe(200);
    const listed = res.body.results.map((row: { documentId: string }) => row.documentId);
    expect(listed).toContain(own[key]);
    if (otherAccess === 'visible') expect(listed).toContain(other[key]);
    else {
      expect(listed).not.toContain(other[key]);
      expect(JSON.stringify(res.body)).not.toContain(OTHER);
    }
  });

  test.each(CONTENT)('$label：按编号读取', async ({ uid, key }) => {
    const ownRes = await as(role).get(`${CM(uid)}/${own[key]}`);
    const otherRes = await as(role).get(`${CM(uid)}/${other[key]}?populate=*`);

    expect(ownRes.status).toBe(ownAccess === 'visible' ? 200 : 403);
    if (otherAccess === 'visible') {
      expect(otherRes.status).toBe(200);
    } else {
      expect([403, 404]).toContain(otherRes.status);
      expect(JSON.stringify(otherRes.body)).not.toContain(OTHER);
    }
  });
});

describe('部门编辑：只在本部门新建和修改', () => {
  const CREATES: { label: string; uid: OwnUid; field: string; label2: string; data: Record<string, unknown> }[] = [
    { label: '政策文件', uid: UID.policyDocument, field: 'issuingDepartment', label2: '发布机构', data: {} },
    {
      label: '政策解读',
      uid: UID.policyInterpretation,
      field: 'interpretingDepartment',
      label2: '解读单位',
      data: { form: 'text_reading' },
    },
    { label: '决策事项', uid: UID.decisionItem, field: 'department', label2: '承办单位', data: { year: 2026 } },
    { label: '年度报告', uid: UID.annualReport, field: 'department', label2: '报告单位', data: { year: 2026 } },
  ];

  const body = (uid: OwnUid, field: string, department: Department | null, data: Record<string, unknown>) => {
    const base =
      uid === UID.policyDocument
        ? documentData(edu.documentId, { title: '编辑新建的文件' })
        : uid === UID.policyInterpretation
          ? { title: '编辑新建的解读', document: { connect: [{ documentId: own.document }] } }
          : { title: '编辑新建的事项' };
    return { ...base, ...data, [field]: department ? { connect: [{ documentId: department.documentId }] } : null };
  };

  test.each(CREATES)('$label：为本部门新建 201', async ({ uid, field, data }) => {
    const res = await as('editor')
      .post(CM(uid))
      .send(body(uid, field, edu, data));

    expect(res.status).toBe(201);
  });

  test.each(CREATES)('$label：为其他部门新建 400，不写入任何记录', async ({ uid, field, label2, data }) => {
    const before = await app.strapi.db.query(uid).count();

    const res = await as('editor')
      .post(CM(uid))
      .send(body(uid, field, health, data));

    expect(res.status).toBe(400);
    expect(res.body.error.message).toBe(`${label2}只能选择您所属的部门：清河区教育局`);
    expect(res.body.error.details.errors).toEqual([
      { path: [field], code: 'DEPARTMENT_OUT_OF_SCOPE', message: res.body.error.message, name: 'ValidationError' },
    ]);
    expect(await app.strapi.db.query(uid).count()).toBe(before);
  });

  test('政策解读：不选解读单位 400（否则本部门也看不到它）', async () => {
    const res = await as('editor')
      .post(CM(UID.policyInterpretation))
      .send(body(UID.policyInterpretation, 'interpretingDepartment', null, { form: 'text_reading' }));

    expect(res.status).toBe(400);
    expect(res.body.error.details.errors[0].code).toBe('DEPARTMENT_OUT_OF_SCOPE');
  });

  test('把本部门文件改到其他部门 400，文件不变', async () => {
    const before = await draftRow(UID.policyDocument, own.document);

    const res = await as('editor')
      .put(`${CM(UID.policyDocument)}/${own.document}`)
      .send({ issuingDepartment: { connect: [{ documentId: health.documentId }], disconnect: [] } });

    expect(res.status).toBe(400);
    expect(res.body.error.details.errors[0].code).toBe('DEPARTMENT_OUT_OF_SCOPE');
    expect(await draftRow(UID.policyDocument, own.document)).toEqual(before);
  });

  test('修改本部门文件 200；修改其他部门文件被拒绝，文件不变', async () => {
    const before = await draftRow(UID.policyDocument, other.document);

    const ownRes = await as('editor')
      .put(`${CM(UID.policyDocument)}/${own.document}`)
      .send({ body: '编辑修改的正文。' });
    const otherRes = await as('editor')
      .put(`${CM(UID.policyDocument)}/${other.document}`)
      .send({ body: '越权修改的正文。' });

    expect(ownRes.status).toBe(200);
    expect([403, 404]).toContain(otherRes.status);
    expect(JSON.stringify(otherRes.body)).not.toContain(OTHER);
    expect(await draftRow(UID.policyDocument, other.document)).toEqual(before);
  });

  test('公众意见：只能答复本部门决策事项的意见', async () => {
    const ownRes = await as('editor')
      .put(`${CM(UID.decisionComment)}/${own.comment}`)
      .send({ reply: '感谢您的意见。' });
    const otherRes = await as('editor')
      .put(`${CM(UID.decisionComment)}/${other.comment}`)
      .send({ reply: '越权答复。' });

    expect(ownRes.status).toBe(200);
    expect([403, 404]).toContain(otherRes.status);
  });

  test.each`
    action    | path
    ${'删除'} | ${(id: string) => `${CM(UID.policyDocument)}/${id}`}
    ${'发布'} | ${(id: string) => `${CM(UID.policyDocument)}/${id}/actions/publish`}
  `('$action：编辑没有该权限，本部门和其他部门都 403', async ({ action, path }) => {
    for (const id of [own.document, other.document]) {
      const res = action === '删除' ? await as('editor').del(path(id)) : await as('editor').post(path(id)).send({});
      expect(res.status).toBe(403);
    }
    expect(await draftRow(UID.policyDocument, own.document)).not.toBeNull();
    expect(await isPublished(UID.policyDocument, own.document)).toBe(false);
  });
});

describe('部门审核：只发布、撤销本部门的内容', () => {
  test('发布其他部门的文件被拒绝，未发布', async () => {
    const res = await as('reviewer')
      .post(`${CM(UID.policyDocument)}/${other.document}/actions/publish`)
      .send({});

    expect([403, 404]).toContain(res.status);
    expect(JSON.stringify(res.body)).not.toContain(OTHER);
    expect(await isPublished(UID.policyDocument, other.document)).toBe(false);
  });

  test('撤销其他部门已发布的文件被拒绝，仍在发布', async () => {
    const res = await as('reviewer')
      .post(`${CM(UID.policyDocument)}/${other.published}/actions/unpublish`)
      .send({});

    expect([403, 404]).toContain(res.status);
    expect(await isPublished(UID.policyDocument, other.published)).toBe(true);
  });

  test('批量发布混入其他部门的文件：其他部门的不发布', async () => {
    await as('reviewer')
      .post(`${CM(UID.policyDocument)}/actions/bulkPublish`)
      .send({ documentIds: [other.document] });

    expect(await isPublished(UID.policyDocument, other.document)).toBe(false);
  });

  test('批量撤销其他部门的文件：仍在发布', async () => {
    await as('reviewer')
      .post(`${CM(UID.policyDocument)}/actions/bulkUnpublish`)
      .send({ documentIds: [other.published] });

    expect(await isPublished(UID.policyDocument, other.published)).toBe(true);
  });

  test('审核没有删除权限：批量删除 403，文件都在', async () => {
    const res = await as('reviewer')
      .post(`${CM(UID.policyDocument)}/actions/bulkDelete`)
      .send({ documentIds: [own.document, other.document] });

    expect(res.status).toBe(403);
    expect(await draftRow(UID.policyDocument, own.document)).not.toBeNull();
    expect(await draftRow(UID.policyDocument, other.document)).not.toBeNull();
  });
});

describe('关联字段：选择器和已关联内容不泄露其他部门', () => {
  test('解读的“所解读文件”选择器只列本部门文件', async () => {
    const res = await as('editor').get(`${RELATIONS}/${UID.policyInterpretation}/document?pageSize=100`);

    expect(res.status).toBe(200);
    const ids = res.body.results.map((row: { documentId: string }) => row.documentId);
    expect(ids).toEqual(expect.arrayContaining([own.document, own.published]));
    expect(ids).not.toContain(other.document);
    expect(JSON.stringify(res.body)).not.toContain(OTHER);
  });

  test('公众意见的“决策事项”选择器只列本部门事项', async () => {
    const res = await as('editor').get(`${RELATIONS}/${UID.decisionComment}/decisionItem?pageSize=100`);

    expect(res.status).toBe(200);
    const ids = res.body.results.map((row: { documentId: string }) => row.documentId);
    expect(ids).toContain(own.decision);
    expect(ids).not.toContain(other.decision);
  });

  test('本部门文件关联了其他部门的文件（被替代）：只露出编号，不露出标题', async () => {
    await app.strapi.documents(UID.policyDocument).update({
      documentId: own.document,
      data: { supersededBy: other.published } as Record<string, unknown>,
    });

    const existing = await as('editor').get(`${RELATIONS}/${UID.policyDocument}/${own.document}/supersededBy`);
    const document = await as('editor').get(`${CM(UID.policyDocument)}/${own.document}`);
    const populated = await as('editor').get(
      `${CM(UID.policyDocument)}/${own.document}?populate[supersededBy][populate]=*`,
    );
    const list = await as('editor').get(`${CM(UID.policyDocument)}?pageSize=100&populate=*`);

    for (const res of [existing, document, populated, list]) {
      expect(res.status).toBe(200);
      expect(JSON.stringify(res.body)).not.toContain(OTHER);
    }
    expect(list.body.results.map((row: { documentId: string }) => row.documentId)).toContain(own.document);
  });
});

describe('公开办覆盖全部部门', () => {
  test('为任何部门新建文件', async () => {
    const res = await as('office')
      .post(CM(UID.policyDocument))
      .send(documentData(health.documentId, { title: '公开办代卫健委新建的文件' }));

    expect(res.status).toBe(201);
  });
});

describe('第二双眼睛：发布人不能是最后编辑人', () => {
  const publish = (role: Role, documentId: string, body: Record<string, unknown> = {}) =>
    as(role)
      .post(`${CM(UID.policyDocument)}/${documentId}/actions/publish`)
      .send(body);

  const editedByEditor = async (title: string, fields: Record<string, unknown> = {}) => {
    const res = await as('editor')
      .post(CM(UID.policyDocument))
      .send(documentData(edu.documentId, { title, ...fields }));
    expect(res.status).toBe(201);
    return res.body.data.documentId as string;
  };

  test('编辑起草、审核发布：200', async () => {
    const documentId = await editedByEditor('编辑起草审核发布的通知');

    const res = await publish('reviewer', documentId);

    expect(res.status).toBe(200);
    expect(await isPublished(UID.policyDocument, documentId)).toBe(true);
  });

  test('公开办发布编辑起草的文件，表单原样提交（未改内容）：200', async () => {
    const documentId = await editedByEditor('公开办原样发布的通知');
    const form = (await as('office').get(`${CM(UID.policyDocument)}/${documentId}`)).body.data;

    const res = await publish('office', documentId, { title: form.title, body: form.body, docType: form.docType });

    expect(res.status).toBe(200);
  });

  test('公开办在发布时改了内容：400 SAME_EDITOR，既不发布也不保存修改', async () => {
    const documentId = await editedByEditor('公开办改后发布的通知');

    const res = await publish('office', documentId, { body: '公开办改写的正文。' });

    expect(res.status).toBe(400);
    expect(res.body.error.details.reasons).toEqual([
      {
        code: 'SAME_EDITOR',
        message: '您是该文件的最后编辑人，按“第二双眼睛”规则须由其他审核人发布（公开办可填写强制发布理由后发布）',
      },
    ]);
    expect(await isPublished(UID.policyDocument, documentId)).toBe(false);
    expect((await draftRow(UID.policyDocument, documentId)).body).toBe('测试正文。');
  });

  test('公开办本人编辑后填写强制发布理由：200，留下强制发布记录', async () => {
    const res = await as('office')
      .post(CM(UID.policyDocument))
      .send(documentData(edu.documentId, { title: '公开办本人起草的紧急通知' }));
    const documentId = res.body.data.documentId as string;
    expect((await publish('office', documentId)).status).toBe(400);

    const forced = await publish('office', documentId, { forcePublishReason: '夜间值班，无其他审核人，次日复核' });

    expect(forced.status).toBe(200);
    const record = await app.strapi.db
      .query(UID.forcePublishRecord)
      .findOne({ where: { document: { documentId } }, orderBy: { id: 'desc' } });
    expect(record).toMatchObject({
      reason: '夜间值班，无其他审核人，次日复核',
      byLastEditor: true,
      withoutInterpretation: false,
      interpretationDueAt: null,
    });
  });

  test('公开办改过同步发布的解读，再发布文件：400，指出那篇解读', async () => {
    const documentId = await editedByEditor('需要解读的规范性文件', { isNormative: true });
    const interpretation = await as('editor')
      .post(CM(UID.policyInterpretation))
      .send({
        title: '规范性文件的解读',
        document: { connect: [{ documentId }] },
        interpretingDepartment: { connect: [{ documentId: edu.documentId }] },
        form: 'text_reading',
        mainContent: '要点。',
      });
    const interpretationId = interpretation.body.data.documentId as string;
    await as('office')
      .put(`${CM(UID.policyInterpretation)}/${interpretationId}`)
      .send({ mainContent: '公开办改写的要点。' });

    const res = await publish('office', documentId);

    expect(res.status).toBe(400);
    expect(res.body.error.details.reasons).toEqual([
      {
        code: 'SAME_EDITOR',
        message: '您是同步发布的解读《规范性文件的解读》的最后编辑人，按“第二双眼睛”规则须由其他审核人发布',
        documentId: interpretationId,
      },
    ]);
    expect(await isPublished(UID.policyInterpretation, interpretationId)).toBe(false);
    expect((await publish('reviewer', documentId)).status).toBe(200);
    expect(await isPublished(UID.policyInterpretation, interpretationId)).toBe(true);
  });
});

describe('第二双眼睛：单独发布解读', () => {
  test('同一人改了解读又发布：400 SAME_EDITOR；换人发布：200', async () => {
    const grants = contentManagerGrants([UID.policyInterpretation], ['read', 'update', 'publish']);
    const editorAndPublisher = withToken(app, await loginWithRole(app, '编辑兼发布', grants));
    const interpretation = await app.strapi.documents(UID.policyInterpretation).create({
      data: {
        title: '补充解读',
        document: own.published,
        interpretingDepartment: edu.documentId,
        form: 'text_reading',
        mainContent: '补充要点。',
      },
    });
    const url = `${CM(UID.policyInterpretation)}/${interpretation.documentId}`;
    expect((await editorAndPublisher.put(url).send({ mainContent: '改写后的补充要点。' })).status).toBe(200);

    const refused = await editorAndPublisher.post(`${url}/actions/publish`).send({});
    const published = await as('reviewer').post(`${url}/actions/publish`).send({});

    expect(refused.status).toBe(400);
    expect(refused.body.error.details.reasons).toEqual([
      { code: 'SAME_EDITOR', message: '您是该解读的最后编辑人，按“第二双眼睛”规则须由其他审核人发布' },
    ]);
    expect(published.status).toBe(200);
  });
});
