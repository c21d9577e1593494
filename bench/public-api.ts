/**
 * Load test of the public API: 10,000 published 主动公开 documents (a quarter with an interpretation),
 * list (page 1 and a deep page, one department), detail and keyword search over HTTP with N keep-alive
 * connections, against the same queries on a stock Strapi copy of the content types seeded with the
 * same rows. Ours runs twice: as deployed (each URL asked for once before the run, then answered from
 * the public-answer cache) and with every request made distinct by an ignored `_` parameter, so that
 * each one misses the cache and reads the database. Target: ≥ 1.0× stock throughput, p99 < 50 ms for list and detail on PostgreSQL
 * with 10 connections. DATABASE_CLIENT=sqlite|postgres|mysql.
 * Usage: npm run bench:public-api [-- <connections> <seconds per run> <documents>]
 */
import { execFileSync, fork } from 'child_process';
import os from 'os';
import path from 'path';
import { DOCUMENT_DETAIL_FIELDS, DOCUMENT_SUMMARY_FIELDS } from '../src/domain/public-api/shapes';
import { UID } from '../src/uid';
import { createDepartment, listenOnFreePort, startApp, type TestApp } from '../tests/helpers';
import { bulkSeedDocuments, SEARCH_KEYWORD, type SeedRefs } from './bulk-seed';
import type { LoadRequest, LoadResult } from './load-generator';
import { STOCK_APIS, STOCK_UID } from './stock-api';

const APP_DIR = path.resolve(__dirname, '..');
const CONNECTIONS = Number(process.argv[2] ?? 10);
const SECONDS = Number(process.argv[3] ?? 10);
const DOCUMENTS = Number(process.argv[4] ?? 10_000);
const DEPARTMENTS = 6;
const DEEP_PAGE = 150;
const DETAIL_SAMPLE = 500;
/** More distinct URLs than any uncached run can send. */
const DISTINCT_REQUESTS = 50_000;

/** The columns our list and detail read; stock Strapi returns `documentId` without being asked. */
const askedOfStock = (fields: readonly string[]) => fields.filter((field) => field !== 'documentId');
const SUMMARY_FIELDS = askedOfStock(DOCUMENT_SUMMARY_FIELDS);
const DETAIL_FIELDS = askedOfStock(DOCUMENT_DETAIL_FIELDS);
const REF_FIELDS = { 'fields[0]': 'name', 'fields[1]': 'code' };

const nested = (prefix: string, params: Record<string, string>) =>
  Object.fromEntries(Object.entries(params).map(([key, value]) => [`${prefix}[${key.replace(/\[/, '][')}`, value]));

const query = (params: Record<string, string>) => new URLSearchParams(params).toString();

/** What the stock controller needs to answer what our list answers: public rows, summary fields, two relations. */
const stockList = (filters: Record<string, string>, page: number) =>
  query({
    'filters[disclosure][$eq]': 'proactive',
    'filters[classification][$eq]': 'unclassified',
    ...filters,
    sort: 'issuedAt:desc',
    'pagination[page]': String(page),
    'pagination[pageSize]': '10',
    ...Object.fromEntries(SUMMARY_FIELDS.map((field, i) => [`fields[${i}]`, field])),
    ...nested('populate[issuingDepartment]', REF_FIELDS),
    ...nested('populate[topic]', REF_FIELDS),
  });

const stockDetail = query({
  ...Object.fromEntries(DETAIL_FIELDS.map((field, i) => [`fields[${i}]`, field])),
  ...nested('populate[issuingDepartment]', REF_FIELDS),
  ...nested('populate[topic]', REF_FIELDS),
  ...nested('populate[draftingDepartment]', REF_FIELDS),
  ...nested('populate[jointDepartments]', REF_FIELDS),
  ...nested('populate[supersededBy]', { 'fields[0]': 'title', 'fields[1]': 'slug' }),
  'populate[attachments]': 'true',
  ...nested('populate[interpretations]', {
    'fields[0]': 'title',
    'fields[1]': 'slug',
    'fields[2]': 'form',
    'fields[3]': 'link',
    'fields[4]': 'publishedAt',
  }),
});

interface Scenario {
  name: string;
  ours: string[];
  stock: string[];
  /** the p99 target applies (list and detail) */
  p99Target: boolean;
}

const scenarios = (codes: string[], ours: string[], stock: string[]): Scenario[] => {
  const departmentFilter = (code: string) => ({ 'filters[issuingDepartment][code][$eq]': code });
  const keyword = {
    'filters[$or][0][title][$containsi]': SEARCH_KEYWORD,
    'filters[$or][1][documentNumber][$containsi]': SEARCH_KEYWORD,
    'filters[$or][2][body][$containsi]': SEARCH_KEYWORD,
  };
  return [
    ...[1, DEEP_PAGE].map((page) => ({
      name: `列表 第 ${page} 页（按发布机构筛选）`,
      ours: codes.map(
        (code) => `/api/policy-documents?${query({ ...departmentFilter(code), 'pagination[page]': String(page) })}`,
      ),
      stock: codes.map((code) => `/api/bench-documents?${stockList(departmentFilter(code), page)}`),
      p99Target: true,
    })),
    {
      name: '详情（含解读）',
      ours: ours.map((id) => `/api/policy-documents/${id}`),
      stock: stock.map((id) => `/api/bench-documents/${id}?${stockDetail}`),
      p99Target: true,
    },
    {
      name: `关键词检索 q=${SEARCH_KEYWORD}`,
      ours: [`/api/policy-documents?${query({ q: SEARCH_KEYWORD })}`],
      stock: [`/api/bench-documents?${stockList(keyword, 1)}`],
      p99Target: false,
    },
  ];
};

const load = (request: LoadRequest) =>
  new Promise<LoadResult>((resolve, reject) => {
    const child = fork(path.join(__dirname, 'load-generator.ts'), { execArgv: ['--import', 'tsx'] });
    child.once('message', (message: LoadResult | { error: string }) => {
      child.kill();
      if ('error' in message) reject(new Error(message.error));
      else resolve(message);
    });
    child.send(request);
  });

/**
 * Stock Strapi filters and populates a relation only when the role may read its target, so the
 * baseline's Public role reads its own copies of departments and topics, and media (in the
 * benchmark's database only).
 */
const STOCK_READS = [
  ...Object.values(STOCK_UID).flatMap((uid) => [`${uid}.find`, `${uid}.findOne`]),
  'plugin::upload.content-api.find',
];

const grantStockReads = async (app: TestApp) => {
  const role = await app.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
  for (const action of STOCK_READS) {
    await app.strapi.db.query('plugin::users-permissions.permission').create({ data: { action, role: role.id } });
  }
};

/** Departments with the same codes and topics with the same names on both sides. */
const seedRefs = async (app: TestApp): Promise<{ ours: SeedRefs; stock: SeedRefs }> => {
  const ours: SeedRefs = { departments: [], topicIds: [] };
  const stock: SeedRefs = { departments: [], topicIds: [] };
  for (let i = 1; i <= DEPARTMENTS; i += 1) {
    const { documentId, code, name } = await createDepartment(app.strapi, { code: `01435900${i}` });
    const row = await app.strapi.db.query(UID.department).findOne({ where: { documentId }, select: ['id'] });
    ours.departments.push({ id: row.id as number, code });
    const copy = await app.strapi.db
      .query(STOCK_UID.department)
      .create({ data: { name, code, level: 'department', documentId: `bench-dept-${i}` } });
    stock.departments.push({ id: copy.id as number, code });
  }
  const topics: { id: number; code: string; name: string }[] = await app.strapi.db
    .query(UID.topic)
    .findMany({ where: { parent: { id: { $notNull: true } } }, select: ['id', 'code', 'name'] });
  for (const { id, code, name } of topics) {
    ours.topicIds.push(id);
    const copy = await app.strapi.db
      .query(STOCK_UID.topic)
      .create({ data: { code, name, documentId: `bench-topic-${code}` } });
    stock.topicIds.push(copy.id as number);
  }
  return { ours, stock };
};

/** Both sides must answer 200 with the same total before they are timed. */
const checkEquivalent = async (baseUrl: string, scenario: Scenario) => {
  const [ours, stock] = await Promise.all(
    [scenario.ours[0], scenario.stock[0]].map(async (url) => {
      const res = await fetch(baseUrl + url);
      const body = (await res.json()) as { meta?: { pagination?: { total: number } }; error?: { message: string } };
      return { url, status: res.status, total: body.meta?.pagination?.total, error: body.error?.message };
    }),
  );
  if (ours.status !== 200 || stock.status !== 200 || ours.total !== stock.total) {
    throw new Error(`${scenario.name}: ours ${JSON.stringify(ours)} vs stock ${JSON.stringify(stock)}`);
  }
  return ours.total;
};

/** The same requests, each made distinct so that no answer is ever served from the cache. */
const distinct = (paths: string[]) =>
  Array.from({ length: DISTINCT_REQUESTS }, (_, i) => {
    const path = paths[i % paths.length];
    return `${path}${path.includes('?') ? '&' : '?'}_=${i}`;
  });

const format = (r: LoadResult) =>
  `${(r.requests / r.seconds).toFixed(0).padStart(6)} req/s  p50 ${r.latenciesMs.p50.toFixed(1)} ms  ` +
  `p95 ${r.latenciesMs.p95.toFixed(1)} ms  p99 ${r.latenciesMs.p99.toFixed(1)} ms` +
  (r.errors > 0 ? `  (${r.errors} non-200)` : '');

const main = async () => {
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.json'], {
    cwd: APP_DIR,
    stdio: 'inherit',
  });
  const client = process.env.DATABASE_CLIENT ?? 'sqlite';
  const app = await startApp({}, STOCK_APIS);
  const baseUrl = await listenOnFreePort(app);
  const refs = await seedRefs(app);
  const seedStart = Date.now();
  const ours = await bulkSeedDocuments(
    app.strapi,
    { document: UID.policyDocument, interpretation: UID.policyInterpretation },
    refs.ours,
    DOCUMENTS,
  );
  const stock = await bulkSeedDocuments(app.strapi, STOCK_UID, refs.stock, DOCUMENTS);
  await grantStockReads(app);
  // What autovacuum does to a live database; a benchmark right after a bulk insert would otherwise run
  // on stale planner statistics and without index-only scans, on both sides alike.
  if (client === 'postgres') await app.strapi.db.connection.raw('VACUUM ANALYZE');
  const seconds = ((Date.now() - seedStart) / 1000).toFixed(1);
  console.log(
    `public-api benchmark: ${DOCUMENTS} documents per side (seeded in ${seconds} s), database ${client}, ` +
      `${CONNECTIONS} connections, ${SECONDS} s per run, ${os.cpus().length} cores, ` +
      `load average ${os.loadavg()[0].toFixed(2)}`,
  );
  const sample = (ids: string[]) => ids.filter((_, i) => i % Math.ceil(ids.length / DETAIL_SAMPLE) === 0);
  const codes = refs.ours.departments.map((d) => d.code);
  for (const scenario of scenarios(codes, sample(ours), sample(stock))) {
    const uncachedPaths = distinct(scenario.ours);
    const total = await checkEquivalent(baseUrl, scenario);
    await checkEquivalent(baseUrl, { ...scenario, ours: uncachedPaths });
    const run = (paths: string[]) =>
      load({ baseUrl, paths, connections: CONNECTIONS, warmupMs: 2000, durationMs: SECONDS * 1000 });
    // As deployed, the site's pages have been asked for before: each URL once, then the timed run.
    for (const path of scenario.ours) await fetch(baseUrl + path);
    const cached = await run(scenario.ours);
    const uncached = await run(uncachedPaths);
    const stockResult = await run(scenario.stock);
    const ratio = (r: LoadResult) => `${(r.requests / stockResult.requests).toFixed(2)}×`;
    const p99 = (r: LoadResult) =>
      scenario.p99Target ? `, p99 < 50 ms: ${r.latenciesMs.p99 < 50 ? 'yes' : 'NO'}` : '';
    console.log(
      `${scenario.name}${total === undefined ? '' : `（共 ${total} 条）`}\n` +
        `  ours, as deployed:      ${format(cached)}\n` +
        `  ours, every URL new:    ${format(uncached)}\n` +
        `  stock:                  ${format(stockResult)}\n` +
        `  throughput ours/stock (target ≥ 1.0×): as deployed ${ratio(cached)}${p99(cached)}; ` +
        `every URL new ${ratio(uncached)}${p99(uncached)}`,
    );
  }
  const { rss, heapUsed } = process.memoryUsage();
  const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
  console.log(
    `load average after: ${os.loadavg()[0].toFixed(2)}; server memory: rss ${megabytes(rss)}, heap ${megabytes(heapUsed)}`,
  );
  await app.stop();
};

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
