import { PUBLIC_CONTENT_VERSION_TABLE } from '../../src/repositories/tables';
import { PUBLIC_DOCUMENT_LIST_INDEX } from '../../src/repositories/public-list-index';
import { tableQuery } from '../../src/repositories/own-tables';
import { addCalendarDays } from '../../src/domain/calendar/working-days';
import { chinaLocalDate } from '../../src/domain/dates';
import { UID } from '../../src/uid';
import { createDepartment, documentData, loginAsSuperAdmin, startApp, walkDecisionTo, withToken } from '../helpers';
import type { DepartmentFixture, TestApp } from '../helpers';

/**
 * The server-side cache of public answers (services/public-cache.ts). Rows changed behind Strapi's back
 * (straight in the database) show whether an answer came from the cache or from the database.
 */
let app: TestApp;
let department: DepartmentFixture;
let adminToken: string;

const docs = UID.policyDocument;
const CM = `/content-manager/collection-types/${docs}`;

const titles = (res: { body: { data: { title: string }[] } }) => res.body.data.map((item) => item.title);
const list = () => app.http().get(`/api/policy-documents?filters[issuingDepartment][code][$eq]=${department.code}`);

const createDoc = async (fields: Record<string, unknown>) =>
  (await app.strapi.documents(docs).create({ data: documentData(department.documentId, fields) })).documentId;

const publishedDoc = async (title: string, fields: Record<string, unknown> = {}) => {
  const documentId = await createDoc({ title, ...fields });
  await app.strapi.documents(docs).publish({ documentId });
  return documentId;
};

/** Changes the published row in the database only, as no instance of the app would. */
const retitleBehindTheAppsBack = (documentId: string, title: string) =>
  app.strapi.db.query(docs).updateMany({ where: { documentId, publishedAt: { $notNull: true } }, data: { title } });

const publicVersion = async () =>
  (await tableQuery(app.strapi, PUBLIC_CONTENT_VERSION_TABLE).where({ id: 1 }).first('version'))?.version;

/** What another instance does after it publishes: it raises the version in the shared database. */
const anotherInstancePublishes = async () => {
  await tableQuery(app.strapi, PUBLIC_CONTENT_VERSION_TABLE).where({ id: 1 }).increment('version', 1);
};

describe('公开接口的服务端缓存', () => {
  beforeAll(async () => {
    app = await startApp();
    department = await createDepartment(app.strapi, { name: '缓存测试局' });
    adminToken = (await loginAsSuperAdmin(app)).token;
  });

  afterAll(() => app.stop());

  test('内容未变时同一请求由缓存作答；另一实例发布后（共享库中的版本号上升），本实例下一次请求即重新读取', async () => {
    const documentId = await publishedDoc('缓存中的原标题');
    const first = await list();

    await retitleBehindTheAppsBack(documentId, '库中的新标题');
    const cached = await list();
    await anotherInstancePublishes();
    const fresh = await list();

    expect(titles(first)).toEqual(['缓存中的原标题']);
    expect(cached.text).toBe(first.text);
    expect(cached.headers.etag).toBe(first.headers.etag);
    expect(titles(fresh)).toEqual(['库中的新标题']);
    expect(fresh.headers.etag).not.toBe(first.headers.etag);
  });

  test('在管理后台发布和撤销发布（在事务中提交）：下一次公开请求立即反映', async () => {
    const admin = withToken(app, adminToken);
    const documentId = await createDoc({ title: '后台发布的缓存测试文件' });
    const before = await list();

    const published = await admin.post(`${CM}/${documentId}/actions/publish`).send({});
    const afterPublish = await list();
    const detail = await app.http().get(`/api/policy-documents/${documentId}`);
    const withdrawn = await admin.post(`${CM}/${documentId}/actions/unpublish`).send({});
    const afterUnpublish = await list();
    const detailAfterUnpublish = await app.http().get(`/api/policy-documents/${documentId}`);

    expect(published.status).toBe(200);
    expect(withdrawn.status).toBe(200);
    expect(titles(before)).not.toContain('后台发布的缓存测试文件');
    expect(titles(afterPublish)).toContain('后台发布的缓存测试文件');
    expect(detail.status).toBe(200);
    expect(titles(afterUnpublish)).not.toContain('后台发布的缓存测试文件');
    expect(detailAfterUnpublish.status).toBe(404);
  });

  test('保存草稿不使缓存失效（公众看不到草稿）；通过内容接口直接发布的修改立即生效', async () => {
    const documentId = await publishedDoc('草稿测试原标题');
    await list();
    await retitleBehindTheAppsBack(documentId, '库中改过的标题');

    const retitle = (title: string) => ({ title }) as Record<string, unknown>;
    await app.strapi.documents(docs).update({ documentId, data: retitle('草稿里的新标题') });
    const afterDraftSave = await list();
    await app.strapi.documents(docs).update({ documentId, data: retitle('发布后的新标题'), status: 'published' });
    const afterPublishedUpdate = await list();

    expect(titles(afterDraftSave)).toContain('草稿测试原标题');
    expect(titles(afterPublishedUpdate)).toContain('发布后的新标题');
  });

  test('在管理后台修改部门名称：公开答复中的发布机构名称立即更新', async () => {
    const documentId = await publishedDoc('部门改名测试文件');
    const before = await app.http().get(`/api/policy-documents/${documentId}`);

    const renamed = await withToken(app, adminToken)
      .put(`/content-manager/collection-types/${UID.department}/${department.documentId}`)
      .send({ name: '缓存测试局（更名）' });
    const after = await app.http().get(`/api/policy-documents/${documentId}`);

    expect(renamed.status).toBe(200);
    expect(before.body.data.issuingDepartment.name).toBe('缓存测试局');
    expect(after.body.data.issuingDepartment.name).toBe('缓存测试局（更名）');
  });

  test('在媒体库中修改附件名称：文件详情中的附件名称立即更新', async () => {
    const admin = withToken(app, adminToken);
    const uploaded = await admin.post('/upload').attach('files', Buffer.from('附件正文'), {
      filename: 'fujian.txt',
      contentType: 'text/plain',
    });
    const fileId: number = uploaded.body[0].id;
    const documentId = await publishedDoc('带附件的缓存测试文件', { attachments: [fileId] });
    const before = await app.http().get(`/api/policy-documents/${documentId}`);

    const renamed = await admin
      .post(`/upload?id=${fileId}`)
      .field('fileInfo', JSON.stringify({ name: '实施细则.txt' }));
    const after = await app.http().get(`/api/policy-documents/${documentId}`);

    expect(uploaded.status).toBe(201);
    expect(renamed.status).toBe(200);
    expect(before.body.data.attachments.map((file: { name: string }) => file.name)).toEqual(['fujian.txt']);
    expect(after.body.data.attachments.map((file: { name: string }) => file.name)).toEqual(['实施细则.txt']);
  });

  test('公众提交意见（待审核，不公开）：公开内容版本号不变、详情仍由缓存作答；意见审核公开后详情立即更新', async () => {
    const today = chinaLocalDate(new Date());
    const item = await app.strapi
      .documents(UID.decisionItem)
      .create({ data: { title: '缓存测试征求意见事项', year: 2026, department: department.documentId } });
    await walkDecisionTo(app.strapi, item.documentId, 'public_consultation', {
      consultationStart: addCalendarDays(today, -3),
      consultationEnd: addCalendarDays(today, 27),
    });
    await app.strapi.documents(UID.decisionItem).publish({ documentId: item.documentId });
    const detail = () => app.http().get(`/api/decision-items/${item.documentId}`);
    const first = await detail();
    const version = await publicVersion();

    const submitted = await app
      .http()
      .post('/api/decision-comments')
      .send({ data: { decisionItem: item.documentId, content: '建议延长学区调整的过渡期。' } });
    expect(submitted.status).toBe(201);
    const versionAfterSubmit = await publicVersion();
    const afterSubmit = await detail();
    const moderated = await withToken(app, adminToken)
      .put(`/content-manager/collection-types/${UID.decisionComment}/${submitted.body.data.documentId}`)
      .send({ moderation: 'moderation_published' });
    const afterModeration = await detail();

    expect(first.body.data.commentCounts).toMatchObject({ received: 0, published: 0 });
    expect(versionAfterSubmit).toBe(version);
    expect(afterSubmit.text).toBe(first.text);
    expect(moderated.status).toBe(200);
    expect(afterModeration.body.data.commentCounts).toMatchObject({ received: 1, published: 1 });
  });

  test('出错的答复不缓存：同一地址先 404，库中的行变为主动公开后 200', async () => {
    const documentId = await publishedDoc('依申请公开转主动公开的文件');
    const published = { documentId, publishedAt: { $notNull: true } };
    await app.strapi.db.query(docs).updateMany({ where: published, data: { disclosure: 'on_request' } });
    await anotherInstancePublishes();
    const before = await app.http().get(`/api/policy-documents/${documentId}`);

    await app.strapi.db.query(docs).updateMany({ where: published, data: { disclosure: 'proactive' } });
    const after = await app.http().get(`/api/policy-documents/${documentId}`);

    expect(before.status).toBe(404);
    expect(after.status).toBe(200);
    expect(after.body.data.title).toBe('依申请公开转主动公开的文件');
  });
});

/** Names of the indexes on the policy documents table, read from the database's catalogue. */
const documentIndexes = async (): Promise<string[]> => {
  const knex = app.strapi.db.connection;
  const table = app.strapi.db.metadata.get(docs).tableName;
  switch (app.strapi.db.dialect.client) {
    case 'postgres': {
      const result = await knex.raw('SELECT indexname FROM pg_indexes WHERE schemaname = ? AND tablename = ?', [
        app.strapi.db.getSchemaName() ?? 'public',
        table,
      ]);
      return result.rows.map((row: { indexname: string }) => row.indexname);
    }
    case 'sqlite': {
      const rows = await knex.raw("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ?", [table]);
      return rows.map((row: { name: string }) => row.name);
    }
    default:
      return [];
  }
};

describe('公开文件列表的部分索引', () => {
  beforeAll(async () => {
    app = await startApp();
  });

  afterAll(() => app.stop());

  test('启动后存在（PostgreSQL、SQLite；MySQL 无部分索引），重启后仍在', async () => {
    const expected = ['postgres', 'sqlite'].includes(app.strapi.db.dialect.client) ? [PUBLIC_DOCUMENT_LIST_INDEX] : [];

    const afterStart = await documentIndexes();
    app = await app.restart();
    const afterRestart = await documentIndexes();

    expect(afterStart.filter((name) => name === PUBLIC_DOCUMENT_LIST_INDEX)).toEqual(expected);
    expect(afterRestart.filter((name) => name === PUBLIC_DOCUMENT_LIST_INDEX)).toEqual(expected);
  });
});

describe('PUBLIC_API_CACHE_MB=0：关闭缓存', () => {
  beforeAll(async () => {
    app = await startApp({ PUBLIC_API_CACHE_MB: '0' });
    department = await createDepartment(app.strapi, { name: '无缓存测试局' });
  });

  afterAll(() => app.stop());

  test('每次请求都从数据库读取', async () => {
    const documentId = await publishedDoc('无缓存原标题');
    const first = await list();

    await retitleBehindTheAppsBack(documentId, '无缓存新标题');
    const second = await list();

    expect(titles(first)).toEqual(['无缓存原标题']);
    expect(titles(second)).toEqual(['无缓存新标题']);
  });
});

describe('PUBLIC_API_CACHE_MB=1：缓存按请求地址的长度计入', () => {
  beforeAll(async () => {
    app = await startApp({ PUBLIC_API_CACHE_MB: '1' });
    department = await createDepartment(app.strapi, { name: '键长测试局' });
  });

  afterAll(() => app.stop());

  test('带 15 KB 无关参数的请求占满 1 MB 后，最早的答复被淘汰（只按答复大小计时 60 条远不足 1 MB）', async () => {
    const documentId = await publishedDoc('键长测试原标题');
    const padded = (i: number) =>
      app
        .http()
        .get(
          `/api/policy-documents?filters[issuingDepartment][code][$eq]=${department.code}&ignored=${i}${'x'.repeat(15000)}`,
        );
    const first = await padded(0);
    await retitleBehindTheAppsBack(documentId, '键长测试新标题');

    for (let i = 1; i <= 60; i += 1) expect((await padded(i)).status).toBe(200);
    const again = await padded(0);

    expect(titles(first)).toEqual(['键长测试原标题']);
    expect(titles(again)).toEqual(['键长测试新标题']);
  });
});
