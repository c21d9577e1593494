import { DEMO_PASSWORD } from '../../src/seed/seed-demo';
import { UID } from '../../src/uid';
import { startApp, withToken } from '../helpers';
import type { TestApp } from '../helpers';

let app: TestApp;

beforeAll(async () => {
  app = await startApp({ DEMO_SEED: 'true' });
});

afterAll(() => app.stop());

const AFTER_SCHOOL = '清河区教育局关于开展中小学课后服务工作的实施意见（征求意见稿）';
const AFTER_SCHOOL_READING = '《关于开展中小学课后服务工作的实施意见》解读（草稿）';
const docsUrl = `/content-manager/collection-types/${UID.policyDocument}`;

const loginAs = async (email: string) => {
  const res = await app.http().post('/admin/login').send({ email, password: DEMO_PASSWORD });
  expect(res.status).toBe(200);
  return withToken(app, res.body.data.token as string);
};

const draftIdOf = async (where: Record<string, unknown>) =>
  (await app.strapi.db.query(UID.policyDocument).findOne({ where: { ...where, publishedAt: null } }))
    .documentId as string;

const publishedRows = () =>
  app.strapi.db.query(UID.policyDocument).count({ where: { publishedAt: { $notNull: true } } });

describe('发布检查：与发布闸门使用同一个判断', () => {
  test('列出关联的解读及其状态、需要解读的原因、谁可以发布和归档移交期限', async () => {
    const reviewer = await loginAs('jyj-reviewer@qinghe.example.gov.cn');
    const documentId = await draftIdOf({ title: AFTER_SCHOOL });

    const res = await reviewer.get(`/gov-publish-check/documents/${documentId}`);

    expect(res.body.data).toMatchObject({
      needsInterpretationBecause: '规范性文件',
      interpretations: [{ title: AFTER_SCHOOL_READING, state: 'co-publish', problems: [] }],
      mayPublish: true,
      mayForcePublish: false,
      forcePublish: false,
    });
    expect(res.body.data.archiveDueAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  test('审核人看到的原因与点击“发布”时被拒绝的原因完全一致，发布被拒绝时什么都不变', async () => {
    const reviewer = await loginAs('jyj-reviewer@qinghe.example.gov.cn');
    const documentId = await draftIdOf({ title: AFTER_SCHOOL });
    await app.strapi.db
      .query(UID.policyDocument)
      .update({ where: { documentId, publishedAt: null }, data: { secrecyReviewed: false, legalityReviewed: false } });

    const check = await reviewer.get(`/gov-publish-check/documents/${documentId}`);
    const before = await publishedRows();
    const publish = await reviewer.post(`${docsUrl}/${documentId}/actions/publish`).send({});

    expect(check.status).toBe(200);
    expect(check.body.data.reasons).toEqual([
      { code: 'SECRECY_REVIEW_MISSING', message: '发布前须完成保密审查，请确认“已通过保密审查”' },
      { code: 'LEGALITY_REVIEW_MISSING', message: '发布前须完成合法性审查，请确认“已通过合法性审查”' },
    ]);
    expect(publish.status).toBe(400);
    expect(publish.body.error.details.reasons).toEqual(check.body.data.reasons);
    expect(await publishedRows()).toBe(before);
  });

  test('公开办可以强制发布；部门编辑不能发布', async () => {
    const documentId = await draftIdOf({ title: AFTER_SCHOOL });
    const office = await loginAs('gkb@qinghe.example.gov.cn');
    const editor = await loginAs('jyj-editor@qinghe.example.gov.cn');

    const asOffice = await office.get(`/gov-publish-check/documents/${documentId}`);
    const asEditor = await editor.get(`/gov-publish-check/documents/${documentId}`);

    expect([asOffice.body.data.mayPublish, asOffice.body.data.mayForcePublish]).toEqual([true, true]);
    expect([asEditor.body.data.mayPublish, asEditor.body.data.mayForcePublish]).toEqual([false, false]);
  });

  test('强制发布理由只有公开办看得到、填得了；部门编辑提交的理由被忽略', async () => {
    const documentId = await draftIdOf({ title: AFTER_SCHOOL });
    const office = await loginAs('gkb@qinghe.example.gov.cn');
    const editor = await loginAs('jyj-editor@qinghe.example.gov.cn');

    const asOffice = await office.get(`${docsUrl}/${documentId}`);
    const asEditor = await editor.get(`${docsUrl}/${documentId}`);
    const put = await editor.put(`${docsUrl}/${documentId}`).send({ forcePublishReason: '编辑自己填的理由' });

    expect(asOffice.body.data).toHaveProperty('forcePublishReason', null);
    expect(asEditor.status).toBe(200);
    expect(asEditor.body.data).not.toHaveProperty('forcePublishReason');
    expect(put.status).toBe(200);
    const stored = await app.strapi.db
      .query(UID.policyDocument)
      .findOne({ where: { documentId, publishedAt: null }, select: ['forcePublishReason'] });
    expect(stored.forcePublishReason).toBeNull();
  });

  test('其他部门的文件和不存在的文件：404，不透露内容', async () => {
    const reviewer = await loginAs('wjw-reviewer@qinghe.example.gov.cn');
    const documentId = await draftIdOf({ title: AFTER_SCHOOL });

    const other = await reviewer.get(`/gov-publish-check/documents/${documentId}`);
    const missing = await reviewer.get('/gov-publish-check/documents/doesnotexist000000000000');

    for (const res of [other, missing]) {
      expect(res.status).toBe(404);
      expect(res.body).toEqual({
        data: null,
        error: { status: 404, name: 'NotFoundError', message: '文件不存在或您无权查看', details: {} },
      });
    }
  });

  test('未登录：401', async () => {
    const documentId = await draftIdOf({ title: AFTER_SCHOOL });

    expect((await app.http().get(`/gov-publish-check/documents/${documentId}`)).status).toBe(401);
  });
});
