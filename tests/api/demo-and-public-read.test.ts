import { seedDemo } from '../../src/seed/seed-demo';
import { UID, type OwnUid } from '../../src/uid';
import { loginAsSuperAdmin, startApp } from '../helpers';
import type { TestApp } from '../helpers';

let app: TestApp;

beforeAll(async () => {
  app = await startApp({ DEMO_SEED: 'true' });
});

afterAll(() => app.stop());

const COUNTED: OwnUid[] = [
  UID.department,
  UID.topic,
  UID.policyDocument,
  UID.policyInterpretation,
  UID.decisionItem,
  UID.decisionComment,
  UID.annualReport,
];
const counts = async () =>
  Object.fromEntries(await Promise.all(COUNTED.map(async (uid) => [uid, await app.strapi.db.query(uid).count()])));

const INTERNAL_FIELDS = [
  'disclosureReason',
  'redactionContent',
  'redactionReason',
  'reviewNotes',
  'legalityReviewed',
  'secrecyReviewed',
  'approvedBy',
  'createdBy',
  'updatedBy',
];

describe('演示数据', () => {
  test('包含 6 个部门、主题分类、已发布与未发布的文件、决策事项与意见、已发布的年度报告', async () => {
    const published = (uid: OwnUid) => app.strapi.db.query(uid).count({ where: { publishedAt: { $notNull: true } } });

    expect(await app.strapi.db.query(UID.department).count()).toBe(6);
    expect(await app.strapi.db.query(UID.topic).count({ where: { parent: null } })).toBe(22);
    expect(await published(UID.policyDocument)).toBe(8);
    expect(await app.strapi.db.query(UID.policyDocument).count({ where: { publishedAt: null } })).toBe(10);
    expect(await published(UID.decisionItem)).toBe(3);
    expect(await app.strapi.db.query(UID.decisionComment).count()).toBe(7);
    expect(await published(UID.annualReport)).toBe(1);
  });

  test('决策事项：一项征求意见中（意见处于各审核状态），一项已完成，一项逾期未公布采纳情况', async () => {
    const items = await app.strapi.db.query(UID.decisionItem).findMany({
      where: { publishedAt: { $notNull: true } },
      select: ['title', 'stage', 'commentAdoption'],
      populate: { comments: { select: ['moderation', 'adoption'], orderBy: { id: 'asc' } } },
      orderBy: { id: 'asc' },
    });

    expect(
      items.map(({ title, stage, commentAdoption, comments }) => [
        title,
        stage,
        commentAdoption !== null,
        comments.map((c: { moderation: string }) => c.moderation),
      ]),
    ).toEqual([
      [
        '清河公园改扩建工程',
        'result_published',
        true,
        ['moderation_published', 'moderation_published', 'moderation_published'],
      ],
      ['清河区老旧小区改造实施办法', 'collective_decision', false, ['moderation_published']],
      [
        '清河区中小学学区划分调整方案',
        'public_consultation',
        false,
        ['moderation_published', 'moderation_pending', 'moderation_withheld'],
      ],
    ]);
  });

  test('已废止文件指向替代它的新文件', async () => {
    const repealed = await app.strapi.db.query(UID.policyDocument).findOne({
      where: { documentNumber: '清政发〔2021〕9号', publishedAt: { $notNull: true } },
      populate: { supersededBy: { select: ['documentNumber'] } },
    });

    expect(repealed).toMatchObject({ validity: 'repealed', supersededBy: { documentNumber: '清政发〔2026〕3号' } });
  });

  test('再次运行演示数据不会重复创建任何记录', async () => {
    const before = await counts();

    await seedDemo(app.strapi);

    expect(await counts()).toEqual(before);
  });
});

describe('公开接口（无需令牌）', () => {
  test('GET /api/policy-documents 列出已发布文件，不含依申请公开的草稿和内部字段', async () => {
    const res = await app.http().get('/api/policy-documents?pagination[pageSize]=50');

    expect(res.status).toBe(200);
    expect(res.body.meta.pagination.total).toBe(8);
    const titles = res.body.data.map((d: { title: string }) => d.title);
    expect(titles).toContain('清河区人民政府关于印发《清河区老旧小区改造实施办法》的通知');
    expect(titles).not.toContain('清河区人民政府办公室关于区属国有企业负责人薪酬考核结果的通报');
    for (const doc of res.body.data) {
      for (const field of INTERNAL_FIELDS) expect(doc).not.toHaveProperty(field);
    }
  });

  test('GET /api/policy-interpretations 列出已发布的解读', async () => {
    const res = await app.http().get('/api/policy-interpretations?pagination[pageSize]=50');

    expect(res.status).toBe(200);
    expect(res.body.meta.pagination.total).toBe(8);
  });

  test('GET /api/annual-reports 列出已发布的年度报告', async () => {
    const res = await app.http().get('/api/annual-reports?filters[year][$eq]=2025');

    expect(res.status).toBe(200);
    expect(res.body.data.map((r: { title: string }) => r.title)).toEqual([
      '清河区人民政府办公室2025年政府信息公开工作年度报告',
    ]);
  });

  test('演示数据中有一项今天可以提交意见的决策事项', async () => {
    const res = await app.http().get('/api/decision-items?filters[stage][$eq]=public_consultation');

    expect(res.status).toBe(200);
    expect(res.body.data).toEqual([
      expect.objectContaining({ title: '清河区中小学学区划分调整方案', openForComments: true }),
    ]);
  });

  test.each(['/api/decision-comments', '/api/archive-transfers', '/api/departments', '/api/topics'])(
    'GET %s 没有公开接口：404',
    async (path) => {
      const res = await app.http().get(path);

      expect(res.status).toBe(404);
    },
  );

  test('公众不能写入政策文件：403', async () => {
    const res = await app
      .http()
      .post('/api/policy-documents')
      .send({ data: { title: '伪造' } });

    expect(res.status).toBe(403);
  });
});

describe('管理后台', () => {
  test('政策文件的字段显示中文名称，列表显示标题、发文字号、发布机构、成文日期、公开属性（连同状态列适合 1440 像素宽的屏幕）', async () => {
    const { token } = await loginAsSuperAdmin(app);

    const res = await app
      .http()
      .get(`/content-manager/content-types/${UID.policyDocument}/configuration`)
      .set('Authorization', `Bearer ${token}`);

    expect(res.status).toBe(200);
    const { metadatas, layouts } = res.body.data.contentType;
    expect(metadatas.title.edit.label).toBe('公文标题');
    expect(metadatas.documentNumber.list.label).toBe('发文字号');
    expect(metadatas.indexNumber.edit.editable).toBe(false);
    expect(layouts.list).toEqual(['title', 'documentNumber', 'issuingDepartment', 'issuedAt', 'disclosure']);
  });
});

test('首页是演示门户，网站图标可用', async () => {
  const home = await app.http().get('/');
  const icon = await app.http().get('/favicon.ico');

  expect(home.status).toBe(200);
  expect(home.text).toContain('政府信息公开');
  expect(icon.status).toBe(200);
  expect(icon.headers['content-type']).toMatch(/^image\//);
});
