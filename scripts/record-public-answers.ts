/**
 * Records every public API answer of the demo, so that a refactoring can prove it changed none of them.
 *
 *   npx tsx scripts/record-public-answers.ts .tmp/public-answers.before.json
 *   … change the code …
 *   npx tsx scripts/record-public-answers.ts .tmp/public-answers.after.json .tmp/public-answers.before.json
 *
 * Compiles the app, loads the demo (DEMO_SEED) on a throw-away database (DATABASE_CLIENT picks which), asks
 * every list (each sort, filter value, page, keyword), every detail by each of its keys, the catalogue, the
 * OpenAPI document, conditional GETs and the refusals, and writes status, the headers a client reads and the
 * body. What legitimately differs between two runs is normalised: documentIds (numbered in order of first
 * appearance), timestamps, ETags and Last-Modified, and dates relative to today. With a second file it
 * compares and exits 1 on the first difference. The request list is written out here, not derived from the
 * code under test, so that the code cannot change what is asked.
 */
import fs from 'fs';
import path from 'path';
import compileApp from '../tests/helpers/compile';
import { startApp, type TestApp } from '../tests/helpers/strapi';

interface Answer {
  request: string;
  status: number;
  headers: Record<string, string>;
  body: unknown;
}

const DOCUMENT_ID = /^[a-z0-9]{24}$/;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 86400000;

const todayInChina = (): string => new Date(Date.now() + 8 * 3600000).toISOString().slice(0, 10);

/** Replaces what varies between runs with stable placeholders, keeping everything else as answered. */
const normaliser = () => {
  const ids = new Map<string, string>();
  const today = Date.parse(`${todayInChina()}T00:00:00Z`);
  const idOf = (value: string) => {
    if (!ids.has(value)) ids.set(value, `<documentId ${ids.size + 1}>`);
    return ids.get(value) as string;
  };
  const inText = (text: string) => text.replace(/\b[a-z0-9]{24}\b/g, (match) => (ids.has(match) ? idOf(match) : match));
  const value = (input: unknown, key = ''): unknown => {
    if (Array.isArray(input)) return input.map((item) => value(item));
    if (input && typeof input === 'object') {
      return Object.fromEntries(Object.entries(input).map(([k, v]) => [k, value(v, k)]));
    }
    if (typeof input !== 'string') return input;
    if (key === 'documentId' && DOCUMENT_ID.test(input)) return idOf(input);
    if (TIMESTAMP.test(input) && /At$/.test(key)) return '<timestamp>';
    if (DATE.test(input)) {
      const days = Math.round((Date.parse(`${input}T00:00:00Z`) - today) / DAY_MS);
      if (Math.abs(days) <= 60) return `<today${days >= 0 ? '+' : ''}${days}>`;
    }
    return inText(input);
  };
  return { value, inText, ids };
};

const HEADERS = ['content-type', 'cache-control', 'etag', 'last-modified'];

const recordAll = async (app: TestApp): Promise<Answer[]> => {
  const normalise = normaliser();
  const answers: Answer[] = [];
  const get = async (url: string, label = url, headers: Record<string, string> = {}) => {
    const res = await app.http().get(url).set(headers);
    const body = res.type === 'application/json' ? res.body : res.text;
    answers.push({
      request: normalise.inText(label),
      status: res.status,
      headers: Object.fromEntries(
        HEADERS.filter((name) => res.headers[name] !== undefined).map((name) => [
          name,
          name === 'etag' || name === 'last-modified' ? `<${name}>` : String(res.headers[name]),
        ]),
      ),
      body: normalise.value(body),
    });
    return res;
  };
  const post = async (url: string, data: unknown) => {
    const res = await app
      .http()
      .post(url)
      .send(data as object);
    answers.push({
      request: `POST ${url} ${normalise.inText(JSON.stringify(data))}`,
      status: res.status,
      headers: { 'content-type': String(res.headers['content-type']) },
      body: normalise.value(res.body),
    });
    return res;
  };

  await get('/api/openapi.json');
  const catalogue = await get('/api/disclosure-catalogue');
  const departmentCodes: string[] = catalogue.body.data.map((d: { code: string }) => d.code);
  const topicCodes = [
    ...new Set<string>(
      catalogue.body.data.flatMap((d: { topics?: { code: string }[] }) => (d.topics ?? []).map((t) => t.code)),
    ),
  ];

  const lists: { path: string; sorts: string[]; filters: Record<string, string[]>; keywords: string[] }[] = [
    {
      path: '/api/policy-documents',
      sorts: ['issuedAt:desc', 'issuedAt:asc', 'publishedAt:desc', 'publishedAt:asc', 'title:asc', 'title:desc'],
      filters: {
        'filters[issuingDepartment][code][$eq]': [...departmentCodes, 'nosuchcode'],
        'filters[topic][code][$eq]': [...topicCodes, '01', '02', '0201', 'nosuchtopic'],
        'filters[docType][$eq]': ['notice', 'opinion', 'decision', 'circular', 'reply', 'letter', 'minutes'],
        'filters[isNormative][$eq]': ['true', 'false'],
        'filters[validity][$eq]': ['in_force', 'amended', 'repealed'],
        year: ['2021', '2024', '2025', '2026', '1999'],
      },
      keywords: ['通知', '清政', '〔2026〕', '学校', '%', '_', "'", '养老', 'ABC', '不存在的词'],
    },
    {
      path: '/api/policy-interpretations',
      sorts: ['publishedAt:desc', 'publishedAt:asc', 'title:asc', 'title:desc'],
      filters: {
        'filters[form][$eq]': ['text_reading', 'infographic', 'audio_video', 'policy_qa', 'press_qa'],
        'filters[interpretingDepartment][code][$eq]': departmentCodes,
      },
      keywords: ['解读', '图解', '问答', '%'],
    },
    {
      path: '/api/decision-items',
      sorts: ['year:desc', 'year:asc', 'publishedAt:desc', 'publishedAt:asc', 'title:asc', 'title:desc'],
      filters: {
        'filters[year][$eq]': ['2025', '2026', '2027'],
        'filters[department][code][$eq]': departmentCodes,
        'filters[stage][$eq]': ['listed', 'public_consultation', 'result_published'],
      },
      keywords: [],
    },
    {
      path: '/api/annual-reports',
      sorts: ['year:desc', 'year:asc', 'publishedAt:desc', 'publishedAt:asc', 'title:asc', 'title:desc'],
      filters: { 'filters[year][$eq]': ['2024', '2025'], 'filters[department][code][$eq]': departmentCodes },
      keywords: [],
    },
  ];

  for (const list of lists) {
    const all = await get(`${list.path}?pagination[pageSize]=100`);
    await get(list.path);
    for (const page of ['1', '2', '3']) await get(`${list.path}?pagination[page]=${page}&pagination[pageSize]=3`);
    for (const sort of list.sorts) await get(`${list.path}?sort=${sort}&pagination[pageSize]=100`);
    for (const [name, values] of Object.entries(list.filters)) {
      for (const value of values)
        await get(`${list.path}?${name}=${encodeURIComponent(value)}&pagination[pageSize]=100`);
    }
    for (const keyword of list.keywords) await get(`${list.path}?q=${encodeURIComponent(keyword)}`);
    for (const row of all.body.data as { documentId: string; slug?: string; indexNumber?: string }[]) {
      const detail = await get(`${list.path}/${row.documentId}`);
      await get(`${list.path}/${row.documentId}`, `${list.path}/${row.documentId} If-None-Match`, {
        'If-None-Match': String(detail.headers.etag),
      });
      if (row.slug) await get(`${list.path}/slug/${encodeURIComponent(row.slug)}`);
      if (row.indexNumber) await get(`${list.path}/index-number/${encodeURIComponent(row.indexNumber)}`);
      await get(`${list.path}/${row.documentId}?fields[0]=title&populate=*`);
    }
    await get(`${list.path}/nosuchdocumentid0000000000`);
    await get(`${list.path}?pagination[page]=0`);
    await get(`${list.path}?pagination[pageSize]=101`);
    await get(`${list.path}?pagination[limit]=5`);
    await get(`${list.path}?sort=createdAt:desc`);
    await get(`${list.path}?filters[title][$eq]=x`);
    await get(`${list.path}?filters[createdAt][$gt]=2020-01-01`);
    await get(`${list.path}?q=`);
    await get(`${list.path}?q=${'字'.repeat(51)}`);
    await get(`${list.path}?year=26`);
    await get(`${list.path}?fields[0]=disclosureReason`);
    await get(`${list.path}?populate[createdBy]=*`);
    await get(`${list.path}?populate=*&status=draft`);
  }
  await get('/api/policy-documents?filters[docType][$eq]=nosuchtype');
  await get('/api/policy-documents?filters[isNormative][$eq]=yes');
  await get('/api/policy-documents?filters[disclosure][$eq]=on_request');
  await get('/api/policy-documents/slug/no-such-slug');
  await get('/api/policy-documents/index-number/000%2F0000-00000');
  await get('/api/policy-interpretations?year=2026');
  await get('/api/decision-items?q=x');

  for (const path of ['archive-transfers', 'force-publish-records', 'work-calendars', 'departments', 'topics']) {
    await get(`/api/${path}`);
  }
  await get('/api/decision-comments');

  const decisions = await app.http().get('/api/decision-items?pagination[pageSize]=100');
  for (const item of decisions.body.data as { documentId: string }[]) {
    await post('/api/decision-comments', {
      data: { decisionItem: item.documentId, content: '建议增加夜间服务时段。' },
    });
  }
  await post('/api/decision-comments', {});
  await post('/api/decision-comments', { data: { decisionItem: 'nosuchdocumentid0000000000', content: '' } });
  await post('/api/decision-comments', {
    data: { decisionItem: 'nosuchdocumentid0000000000', content: '字'.repeat(5001), contactEmail: 'x' },
  });
  await post('/api/decision-comments', { data: { content: 'x', extra: 1 } });
  await post('/api/policy-documents', { data: { title: 'x' } });
  return answers;
};

const compare = (after: Answer[], before: Answer[]): string | null => {
  for (let i = 0; i < Math.max(after.length, before.length); i += 1) {
    const a = JSON.stringify(after[i], null, 1);
    const b = JSON.stringify(before[i], null, 1);
    if (a !== b) return `answer ${i} differs:\n--- recorded\n${b}\n+++ now\n${a}`;
  }
  return null;
};

const main = async () => {
  const [output, baseline] = process.argv.slice(2);
  if (!output) throw new Error('usage: tsx scripts/record-public-answers.ts <output.json> [baseline.json]');
  compileApp();
  const app = await startApp({ DEMO_SEED: 'true' });
  let answers: Answer[];
  try {
    answers = await recordAll(app);
  } finally {
    await app.stop();
  }
  fs.mkdirSync(path.dirname(path.resolve(output)), { recursive: true });
  fs.writeFileSync(output, `${JSON.stringify(answers, null, 1)}\n`);
  console.log(`${answers.length} answers written to ${output}`);
  if (baseline) {
    const difference = compare(answers, JSON.parse(fs.readFileSync(baseline, 'utf8')) as Answer[]);
    if (difference) {
      console.error(difference);
      process.exitCode = 1;
    } else console.log(`identical to ${baseline}`);
  }
};

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
