import { UID } from '../../src/uid';
import {
  contentManagerGrants,
  createDepartment,
  documentData,
  loginAsSuperAdmin,
  loginWithRole,
  startApp,
  withToken,
  tableRows,
} from '../helpers';
import type { DepartmentFixture, TestApp } from '../helpers';

let app: TestApp;
let department: DepartmentFixture;
let webmaster: string;

beforeAll(async () => {
  app = await startApp();
  department = await createDepartment(app.strapi, { code: '014359701', name: '测试区卫生健康委' });
  webmaster = (await loginAsSuperAdmin(app)).token;
});

afterAll(() => app.stop());

const docsUrl = `/content-manager/collection-types/${UID.policyDocument}`;
const interpretationsUrl = `/content-manager/collection-types/${UID.policyInterpretation}`;
const as = (token: string) => withToken(app, token);

const snapshot = async () => ({
  documents: await tableRows(app.strapi, UID.policyDocument),
  interpretations: await tableRows(app.strapi, UID.policyInterpretation),
  forcePublishRecords: await tableRows(app.strapi, UID.forcePublishRecord),
});

const publishedCount = (uid: typeof UID.policyDocument | typeof UID.policyInterpretation, documentId: string) =>
  app.strapi.db.query(uid).count({ where: { documentId, publishedAt: { $notNull: true } } });

const normativeDraft = async (title: string, fields: Record<string, unknown> = {}) =>
  (
    await app.strapi
      .documents(UID.policyDocument)
      .create({ data: documentData(department.documentId, { title, isNormative: true, ...fields }) })
  ).documentId;

const interpretationDraft = async (documentId: string, title: string, fields: Record<string, unknown> = {}) =>
  (
    await app.strapi.documents(UID.policyInterpretation).create({
      data: { title, document: documentId, form: 'text_reading', mainContent: '解读要点。', ...fields },
    })
  ).documentId;

/** A published normative document with one published interpretation. */
const publishedPair = async (title: string) => {
  const documentId = await normativeDraft(title);
  const interpretationId = await interpretationDraft(documentId, `${title}解读`);
  await app.strapi.documents(UID.policyDocument).publish({ documentId });
  return { documentId, interpretationId };
};

describe('同步发布', () => {
  test('只发布通过自身校验的解读草稿', async () => {
    const documentId = await normativeDraft('同步发布测试文件');
    const ready = await interpretationDraft(documentId, '合格的解读');
    const notReady = await interpretationDraft(documentId, '缺少解读形式的解读', { form: null });

    const res = await as(webmaster).post(`${docsUrl}/${documentId}/actions/publish`).send({});

    expect(res.status).toBe(200);
    expect(await publishedCount(UID.policyDocument, documentId)).toBe(1);
    expect(await publishedCount(UID.policyInterpretation, ready)).toBe(1);
    expect(await publishedCount(UID.policyInterpretation, notReady)).toBe(0);
  });

  test('解读草稿都不合格时拒绝发布，并说明每篇解读的问题', async () => {
    const documentId = await normativeDraft('解读不合格的文件');
    const notReady = await interpretationDraft(documentId, '缺少解读形式的解读', { form: null });
    const before = await snapshot();

    const res = await as(webmaster).post(`${docsUrl}/${documentId}/actions/publish`).send({});

    expect(res.status).toBe(400);
    expect(res.body.error.details.reasons).toEqual([
      { code: 'INTERPRETATION_REQUIRED', message: '该文件为规范性文件，须同步发布政策解读，请先关联并发布解读材料' },
      {
        code: 'INTERPRETATION_NOT_READY',
        message: '关联的解读《缺少解读形式的解读》不能同步发布：「解读形式」为必填项',
        documentId: notReady,
      },
    ]);
    expect(res.body.error.message).toBe(
      '该文件为规范性文件，须同步发布政策解读，请先关联并发布解读材料；关联的解读《缺少解读形式的解读》不能同步发布：「解读形式」为必填项',
    );
    expect(await snapshot()).toEqual(before);
  });
});

describe('解读不能先于文件发布', () => {
  test('文件未发布时单独发布解读：400，提示从文件页面发布', async () => {
    const documentId = await normativeDraft('尚未发布的文件');
    const interpretationId = await interpretationDraft(documentId, '先行发布的解读');
    const before = await snapshot();

    const res = await as(webmaster).post(`${interpretationsUrl}/${interpretationId}/actions/publish`).send({});

    expect(res.status).toBe(400);
    expect(res.body.error.details.reasons).toEqual([
      {
        code: 'DOCUMENT_NOT_PUBLISHED',
        message:
          '所解读的文件《尚未发布的文件》尚未发布，解读不能先于文件发布，请在该文件页面点击“发布”，文件与解读同步发布',
      },
    ]);
    expect(await snapshot()).toEqual(before);
  });

  test('文件已发布后，新增的解读可以单独发布', async () => {
    const { documentId } = await publishedPair('已发布的文件');
    const second = await interpretationDraft(documentId, '补充解读');

    const res = await as(webmaster).post(`${interpretationsUrl}/${second}/actions/publish`).send({});

    expect(res.status).toBe(200);
    expect(await publishedCount(UID.policyInterpretation, second)).toBe(1);
  });
});

describe('已发布文件的最后一篇已发布解读', () => {
  test.each`
    label         | act
    ${'撤销发布'} | ${(id: string) => as(webmaster).post(`${interpretationsUrl}/${id}/actions/unpublish`).send({})}
    ${'删除'}     | ${(id: string) => as(webmaster).del(`${interpretationsUrl}/${id}`)}
  `('不能$label：400 且不改变数据', async ({ act }) => {
    const { interpretationId } = await publishedPair(`唯一解读的文件${Math.random()}`);
    const before = await snapshot();

    const res = await act(interpretationId);

    expect(res.status).toBe(400);
    expect(res.body.error.details.reasons.map((r: { code: string }) => r.code)).toEqual(['LAST_INTERPRETATION']);
    expect(await snapshot()).toEqual(before);
  });

  test('不能改为解读其他文件后重新发布', async () => {
    const { interpretationId } = await publishedPair('原文件');
    const { documentId: other } = await publishedPair('另一文件');
    const before = await snapshot();

    const res = await as(webmaster)
      .post(`${interpretationsUrl}/${interpretationId}/actions/publish`)
      .send({ document: { connect: [{ documentId: other }] } });

    expect(res.status).toBe(400);
    expect(res.body.error.details.reasons).toEqual([
      {
        code: 'LAST_INTERPRETATION',
        message:
          '该解读是已发布文件《原文件》唯一已发布的解读，文件仍处于发布状态时不能撤销发布、删除或改为解读其他文件',
      },
      // The webmaster changed the interpretation while publishing it, without a 强制发布理由.
      { code: 'SAME_EDITOR', message: '您是该解读的最后编辑人，按“第二双眼睛”规则须由其他审核人发布' },
    ]);
    expect(await snapshot()).toEqual(before);
  });

  test('还有其他已发布解读时可以撤销其中一篇', async () => {
    const { documentId, interpretationId } = await publishedPair('两篇解读的文件');
    const second = await interpretationDraft(documentId, '第二篇解读');
    await app.strapi.documents(UID.policyInterpretation).publish({ documentId: second });

    const res = await as(webmaster).post(`${interpretationsUrl}/${interpretationId}/actions/unpublish`).send({});

    expect(res.status).toBe(200);
    expect(await publishedCount(UID.policyInterpretation, interpretationId)).toBe(0);
  });
});

describe('批量发布：全部通过才发布，否则一篇都不发布并列出不能发布的文件', () => {
  test('三篇文件中一篇缺少解读', async () => {
    const ok1 = (
      await app.strapi
        .documents(UID.policyDocument)
        .create({ data: documentData(department.documentId, { title: '批量一' }) })
    ).documentId;
    const ok2 = (
      await app.strapi
        .documents(UID.policyDocument)
        .create({ data: documentData(department.documentId, { title: '批量二' }) })
    ).documentId;
    const bad = await normativeDraft('批量三（缺解读）');
    const before = await snapshot();

    const res = await as(webmaster)
      .post(`${docsUrl}/actions/bulkPublish`)
      .send({ documentIds: [ok1, ok2, bad] });

    expect(res.status).toBe(400);
    expect(res.body.error.message).toBe(
      '批量发布未执行，以下文件不能发布：《批量三（缺解读）》该文件为规范性文件，须同步发布政策解读，请先关联并发布解读材料',
    );
    expect(res.body.error.details.reasons).toEqual([
      {
        code: 'INTERPRETATION_REQUIRED',
        message: '《批量三（缺解读）》该文件为规范性文件，须同步发布政策解读，请先关联并发布解读材料',
        documentId: bad,
      },
    ]);
    expect(await snapshot()).toEqual(before);
  });
});

describe('强制发布（解读后补）', () => {
  const editorGrants = [
    ...contentManagerGrants([UID.policyDocument, UID.policyInterpretation], ['create', 'read', 'update', 'publish']),
  ];

  test('有“强制发布”权限并填写理由：发布成功，记录操作人、时间和解读补发期限', async () => {
    const office = await loginWithRole(app, '公开办', [
      ...editorGrants,
      { action: 'plugin::content-manager.force-publish' },
    ]);
    const documentId = await normativeDraft('紧急发布的文件', {
      issuedAt: '2026-09-30',
      forcePublishReason: '防汛应急，须当日发布，解读次日补发',
    });

    const res = await as(office).post(`${docsUrl}/${documentId}/actions/publish`).send({});

    expect(res.status).toBe(200);
    const published = await app.strapi.db
      .query(UID.policyDocument)
      .findOne({ where: { documentId, publishedAt: { $notNull: true } } });
    expect(published).toMatchObject({
      forcePublishReason: '防汛应急，须当日发布，解读次日补发',
      forcePublishedBy: '测试公开办',
      interpretationDueAt: '2026-10-10',
    });
    expect(published.forcePublishedAt).not.toBeNull();
    const records = await app.strapi.db
      .query(UID.forcePublishRecord)
      .findMany({ where: { document: { documentId } }, populate: { document: { select: ['documentId'] } } });
    expect(records.map((r: Record<string, unknown>) => [r.reason, r.publishedBy, r.interpretationDueAt])).toEqual([
      ['防汛应急，须当日发布，解读次日补发', '测试公开办', '2026-10-10'],
    ]);
  });

  test('没有“强制发布”权限的编辑填写理由也不能发布', async () => {
    const editor = await loginWithRole(app, '部门审核', editorGrants);
    const documentId = await normativeDraft('编辑试图强制发布', { forcePublishReason: '赶时间' });
    const before = await snapshot();

    const res = await as(editor).post(`${docsUrl}/${documentId}/actions/publish`).send({});

    expect(res.status).toBe(400);
    expect(res.body.error.details.reasons.map((r: { code: string }) => r.code)).toEqual(['INTERPRETATION_REQUIRED']);
    expect(await snapshot()).toEqual(before);
  });

  test('有权限但未填写理由：按缺少解读拒绝', async () => {
    const office = await loginWithRole(app, '公开办', [
      ...editorGrants,
      { action: 'plugin::content-manager.force-publish' },
    ]);
    const documentId = await normativeDraft('未填理由的文件');

    const res = await as(office).post(`${docsUrl}/${documentId}/actions/publish`).send({});

    expect(res.status).toBe(400);
    expect(res.body.error.details.reasons.map((r: { code: string }) => r.code)).toEqual(['INTERPRETATION_REQUIRED']);
  });
});

test('依申请公开须填写理由（保存草稿时即校验）', async () => {
  const res = await as(webmaster)
    .post(docsUrl)
    .send(documentData(department.documentId, { title: '依申请公开无理由', disclosure: 'on_request' }));

  expect(res.status).toBe(400);
  expect(res.body.error.details.reasons).toEqual([
    {
      path: ['disclosureReason'],
      code: 'FIELD_REQUIRED',
      message: '公开属性为“依申请公开”时须填写「不公开/依申请公开理由」',
    },
  ]);
});
