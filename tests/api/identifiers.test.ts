import { UID } from '../../src/uid';
import { createDepartment, createFullAccessToken, documentData, startApp } from '../helpers';
import type { DepartmentFixture, TestApp } from '../helpers';

let app: TestApp;
let education: DepartmentFixture;
let market: DepartmentFixture;
let apiToken: string;

beforeAll(async () => {
  app = await startApp();
  education = await createDepartment(app.strapi, { code: '014350103', name: '测试区教育局' });
  market = await createDepartment(app.strapi, {
    code: '014350105',
    name: '测试区市场监管局',
    indexTemplate: 'SY{code}{year}{seq:5}',
  });
  apiToken = await createFullAccessToken(app);
});

afterAll(() => app.stop());

const documents = () => app.strapi.documents(UID.policyDocument);
const draftOf = (documentId: string) =>
  app.strapi.db.query(UID.policyDocument).findOne({ where: { documentId, publishedAt: null } });

describe('索引号按发布机构模板自动生成', () => {
  test.each`
    label                               | department         | issuedAt        | pattern
    ${'默认模板 机构代码/年份-流水号'}  | ${() => education} | ${'2026-03-01'} | ${/^014350103\/2026-\d{5}$/}
    ${'前缀式模板 SY+代码+年份+流水号'} | ${() => market}    | ${'2026-03-01'} | ${/^SY0143501052026\d{5}$/}
    ${'年份取自成文日期'}               | ${() => education} | ${'2021-05-20'} | ${/^014350103\/2021-\d{5}$/}
  `('$label', async ({ department, issuedAt, pattern }) => {
    const created = await documents().create({ data: documentData(department().documentId, { issuedAt }) });

    expect(created.indexNumber).toMatch(pattern);
  });

  test('同一机构同一年份的流水号依次递增', async () => {
    const first = await documents().create({ data: documentData(education.documentId, { issuedAt: '2024-01-01' }) });
    const second = await documents().create({ data: documentData(education.documentId, { issuedAt: '2024-06-01' }) });

    expect([first.indexNumber, second.indexNumber]).toEqual(['014350103/2024-00001', '014350103/2024-00002']);
  });

  test('客户端提交的索引号被忽略', async () => {
    const res = await app
      .http()
      .post('/api/policy-documents?status=draft')
      .set('Authorization', `Bearer ${apiToken}`)
      .send({ data: documentData(education.documentId, { indexNumber: 'HACK/0000-00000', issuedAt: '2023-02-01' }) });

    expect(res.status).toBe(201);
    expect(res.body.data.indexNumber).toBe('014350103/2023-00001');
  });

  test('50 篇文件并发创建得到 50 个不同的索引号且无错误', async () => {
    const results = await Promise.allSettled(
      Array.from({ length: 50 }, (_, i) =>
        documents().create({
          data: documentData(market.documentId, { title: `并发测试文件${i}`, issuedAt: '2025-07-01' }),
        }),
      ),
    );

    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
    const numbers = results.flatMap((r) => (r.status === 'fulfilled' ? [String(r.value.indexNumber)] : []));
    expect(new Set(numbers).size).toBe(50);
    expect([...numbers].sort()).toEqual(
      Array.from({ length: 50 }, (_, i) => `SY0143501052025${String(i + 1).padStart(5, '0')}`),
    );
  });
});

describe('索引号与网址别名：发布前可随标题和发布机构更新，发布后不再改变', () => {
  test('网址别名由标题拼音生成，重名时追加序号', async () => {
    const first = await documents().create({
      data: documentData(education.documentId, { title: '关于加强校园安全的通知' }),
    });
    const second = await documents().create({
      data: documentData(education.documentId, { title: '关于加强校园安全的通知' }),
    });

    expect(first.slug).toBe('guan-yu-jia-qiang-xiao-yuan-an-quan-de-tong-zhi');
    expect(second.slug).toBe('guan-yu-jia-qiang-xiao-yuan-an-quan-de-tong-zhi-2');
  });

  test('未发布的草稿：改标题换别名，改发布机构换索引号', async () => {
    const draft = await documents().create({
      data: documentData(education.documentId, { title: '草稿标题', issuedAt: '2022-01-10' }),
    });

    const data: Record<string, unknown> = { title: '新的草稿标题', issuingDepartment: market.documentId };
    await documents().update({ documentId: draft.documentId, data });

    const after = await draftOf(draft.documentId);
    expect(after.slug).toBe('xin-de-cao-gao-biao-ti');
    expect(after.indexNumber).toBe('SY014350105202200001');
  });

  test('发布后：改标题和发布机构都不改变别名和索引号', async () => {
    const draft = await documents().create({
      data: documentData(education.documentId, { title: '已发布的文件', issuedAt: '2020-04-01' }),
    });
    await documents().publish({ documentId: draft.documentId });

    const res = await app
      .http()
      .put(`/api/policy-documents/${draft.documentId}`)
      .set('Authorization', `Bearer ${apiToken}`)
      .send({
        data: { title: '已发布的文件（更正）', issuingDepartment: market.documentId, slug: 'x', indexNumber: 'y' },
      });

    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({
      title: '已发布的文件（更正）',
      slug: 'yi-fa-bu-de-wen-jian',
      indexNumber: '014350103/2020-00001',
    });
  });
});
