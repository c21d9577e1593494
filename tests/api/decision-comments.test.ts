import request from 'supertest';
import { addCalendarDays } from '../../src/domain/calendar/working-days';
import { chinaLocalDate } from '../../src/domain/dates';
import { UID } from '../../src/uid';
import {
  createDepartment,
  loginAsSuperAdmin,
  startApp,
  startSecondInstance,
  tableRows,
  walkDecisionTo,
  withToken,
} from '../helpers';
import type { TestApp } from '../helpers';

const PER_CLIENT = 5;
const PER_ITEM_PER_DAY = 8;
const WINDOW_SECONDS = 600;

let app: TestApp;
let admin: ReturnType<typeof withToken>;
const items: Record<'main' | 'flood' | 'twoInstances' | 'dailyCap' | 'closed', string> = {
  main: '',
  flood: '',
  twoInstances: '',
  dailyCap: '',
  closed: '',
};
const today = chinaLocalDate(new Date());

beforeAll(async () => {
  app = await startApp({
    TRUST_PROXY: 'true',
    COMMENT_LIMIT_PER_CLIENT: String(PER_CLIENT),
    COMMENT_LIMIT_WINDOW_SECONDS: String(WINDOW_SECONDS),
    COMMENT_LIMIT_PER_ITEM_PER_DAY: String(PER_ITEM_PER_DAY),
  });
  admin = withToken(app, (await loginAsSuperAdmin(app)).token);
  const department = await createDepartment(app.strapi, { code: '014359601', name: '测试区教育局' });
  for (const key of Object.keys(items) as (keyof typeof items)[]) {
    const { documentId } = await app.strapi
      .documents(UID.decisionItem)
      .create({ data: { title: `征求意见测试${key}`, year: 2026, department: department.documentId } });
    const window =
      key === 'closed'
        ? { consultationStart: '2026-01-05', consultationEnd: '2026-02-05' }
        : { consultationStart: addCalendarDays(today, -3), consultationEnd: addCalendarDays(today, 27) };
    await walkDecisionTo(app.strapi, documentId, 'public_consultation', window);
    await app.strapi.documents(UID.decisionItem).publish({ documentId });
    items[key] = documentId;
  }
});

afterAll(() => app.stop());

let clients = 0;
/** A client address of its own (the app trusts X-Forwarded-For, as behind a reverse proxy). */
const newClient = () => `203.0.113.${++clients}`;

const post = (client: string, data: unknown) =>
  app.http().post('/api/decision-comments').set('X-Forwarded-For', client).send({ data });

const commentsOn = (item: string) =>
  app.strapi.db
    .query(UID.decisionComment)
    .findMany({ where: { decisionItem: { documentId: item } }, orderBy: { id: 'asc' } });

/** A fixed window must not end during a burst of requests: wait until at least 5 s remain in it. */
const awayFromWindowEdge = async () => {
  const left = WINDOW_SECONDS * 1000 - (Date.now() % (WINDOW_SECONDS * 1000));
  if (left < 5000) await new Promise((resolve) => setTimeout(resolve, left + 100));
};

describe('市民提交意见', () => {
  test('有效意见：201，回执编号，待审核；审核公开后出现在详情中，姓名和联系方式不出现在任何公开回答中', async () => {
    const res = await post(newClient(), {
      decisionItem: items.main,
      content: '建议学区调整设两年过渡期，已在读学生不受影响。',
      commenterName: '隐私姓名甲',
      contactPhone: '13912345678',
      contactEmail: 'private-citizen@example.com',
    });

    expect(res.status).toBe(201);
    expect(res.body.data).toEqual({
      documentId: expect.any(String),
      receiptNumber: expect.stringMatching(/^YJ\d{8}-[0-9A-F]{8}$/),
      content: '建议学区调整设两年过渡期，已在读学生不受影响。',
      moderation: 'moderation_pending',
      moderationLabel: '待审核',
      createdAt: expect.any(String),
    });
    const pending = await app.http().get(`/api/decision-items/${items.main}`);
    expect(pending.body.data.comments).toEqual([]);

    const moderated = await admin
      .put(`/content-manager/collection-types/${UID.decisionComment}/${res.body.data.documentId}`)
      .send({ moderation: 'moderation_published', adoption: 'partly_adopted', reply: '过渡期定为一年。' });
    expect(moderated.status).toBe(200);

    const detail = await app.http().get(`/api/decision-items/${items.main}`);
    expect(detail.body.data.comments).toEqual([
      {
        documentId: res.body.data.documentId,
        content: '建议学区调整设两年过渡期，已在读学生不受影响。',
        createdAt: expect.any(String),
        adoption: 'partly_adopted',
        adoptionLabel: '部分采纳',
        reply: '过渡期定为一年。',
      },
    ]);
    expect(detail.body.data.commentCounts).toEqual({
      received: 1,
      published: 1,
      adopted: 0,
      partlyAdopted: 1,
      notAdopted: 0,
    });
    const publicAnswers = [
      res.text,
      detail.text,
      (await app.http().get('/api/decision-items')).text,
      (await app.http().get('/api/decision-items?filters[year][$eq]=2026')).text,
    ].join('\n');
    for (const secret of [
      '隐私姓名甲',
      '13912345678',
      'private-citizen@example.com',
      'contentHash',
      'moderationReason',
    ]) {
      expect(publicAnswers).not.toContain(secret);
    }
  });

  test.each`
    label               | data                                                                              | code                     | message
    ${'含 script 标签'} | ${() => ({ decisionItem: items.main, content: '同意<script>alert(1)</script>' })} | ${'CONTENT_HAS_MARKUP'}  | ${'意见内容须为纯文本，不能包含 HTML 标签（发现“<script>”），请删除后重新提交'}
    ${'含 img 标签'}    | ${() => ({ decisionItem: items.main, content: '<img src=x onerror=alert(1)>' })}  | ${'CONTENT_HAS_MARKUP'}  | ${'意见内容须为纯文本，不能包含 HTML 标签（发现“<img src=x onerror=a…”），请删除后重新提交'}
    ${'内容为空'}       | ${() => ({ decisionItem: items.main, content: '   ' })}                           | ${'CONTENT_REQUIRED'}    | ${'请填写意见内容'}
    ${'一万字'}         | ${() => ({ decisionItem: items.main, content: '意'.repeat(10000) })}              | ${'CONTENT_TOO_LONG'}    | ${'意见内容不能超过 5000 个字符，当前为 10000 个'}
    ${'内容是数字'}     | ${() => ({ decisionItem: items.main, content: 12345 })}                           | ${'CONTENT_NOT_TEXT'}    | ${'意见内容须为文本'}
    ${'内容是对象'}     | ${() => ({ decisionItem: items.main, content: { text: '建议' } })}                | ${'CONTENT_NOT_TEXT'}    | ${'意见内容须为文本'}
    ${'data 是字符串'}  | ${() => '建议增设停车位'}                                                         | ${'INVALID_BODY'}        | ${'请求体须为 { "data": { … } }'}
    ${'征求意见已截止'} | ${() => ({ decisionItem: items.closed, content: '建议增设停车位。' })}            | ${'CONSULTATION_CLOSED'} | ${'该决策事项当前不在公开征求意见期内，不能提交意见'}
  `('$label → 400 $code，什么都没存', async ({ data, code, message }) => {
    const before = await tableRows(app.strapi, UID.decisionComment);

    const res = await post(newClient(), data());

    expect(res.status).toBe(400);
    expect(res.body.error).toEqual({
      status: 400,
      name: 'ValidationError',
      message,
      details: { code, reasons: [{ code, message }] },
    });
    expect(await tableRows(app.strapi, UID.decisionComment)).toEqual(before);
  });

  test('同一事项重复提交相同内容（空白不同也算）：400 DUPLICATE_COMMENT，只保留第一条', async () => {
    const first = await post(newClient(), { decisionItem: items.main, content: '建议  公布各学区的学位数量。' });
    const before = await tableRows(app.strapi, UID.decisionComment);

    const again = await post(newClient(), { decisionItem: items.main, content: ' 建议 公布各学区的学位数量。\n' });

    expect(first.status).toBe(201);
    expect(again.status).toBe(400);
    expect(again.body.error.details).toEqual({
      code: 'DUPLICATE_COMMENT',
      reasons: [{ code: 'DUPLICATE_COMMENT', message: '该事项已收到内容相同的意见，请勿重复提交' }],
    });
    expect(await tableRows(app.strapi, UID.decisionComment)).toEqual(before);
  });
});

const floodMessage = (retryAfter: number) =>
  `提交过于频繁：每 ${WINDOW_SECONDS / 60} 分钟最多提交 ${PER_CLIENT} 次，请 ${retryAfter} 秒后再试`;

const expectLimited = (res: request.Response) => {
  expect(res.status).toBe(429);
  const retryAfter = Number(res.headers['retry-after']);
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(WINDOW_SECONDS);
  expect(res.body.error).toEqual({
    status: 429,
    name: 'RateLimitError',
    message: floodMessage(retryAfter),
    details: {
      code: 'RATE_LIMITED',
      reasons: [{ code: 'RATE_LIMITED', message: floodMessage(retryAfter) }],
      retryAfterSeconds: retryAfter,
    },
  });
};

describe('防刷：同一客户端的提交次数', () => {
  test(`一个客户端连续提交：前 ${PER_CLIENT} 条受理，之后 429 并带 Retry-After；受理的意见一条不少`, async () => {
    await awayFromWindowEdge();
    const client = newClient();
    const responses = [];
    for (let n = 1; n <= PER_CLIENT + 3; n += 1) {
      responses.push(await post(client, { decisionItem: items.flood, content: `第${n}条意见：建议增加学位。` }));
    }

    expect(responses.map((r) => r.status)).toEqual([201, 201, 201, 201, 201, 429, 429, 429]);
    responses.slice(PER_CLIENT).forEach(expectLimited);
    expect((await commentsOn(items.flood)).map((c: { content: string }) => c.content)).toEqual(
      [1, 2, 3, 4, 5].map((n) => `第${n}条意见：建议增加学位。`),
    );
    expect((await post(newClient(), { decisionItem: items.flood, content: '另一位市民的意见。' })).status).toBe(201);
  });

  test('无效的请求也计入次数', async () => {
    await awayFromWindowEdge();
    const client = newClient();
    for (let n = 1; n <= PER_CLIENT; n += 1) {
      expect((await post(client, { decisionItem: items.flood, content: '<b>x</b>' })).status).toBe(400);
    }
    expectLimited(await post(client, { decisionItem: items.flood, content: '现在是有效的意见。' }));
  });

  test('请求轮流发往同一数据库上的两个实例：合计超过限额即 429', async () => {
    const second = await startSecondInstance();
    try {
      await awayFromWindowEdge();
      const client = newClient();
      const statuses: number[] = [];
      let last: request.Response | null = null;
      for (let n = 1; n <= PER_CLIENT + 2; n += 1) {
        const target = n % 2 === 1 ? app.http() : request(second.url);
        last = await target
          .post('/api/decision-comments')
          .set('X-Forwarded-For', client)
          .send({ data: { decisionItem: items.twoInstances, content: `两个实例第${n}条：建议公布划片依据。` } });
        statuses.push(last.status);
      }

      expect(statuses).toEqual([201, 201, 201, 201, 201, 429, 429]);
      expectLimited(last as request.Response);
      expect(await commentsOn(items.twoInstances)).toHaveLength(PER_CLIENT);
    } finally {
      await second.stop();
    }
  });
});

describe('防刷：每个事项每天的意见上限', () => {
  test(`达到 ${PER_ITEM_PER_DAY} 条后当天不再受理：429 DAILY_LIMIT_REACHED，Retry-After 到北京时间次日 0 时`, async () => {
    for (let n = 1; n <= PER_ITEM_PER_DAY; n += 1) {
      expect(
        (await post(newClient(), { decisionItem: items.dailyCap, content: `市民${n}：建议延长报名时间。` })).status,
      ).toBe(201);
    }
    const before = await tableRows(app.strapi, UID.decisionComment);

    const res = await post(newClient(), { decisionItem: items.dailyCap, content: '超出上限的意见。' });

    expect(res.status).toBe(429);
    const message = `该决策事项今日收到的意见已达 ${PER_ITEM_PER_DAY} 条上限，请明日再提交`;
    const retryAfter = Number(res.headers['retry-after']);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(86400);
    expect(res.body.error).toEqual({
      status: 429,
      name: 'RateLimitError',
      message,
      details: {
        code: 'DAILY_LIMIT_REACHED',
        reasons: [{ code: 'DAILY_LIMIT_REACHED', message }],
        retryAfterSeconds: retryAfter,
      },
    });
    expect(await tableRows(app.strapi, UID.decisionComment)).toEqual(before);
  });
});
