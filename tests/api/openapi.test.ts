import SwaggerParser from '@apidevtools/swagger-parser';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import type { ValidateFunction } from 'ajv';
import { UID } from '../../src/uid';
import { startApp, type TestApp } from '../helpers';

/**
 * The OpenAPI document served at /api/openapi.json is valid OpenAPI 3.1, and every operation and
 * status it documents is exercised here against the demo data: each real body must match the
 * documented schema (which allows no undocumented field), so the document cannot drift from the code.
 */

interface DemoIds {
  document: string;
  slug: string;
  indexNumber: string;
  interpretation: string;
  interpretationSlug: string;
  decision: string;
  openDecision: string;
  annualReport: string;
}

type OpenApiDocument = {
  paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, unknown> }> }>>;
};

interface Case {
  label: string;
  operation: `${'GET' | 'POST'} ${string}`;
  status: number;
  url: (ids: DemoIds) => string;
  body?: (ids: DemoIds) => object;
}

const UNKNOWN_ID = 'zzzzzzzzzzzzzzzzzzzzzzzz';

const CASES: Case[] = [
  {
    label: '文件列表：按发布机构筛选、按标题排序、分页',
    operation: 'GET /policy-documents',
    status: 200,
    url: () =>
      '/api/policy-documents?filters[issuingDepartment][code][$eq]=014350001&sort=title:asc&pagination[pageSize]=5',
  },
  {
    label: '文件列表：按内部字段筛选',
    operation: 'GET /policy-documents',
    status: 400,
    url: () => '/api/policy-documents?filters[disclosure][$eq]=proactive',
  },
  {
    label: '文件详情（含解读）',
    operation: 'GET /policy-documents/{documentId}',
    status: 200,
    url: (ids) => `/api/policy-documents/${ids.document}`,
  },
  {
    label: '文件详情：不存在',
    operation: 'GET /policy-documents/{documentId}',
    status: 404,
    url: () => `/api/policy-documents/${UNKNOWN_ID}`,
  },
  {
    label: '按网址别名取文件',
    operation: 'GET /policy-documents/slug/{slug}',
    status: 200,
    url: (ids) => `/api/policy-documents/slug/${ids.slug}`,
  },
  {
    label: '按网址别名取文件：不存在',
    operation: 'GET /policy-documents/slug/{slug}',
    status: 404,
    url: () => '/api/policy-documents/slug/no-such-document',
  },
  {
    label: '按索引号取文件',
    operation: 'GET /policy-documents/index-number/{indexNumber}',
    status: 200,
    url: (ids) => `/api/policy-documents/index-number/${encodeURIComponent(ids.indexNumber)}`,
  },
  {
    label: '按索引号取文件：不存在',
    operation: 'GET /policy-documents/index-number/{indexNumber}',
    status: 404,
    url: () => `/api/policy-documents/index-number/${encodeURIComponent('000000000/1999-00000')}`,
  },
  {
    label: '解读专栏：文字解读',
    operation: 'GET /policy-interpretations',
    status: 200,
    url: () => '/api/policy-interpretations?filters[form][$eq]=text_reading&pagination[pageSize]=50',
  },
  {
    label: '解读专栏：不支持的排序',
    operation: 'GET /policy-interpretations',
    status: 400,
    url: () => '/api/policy-interpretations?sort=createdAt:desc',
  },
  {
    label: '解读详情',
    operation: 'GET /policy-interpretations/{documentId}',
    status: 200,
    url: (ids) => `/api/policy-interpretations/${ids.interpretation}`,
  },
  {
    label: '解读详情：不存在',
    operation: 'GET /policy-interpretations/{documentId}',
    status: 404,
    url: () => `/api/policy-interpretations/${UNKNOWN_ID}`,
  },
  {
    label: '按网址别名取解读',
    operation: 'GET /policy-interpretations/slug/{slug}',
    status: 200,
    url: (ids) => `/api/policy-interpretations/slug/${ids.interpretationSlug}`,
  },
  {
    label: '按网址别名取解读：不存在',
    operation: 'GET /policy-interpretations/slug/{slug}',
    status: 404,
    url: () => '/api/policy-interpretations/slug/no-such-interpretation',
  },
  { label: '公开目录', operation: 'GET /disclosure-catalogue', status: 200, url: () => '/api/disclosure-catalogue' },
  {
    label: '决策目录：2026 年',
    operation: 'GET /decision-items',
    status: 200,
    url: () => '/api/decision-items?filters[year][$eq]=2026',
  },
  {
    label: '决策目录：页大小超过 100',
    operation: 'GET /decision-items',
    status: 400,
    url: () => '/api/decision-items?pagination[pageSize]=101',
  },
  {
    label: '决策事项详情',
    operation: 'GET /decision-items/{documentId}',
    status: 200,
    url: (ids) => `/api/decision-items/${ids.decision}`,
  },
  {
    label: '决策事项详情：不存在',
    operation: 'GET /decision-items/{documentId}',
    status: 404,
    url: () => `/api/decision-items/${UNKNOWN_ID}`,
  },
  {
    label: '对征求意见中的草案提交意见',
    operation: 'POST /decision-comments',
    status: 201,
    url: () => '/api/decision-comments',
    body: (ids) => ({
      data: {
        decisionItem: ids.openDecision,
        content: '建议增设无障碍通道。',
        commenterName: '李四',
        contactPhone: '13900000000',
      },
    }),
  },
  {
    label: '对已结束征求意见的事项提交意见',
    operation: 'POST /decision-comments',
    status: 400,
    url: () => '/api/decision-comments',
    body: (ids) => ({ data: { decisionItem: ids.decision, content: '建议增设停车位。' } }),
  },
  {
    label: '2026 年重大行政决策事项目录',
    operation: 'GET /decision-catalogue/{year}',
    status: 200,
    url: () => '/api/decision-catalogue/2026',
  },
  {
    label: '年度决策目录：年度不是四位数字',
    operation: 'GET /decision-catalogue/{year}',
    status: 400,
    url: () => '/api/decision-catalogue/26',
  },
  {
    label: '同一客户端超过提交次数（本文件限每天 2 次）',
    operation: 'POST /decision-comments',
    status: 429,
    url: () => '/api/decision-comments',
    body: (ids) => ({ data: { decisionItem: ids.openDecision, content: '建议公布学区划分的依据。' } }),
  },
  {
    label: '年度报告：2025 年',
    operation: 'GET /annual-reports',
    status: 200,
    url: () => '/api/annual-reports?filters[year][$eq]=2025',
  },
  {
    label: '年度报告：按内部字段筛选',
    operation: 'GET /annual-reports',
    status: 400,
    url: () => '/api/annual-reports?filters[reviewNotes][$eq]=x',
  },
  {
    label: '年度报告全文',
    operation: 'GET /annual-reports/{documentId}',
    status: 200,
    url: (ids) => `/api/annual-reports/${ids.annualReport}`,
  },
  {
    label: '年度报告全文：不存在',
    operation: 'GET /annual-reports/{documentId}',
    status: 404,
    url: () => `/api/annual-reports/${UNKNOWN_ID}`,
  },
  {
    label: '年度报告：更正前的第 1 版',
    operation: 'GET /annual-reports/{documentId}/versions/{version}',
    status: 200,
    url: (ids) => `/api/annual-reports/${ids.annualReport}/versions/1`,
  },
  {
    label: '年度报告：没有的版本',
    operation: 'GET /annual-reports/{documentId}/versions/{version}',
    status: 404,
    url: (ids) => `/api/annual-reports/${ids.annualReport}/versions/9`,
  },
];

/** Each GET that answers 200 answers 304 to a repeat carrying its ETag. */
const REVALIDATED = CASES.filter((c) => c.operation.startsWith('GET') && c.status === 200);

const pointerSegment = (segment: string) => encodeURIComponent(segment.replace(/~/g, '~0').replace(/\//g, '~1'));

let app: TestApp;
let served: { status: number; body: OpenApiDocument & Record<string, unknown>; cacheControl: string };
let ids: DemoIds;
const ajv = new Ajv2020({ allErrors: true });
addFormats(ajv);
// The document is added whole so that responses resolve their $refs; these are its non-schema keys.
ajv.addVocabulary(['openapi', 'info', 'servers', 'tags', 'paths', 'components']);

const responseSchema = (operation: string, status: number): ValidateFunction => {
  const [method, path] = operation.split(' ');
  const pointer = ['paths', path, method.toLowerCase(), 'responses', String(status), 'content', 'application/json']
    .map(pointerSegment)
    .join('/');
  const validate = ajv.getSchema(`openapi.json#/${pointer}/schema`);
  if (!validate) throw new Error(`${operation} ${status} has no documented JSON body`);
  return validate;
};

const publishedId = async (uid: (typeof UID)[keyof typeof UID], where: Record<string, unknown>) =>
  (await app.strapi.db.query(uid).findOne({ where: { ...where, publishedAt: { $notNull: true } } })) as {
    documentId: string;
    slug: string;
    indexNumber: string;
  };

beforeAll(async () => {
  // The two comment cases above use up the client's limit, so that the third answers 429.
  app = await startApp({ DEMO_SEED: 'true', COMMENT_LIMIT_PER_CLIENT: '2', COMMENT_LIMIT_WINDOW_SECONDS: '86400' });
  const document = await publishedId(UID.policyDocument, { documentNumber: '清政发〔2026〕3号' });
  const interpretation = await publishedId(UID.policyInterpretation, { document: { documentId: document.documentId } });
  const decision = await publishedId(UID.decisionItem, { title: '清河公园改扩建工程' });
  const openDecision = await publishedId(UID.decisionItem, { title: '清河区中小学学区划分调整方案' });
  const report = await publishedId(UID.annualReport, { year: 2025 });
  // A correction, so that the report has a replaced version 1 to read.
  const correction: Record<string, unknown> = {
    otherMatters: '本年度未收取信息处理费，无其他需要报告的事项。',
    correctionNote: '补充第六部分。',
  };
  await app.strapi.documents(UID.annualReport).update({
    documentId: report.documentId,
    data: correction,
    status: 'published',
  });
  ids = {
    document: document.documentId,
    slug: document.slug,
    indexNumber: document.indexNumber,
    interpretation: interpretation.documentId,
    interpretationSlug: interpretation.slug,
    decision: decision.documentId,
    openDecision: openDecision.documentId,
    annualReport: report.documentId,
  };
  const res = await app.http().get('/api/openapi.json');
  served = { status: res.status, body: res.body, cacheControl: res.headers['cache-control'] };
  ajv.addSchema(served.body, 'openapi.json');
});

afterAll(() => app.stop());

describe('OpenAPI 文档', () => {
  test('GET /api/openapi.json 无需令牌', () => {
    expect(served).toMatchObject({ status: 200, body: { openapi: '3.1.0' }, cacheControl: 'public, max-age=60' });
  });

  test('符合 OpenAPI 3.1 规范，所有 $ref 均可解析', async () => {
    await expect(SwaggerParser.validate(structuredClone(served.body) as never)).resolves.toMatchObject({
      openapi: '3.1.0',
    });
  });

  test('文档中的每个示例都符合它所示例的结构', () => {
    const mismatches = Object.entries(served.body.paths).flatMap(([path, methods]) =>
      Object.entries(methods).flatMap(([method, { responses }]) =>
        Object.entries(responses).flatMap(([status, response]) => {
          const media = response.content?.['application/json'] as
            { examples?: Record<string, { value: unknown }> } | undefined;
          return Object.values(media?.examples ?? {}).flatMap(({ value }) => {
            const validate = responseSchema(`${method.toUpperCase()} ${path}`, Number(status));
            return validate(value) ? [] : [{ path, method, status, errors: validate.errors }];
          });
        }),
      ),
    );
    expect(mismatches).toEqual([]);
  });

  test('每个文档化的操作和状态码都由下面的真实请求检验', () => {
    const documented = Object.entries(served.body.paths).flatMap(([path, methods]) =>
      Object.entries(methods).flatMap(([method, { responses }]) =>
        Object.keys(responses).map((status) => `${method.toUpperCase()} ${path} ${status}`),
      ),
    );
    const exercised = [
      ...CASES.map((c) => `${c.operation} ${c.status}`),
      ...REVALIDATED.map((c) => `${c.operation} 304`),
    ];
    expect([...new Set(exercised)].sort()).toEqual([...documented].sort());
  });
});

describe('真实响应符合文档', () => {
  test.each(CASES)('$label：$operation → $status', async ({ operation, status, url, body }) => {
    const path = url(ids);
    const res = operation.startsWith('POST')
      ? await app
          .http()
          .post(path)
          .send(body?.(ids) ?? {})
      : await app.http().get(path);
    const validate = responseSchema(operation, status);

    expect(res.status).toBe(status);
    expect(validate(res.body) ? [] : validate.errors).toEqual([]);
  });

  test.each(REVALIDATED)('$label：带 ETag 再次请求 → 304，带文档所述的缓存头', async ({ url }) => {
    const first = await app.http().get(url(ids));
    const again = await app
      .http()
      .get(url(ids))
      .set('If-None-Match', first.headers.etag ?? '');
    const etag = ajv.getSchema('openapi.json#/components/headers/ETag/schema');

    expect(first.headers['cache-control']).toBe('public, max-age=60');
    expect(etag?.(first.headers.etag)).toBe(true);
    expect(again.status).toBe(304);
    expect(again.text).toBe('');
  });
});
