import { HTTPBadRequestError, strapi, type StrapiClient } from '@strapi/client';
import { listenOnFreePort, startApp, type TestApp } from '../helpers';

/**
 * A front-end site's view: the official @strapi/client against the app listening on a local port,
 * with the demo data and no token.
 */

const GOVERNMENT = '014350001';
const RENOVATION = '清河区人民政府关于印发《清河区老旧小区改造实施办法》的通知';

let app: TestApp;
let client: StrapiClient;

beforeAll(async () => {
  app = await startApp({ DEMO_SEED: 'true' });
  client = strapi({ baseURL: `${await listenOnFreePort(app)}/api` });
});

afterAll(() => app.stop());

interface Summary {
  title: string;
  documentId: string;
  issuingDepartment: { code: string } | null;
  issuedAt: string;
}

describe('@strapi/client 读取公开接口', () => {
  test('政策文件列表：按发布机构筛选、分页、按成文日期倒序', async () => {
    const res = await client.collection('policy-documents').find({
      filters: { issuingDepartment: { code: { $eq: GOVERNMENT } } },
      pagination: { page: 1, pageSize: 2 },
      sort: 'issuedAt:desc',
    });
    const data = res.data as unknown as Summary[];

    expect(res.meta.pagination).toMatchObject({ page: 1, pageSize: 2 });
    expect(data.length).toBeLessThanOrEqual(2);
    expect(data.map((d) => d.issuingDepartment?.code)).toEqual(data.map(() => GOVERNMENT));
    expect(data.map((d) => d.issuedAt)).toEqual([...data.map((d) => d.issuedAt)].sort().reverse());
  });

  test('政策文件详情：带已发布的解读', async () => {
    const list = await client.collection('policy-documents').find({ filters: { docType: { $eq: 'notice' } } });
    const renovation = (list.data as unknown as Summary[]).find((d) => d.title === RENOVATION);

    const res = await client.collection('policy-documents').findOne(renovation?.documentId ?? '');

    expect(res.data).toMatchObject({
      title: RENOVATION,
      documentNumber: '清政发〔2026〕3号',
      docTypeLabel: '通知',
      interpretations: [
        { title: '《清河区老旧小区改造实施办法》政策解读', form: 'text_reading', formLabel: '文字解读', link: null },
        {
          title: '一图读懂：清河区老旧小区改造怎么改',
          form: 'infographic',
          formLabel: '图表图解',
          link: 'https://www.example.gov.cn/qinghe/tujie/2026-03.html',
        },
      ],
    });
  });

  test('解读专栏：每条解读都指向它所解读的文件', async () => {
    const res = await client
      .collection('policy-interpretations')
      .find({ sort: 'publishedAt:desc', pagination: { pageSize: 50 } });
    const data = res.data as unknown as { title: string; document: { title: string } }[];

    expect(data.find((i) => i.title === '《清河区老旧小区改造实施办法》政策解读')?.document.title).toBe(RENOVATION);
    expect(res.meta.pagination?.total).toBe(data.length);
  });

  test('按不公开的字段筛选：客户端收到可读的 400 错误', async () => {
    const refused = await client
      .collection('policy-documents')
      .find({ filters: { disclosure: { $eq: 'proactive' } } })
      .catch((error: unknown) => error);

    expect(refused).toBeInstanceOf(HTTPBadRequestError);
    expect((refused as HTTPBadRequestError).response.status).toBe(400);
    expect(await (refused as HTTPBadRequestError).response.json()).toMatchObject({
      data: null,
      error: {
        status: 400,
        name: 'ValidationError',
        message: expect.stringContaining('不支持按“disclosure”筛选'),
        details: {
          code: 'INVALID_FILTER',
          reasons: [{ code: 'INVALID_FILTER', message: expect.stringContaining('不支持按“disclosure”筛选') }],
        },
      },
    });
  });
});
