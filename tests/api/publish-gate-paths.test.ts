import { UID } from '../../src/uid';
import {
  createDepartment,
  createFullAccessToken,
  documentData,
  fromCall,
  fromResponse,
  loginAsSuperAdmin,
  startApp,
  tableRows,
} from '../helpers';
import type { DepartmentFixture, Outcome, TestApp } from '../helpers';

let app: TestApp;
let department: DepartmentFixture;
let apiToken: string;
let adminToken: string;

beforeAll(async () => {
  app = await startApp();
  department = await createDepartment(app.strapi, { code: '014359801', name: '测试区教育局' });
  apiToken = await createFullAccessToken(app);
  adminToken = (await loginAsSuperAdmin(app)).token;
});

afterAll(() => app.stop());

const CM = `/content-manager/collection-types/${UID.policyDocument}`;
const documents = () => app.strapi.documents(UID.policyDocument);
const admin = () => ({
  post: (url: string) => app.http().post(url).set('Authorization', `Bearer ${adminToken}`),
});
const api = () => ({
  post: (url: string) => app.http().post(url).set('Authorization', `Bearer ${apiToken}`),
  put: (url: string) => app.http().put(url).set('Authorization', `Bearer ${apiToken}`),
});

/** Everything a refused publish must leave as it was. */
const snapshot = async () => ({
  documents: await tableRows(app.strapi, UID.policyDocument),
  interpretations: await tableRows(app.strapi, UID.policyInterpretation),
  forcePublishRecords: await tableRows(app.strapi, UID.forcePublishRecord),
});

const isPublished = async (documentId: string) =>
  (await app.strapi.db.query(UID.policyDocument).count({ where: { documentId, publishedAt: { $notNull: true } } })) ===
  1;

const createDraft = async (fields: Record<string, unknown>) =>
  (await documents().create({ data: documentData(department.documentId, fields) })).documentId;

interface Refusal {
  reasons: unknown[];
  message: string;
}
type Expect = (reason: { code: string; message: string }, draft: { documentId: string; title: string }) => Refusal;

/** Single publishes answer with the document's own reasons. */
const own: Expect = (reason) => ({ reasons: [reason], message: reason.message });
/** Bulk publish is all or nothing and names each refused document. */
const namedInBulk: Expect = (reason, draft) => {
  const message = `《${draft.title}》${reason.message}`;
  return {
    reasons: [{ ...reason, message, documentId: draft.documentId }],
    message: `批量发布未执行，以下文件不能发布：${message}`,
  };
};

interface PublishPath {
  run: (documentId: string) => Promise<Outcome>;
  refusal: Expect;
}

/** Each way to publish an existing draft; each edits the body on the way where the path allows it. */
const PUBLISH_DRAFT: Record<string, PublishPath> = {
  'admin Publish': {
    run: async (id) => fromResponse(await admin().post(`${CM}/${id}/actions/publish`).send({})),
    refusal: own,
  },
  'admin bulk publish': {
    run: async (id) =>
      fromResponse(
        await admin()
          .post(`${CM}/actions/bulkPublish`)
          .send({ documentIds: [id] }),
      ),
    refusal: namedInBulk,
  },
  'content API PUT': {
    run: async (id) =>
      fromResponse(
        await api()
          .put(`/api/policy-documents/${id}`)
          .send({ data: { body: '修改后的正文' } }),
      ),
    refusal: own,
  },
  'documents().publish': { run: (id) => fromCall(() => documents().publish({ documentId: id })), refusal: own },
  "documents().update({ status: 'published' })": {
    run: (id) =>
      fromCall(() => {
        const data: Record<string, unknown> = { body: '修改后的正文' };
        return documents().update({ documentId: id, data, status: 'published' });
      }),
    refusal: own,
  },
};

/** Each way to create a document that is published at once. */
const CREATE_PUBLISHED: Record<string, (data: Record<string, unknown>) => Promise<Outcome>> = {
  'content API POST': async (data) => fromResponse(await api().post('/api/policy-documents').send({ data })),
  "documents().create({ status: 'published' })": (data) =>
    fromCall(() => documents().create({ data, status: 'published' })),
};

const RULES = [
  {
    label: '规范性文件无解读',
    fields: { isNormative: true },
    code: 'INTERPRETATION_REQUIRED',
    message: '该文件为规范性文件，须同步发布政策解读，请先关联并发布解读材料',
  },
  {
    label: '依申请公开',
    fields: { disclosure: 'on_request', disclosureReason: '涉及第三方商业秘密' },
    code: 'DISCLOSURE_NOT_PROACTIVE',
    message: '该文件的公开属性为“依申请公开”，只有主动公开的文件可以在网站发布',
  },
  {
    label: '不予公开',
    fields: { disclosure: 'not_disclosed', disclosureReason: '属于内部事务信息' },
    code: 'DISCLOSURE_NOT_PROACTIVE',
    message: '该文件的公开属性为“不予公开”，只有主动公开的文件可以在网站发布',
  },
  {
    label: '密级为内部',
    fields: { classification: 'internal' },
    code: 'CLASSIFIED',
    message: '该文件密级为“内部”，只有非密文件可以发布',
  },
  {
    label: '未做保密审查',
    fields: { secrecyReviewed: false },
    code: 'SECRECY_REVIEW_MISSING',
    message: '发布前须完成保密审查，请确认“已通过保密审查”',
  },
  {
    label: '未做合法性审查',
    fields: { legalityReviewed: false },
    code: 'LEGALITY_REVIEW_MISSING',
    message: '发布前须完成合法性审查，请确认“已通过合法性审查”',
  },
  {
    label: '删减后公开缺删减理由',
    fields: { publishMode: 'redacted', redactionContent: '第三条第二款' },
    code: 'REDACTION_REASON_MISSING',
    message: '删减后公开须填写删减内容和删减理由',
  },
];

describe.each(Object.keys(PUBLISH_DRAFT))('%s：违反发布规则时返回 400、列出原因、不改变任何数据', (path) => {
  test.each(RULES)('$label', async ({ fields, code, message }) => {
    const title = `待发布文件（${code}）`;
    const documentId = await createDraft({ title, ...fields });
    const before = await snapshot();

    const outcome = await PUBLISH_DRAFT[path].run(documentId);

    const expected = PUBLISH_DRAFT[path].refusal({ code, message }, { documentId, title });
    expect(outcome.status).toBe(400);
    expect(outcome.error?.name).toBe('ValidationError');
    expect(outcome.error?.details.reasons).toEqual(expected.reasons);
    expect(outcome.error?.message).toBe(expected.message);
    expect(await snapshot()).toEqual(before);
  });
});

describe.each(Object.keys(CREATE_PUBLISHED))('%s：违反发布规则时返回 400、不写入任何数据', (path) => {
  test.each(RULES)('$label', async ({ fields, code, message }) => {
    const before = await snapshot();

    const outcome = await CREATE_PUBLISHED[path](documentData(department.documentId, fields));

    expect(outcome.status).toBe(400);
    expect(outcome.error?.details.reasons).toEqual([{ code, message }]);
    expect(outcome.error?.message).toBe(message);
    expect(await snapshot()).toEqual(before);
  });
});

describe.each(Object.keys(PUBLISH_DRAFT))('%s：符合规则的文件可以发布', (path) => {
  test('部门的一般文件（无需解读）', async () => {
    const documentId = await createDraft({ title: '部门一般文件' });

    const outcome = await PUBLISH_DRAFT[path].run(documentId);

    expect(outcome.status).toBeLessThan(300);
    expect(await isPublished(documentId)).toBe(true);
  });

  test('规范性文件与其解读草稿同步发布', async () => {
    const documentId = await createDraft({ title: '规范性文件', isNormative: true });
    const interpretation = await app.strapi.documents(UID.policyInterpretation).create({
      data: { title: '规范性文件解读', document: documentId, form: 'text_reading', mainContent: '要点。' },
    });

    const outcome = await PUBLISH_DRAFT[path].run(documentId);

    expect(outcome.status).toBeLessThan(300);
    expect(await isPublished(documentId)).toBe(true);
    const published = await app.strapi.db.query(UID.policyInterpretation).findOne({
      where: { documentId: interpretation.documentId, publishedAt: { $notNull: true } },
      populate: { document: { select: ['documentId', 'publishedAt'] } },
    });
    expect(published.document.documentId).toBe(documentId);
    expect(published.document.publishedAt).not.toBeNull();
  });
});

describe.each(Object.keys(CREATE_PUBLISHED))('%s：符合规则的文件可以直接发布', (path) => {
  test('部门的一般文件（无需解读）', async () => {
    const outcome = await CREATE_PUBLISHED[path](documentData(department.documentId, { title: '直接发布的文件' }));

    expect(outcome.status).toBeLessThan(300);
    expect(
      await app.strapi.db
        .query(UID.policyDocument)
        .count({ where: { title: '直接发布的文件', publishedAt: { $notNull: true } } }),
    ).toBeGreaterThan(0);
  });
});
