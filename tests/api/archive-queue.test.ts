import { UID } from '../../src/uid';
import { createDepartment, createFullAccessToken, documentData, loginAsSuperAdmin, startApp } from '../helpers';
import type { DepartmentFixture, TestApp } from '../helpers';

let app: TestApp;
let department: DepartmentFixture;
let webmaster: string;
let apiToken: string;

beforeAll(async () => {
  app = await startApp();
  department = await createDepartment(app.strapi, { code: '014359601', name: '测试区市场监管局' });
  webmaster = (await loginAsSuperAdmin(app)).token;
  apiToken = await createFullAccessToken(app);
});

afterAll(() => app.stop());

const docsUrl = `/content-manager/collection-types/${UID.policyDocument}`;
const admin = (method: 'post' | 'put', url: string) =>
  app.http()[method](url).set('Authorization', `Bearer ${webmaster}`);

interface Item {
  subjectUid: string;
  subjectDocumentId: string;
  reason: string;
  transferStatus: string;
  dueAt: string;
  title: string;
  indexNumber: string | null;
  documentNumber: string | null;
  department: string | null;
  contentHash: string;
  subjectPublishedAt: string | Date;
  snapshot: Record<string, unknown>;
}

const itemsOf = (documentId: string): Promise<Item[]> =>
  app.strapi.db
    .query(UID.archiveTransfer)
    .findMany({ where: { subjectDocumentId: documentId }, orderBy: { id: 'asc' } });

const draft = async (fields: Record<string, unknown> = {}) =>
  (await app.strapi.documents(UID.policyDocument).create({ data: documentData(department.documentId, fields) }))
    .documentId;

/** Publishing at a fixed instant, so the due date is known. */
const publishAt = async (documentId: string, instant: string) => {
  jest.useFakeTimers({
    now: new Date(instant),
    doNotFake: ['nextTick', 'setImmediate', 'setTimeout', 'setInterval', 'queueMicrotask'],
  });
  try {
    await app.strapi.documents(UID.policyDocument).publish({ documentId });
  } finally {
    jest.useRealTimers();
  }
};

describe('发布即排入归档移交队列', () => {
  test('首次发布：一个待移交项，期限为发布日（北京时间）后第 20 个工作日，附发布快照', async () => {
    const documentId = await draft({ title: '归档测试文件', documentNumber: '测市监发〔2026〕31号' });

    await publishAt(documentId, '2026-09-24T17:00:00Z');

    const items = await itemsOf(documentId);
    expect(items).toHaveLength(1);
    const [item] = items;
    expect(item).toMatchObject({
      subjectUid: UID.policyDocument,
      reason: 'first-publish',
      transferStatus: 'pending',
      dueAt: '2026-10-29',
      title: '归档测试文件',
      documentNumber: '测市监发〔2026〕31号',
      department: '测试区市场监管局',
    });
    expect(item.indexNumber).toMatch(/^014359601\/2026-\d{5}$/);
    expect(new Date(item.subjectPublishedAt).toISOString()).toBe('2026-09-24T17:00:00.000Z');
    expect(item.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(item.snapshot).toMatchObject({
      uid: UID.policyDocument,
      documentId,
      title: '归档测试文件',
      indexNumber: item.indexNumber,
      documentNumber: '测市监发〔2026〕31号',
      department: '测试区市场监管局',
      publishedAt: '2026-09-24T17:00:00.000Z',
      attachments: [],
      contentHash: item.contentHash,
    });
  });

  test('内容未变再次发布：不新增', async () => {
    const documentId = await draft({ title: '重复发布' });
    await app.strapi.documents(UID.policyDocument).publish({ documentId });

    await app.strapi.documents(UID.policyDocument).publish({ documentId });

    expect((await itemsOf(documentId)).map((i) => i.reason)).toEqual(['first-publish']);
  });

  test('内容变更后再次发布：新增“内容变更”项，摘要值不同', async () => {
    const documentId = await draft({ title: '将被修改的文件' });
    await app.strapi.documents(UID.policyDocument).publish({ documentId });

    const res = await app
      .http()
      .put(`/api/policy-documents/${documentId}`)
      .set('Authorization', `Bearer ${apiToken}`)
      .send({ data: { body: '修订后的正文。' } });

    expect(res.status).toBe(200);
    const items = await itemsOf(documentId);
    expect(items.map((i) => i.reason)).toEqual(['first-publish', 'changed']);
    expect(items[1].contentHash).not.toBe(items[0].contentHash);
  });

  test('撤销发布：新增“撤销发布”项；再次发布：新增“内容变更”项', async () => {
    const documentId = await draft({ title: '将被撤销的文件' });
    await app.strapi.documents(UID.policyDocument).publish({ documentId });

    const res = await admin('post', `${docsUrl}/${documentId}/actions/unpublish`).send({});
    await app.strapi.documents(UID.policyDocument).publish({ documentId });

    expect(res.status).toBe(200);
    expect((await itemsOf(documentId)).map((i) => i.reason)).toEqual(['first-publish', 'withdrawn', 'changed']);
  });

  test('被拒绝的发布不产生移交项', async () => {
    const documentId = await draft({ title: '缺解读的规范性文件', isNormative: true });

    const res = await admin('post', `${docsUrl}/${documentId}/actions/publish`).send({});

    expect(res.status).toBe(400);
    expect(await itemsOf(documentId)).toEqual([]);
  });

  test('写入移交项失败时发布整体回滚', async () => {
    const documentId = await draft({ title: '移交队列故障时发布的文件' });
    const queue = app.strapi.db.query(UID.archiveTransfer);
    const failure = jest.spyOn(queue, 'create').mockRejectedValueOnce(new Error('归档队列不可用'));

    const outcome = await app.strapi
      .documents(UID.policyDocument)
      .publish({ documentId })
      .then(
        () => 'published',
        (error: Error) => error.message,
      );

    failure.mockRestore();
    expect(outcome).toBe('归档队列不可用');
    expect(
      await app.strapi.db.query(UID.policyDocument).count({ where: { documentId, publishedAt: { $notNull: true } } }),
    ).toBe(0);
    expect(await itemsOf(documentId)).toEqual([]);
  });

  test('同步发布：文件和解读各一项', async () => {
    const documentId = await draft({ title: '带解读的规范性文件', isNormative: true });
    const interpretation = await app.strapi.documents(UID.policyInterpretation).create({
      data: {
        title: '解读材料',
        document: documentId,
        form: 'text_reading',
        interpretingDepartment: department.documentId,
      },
    });

    await admin('post', `${docsUrl}/${documentId}/actions/publish`).send({});

    expect((await itemsOf(documentId)).map((i) => [i.subjectUid, i.reason])).toEqual([
      [UID.policyDocument, 'first-publish'],
    ]);
    expect((await itemsOf(interpretation.documentId)).map((i) => [i.subjectUid, i.reason, i.department])).toEqual([
      [UID.policyInterpretation, 'first-publish', '测试区市场监管局'],
    ]);
  });

  test('批量发布 3 篇：3 个移交项', async () => {
    const ids = [await draft({ title: '批量甲' }), await draft({ title: '批量乙' }), await draft({ title: '批量丙' })];

    const res = await admin('post', `${docsUrl}/actions/bulkPublish`).send({ documentIds: ids });

    expect(res.status).toBe(200);
    for (const id of ids) expect((await itemsOf(id)).map((i) => i.reason)).toEqual(['first-publish']);
  });

  test('内容接口直接发布：一个移交项', async () => {
    const res = await app
      .http()
      .post('/api/policy-documents')
      .set('Authorization', `Bearer ${apiToken}`)
      .send({ data: documentData(department.documentId, { title: '接口直接发布' }) });

    expect(res.status).toBe(201);
    expect((await itemsOf(res.body.data.documentId)).map((i) => i.reason)).toEqual(['first-publish']);
  });

  test('决策事项与年度报告同样排队', async () => {
    const decision = await app.strapi.documents(UID.decisionItem).create({
      data: { title: '测试决策事项', year: 2026, department: department.documentId, stage: 'listed' },
    });
    const report = await app.strapi.documents(UID.annualReport).create({
      data: { title: '测试年度报告', year: 2025, department: department.documentId },
    });

    await app.strapi.documents(UID.decisionItem).publish({ documentId: decision.documentId });
    await app.strapi.documents(UID.annualReport).publish({ documentId: report.documentId });

    expect((await itemsOf(decision.documentId)).map((i) => [i.subjectUid, i.reason])).toEqual([
      [UID.decisionItem, 'first-publish'],
    ]);
    expect((await itemsOf(report.documentId)).map((i) => [i.subjectUid, i.reason])).toEqual([
      [UID.annualReport, 'first-publish'],
    ]);
  });
});
