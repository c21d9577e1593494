import tar from 'tar-stream';
import { markOverdueItems } from '../../src/services/archive-overdue';
import { UID } from '../../src/uid';
import {
  createDepartment,
  documentData,
  loginAsSuperAdmin,
  loginWithRole,
  startApp,
  tableRows,
  withToken,
} from '../helpers';
import type { DepartmentFixture, TestApp } from '../helpers';

let app: TestApp;
let department: DepartmentFixture;
let archivist: string;

beforeAll(async () => {
  app = await startApp();
  department = await createDepartment(app.strapi, { code: '014359501', name: '测试区人民政府办公室' });
  archivist = await loginWithRole(app, '档案员', [{ action: 'plugin::content-manager.archive-transfer' }]);
});

afterAll(() => app.stop());

const as = (token: string) => withToken(app, token);

/** Publishes a document and returns the documentId of its queue item. */
const publishedItem = async (title: string, fields: Record<string, unknown> = {}) => {
  const { documentId } = await app.strapi
    .documents(UID.policyDocument)
    .create({ data: documentData(department.documentId, { title, ...fields }) });
  await app.strapi.documents(UID.policyDocument).publish({ documentId });
  const item = await app.strapi.db.query(UID.archiveTransfer).findOne({ where: { subjectDocumentId: documentId } });
  return item.documentId as string;
};

const queue = () => tableRows(app.strapi, UID.archiveTransfer);

describe('档案员标记移交', () => {
  test('选中的待移交项标记为已移交，记录批次号、移交人和时间', async () => {
    const ids = [await publishedItem('移交甲'), await publishedItem('移交乙')];

    const res = await as(archivist).post('/gov-archive/transfer').send({ ids, batchNumber: 'QH-2026-001' });

    expect(res.status).toBe(200);
    expect(res.body.data).toEqual({ count: 2, batchNumber: 'QH-2026-001' });
    const items = await app.strapi.db.query(UID.archiveTransfer).findMany({ where: { documentId: { $in: ids } } });
    for (const item of items) {
      expect(item).toMatchObject({
        transferStatus: 'transferred',
        batchNumber: 'QH-2026-001',
        transferredBy: '测试档案员',
      });
      expect(item.transferredAt).not.toBeNull();
    }
  });

  test.each`
    label             | body                                                                         | message
    ${'未选择任何项'} | ${() => ({ ids: [], batchNumber: 'B1' })}                                    | ${'请至少选择一个归档移交项'}
    ${'批次号为空'}   | ${async () => ({ ids: [await publishedItem('无批次')], batchNumber: '  ' })} | ${'请填写移交批次号'}
    ${'编号不存在'}   | ${() => ({ ids: ['nosuchitem'], batchNumber: 'B1' })}                        | ${'归档移交项不存在：nosuchitem'}
  `('$label：400，不改变任何数据', async ({ body, message }) => {
    const payload = await body();
    const before = await queue();

    const res = await as(archivist).post('/gov-archive/transfer').send(payload);

    expect(res.status).toBe(400);
    expect(res.body.error.message).toBe(message);
    expect(await queue()).toEqual(before);
  });

  test('已移交的项不能再次标记，也不能改回待移交；同批其他项也不变', async () => {
    const done = await publishedItem('已移交的文件');
    await as(archivist)
      .post('/gov-archive/transfer')
      .send({ ids: [done], batchNumber: 'QH-2026-002' });
    const fresh = await publishedItem('同批的新文件');
    const before = await queue();

    const res = await as(archivist)
      .post('/gov-archive/transfer')
      .send({ ids: [fresh, done], batchNumber: 'QH-2026-003' });

    expect(res.status).toBe(400);
    expect(res.body.error.details.reasons).toEqual([
      {
        code: 'INVALID_STATUS_CHANGE',
        message: '《已移交的文件》当前状态为“已移交”，不能标记为“已移交”',
        documentId: done,
      },
    ]);
    expect(await queue()).toEqual(before);
  });

  test('标记移交失败须填写原因；失败项可再次移交', async () => {
    const id = await publishedItem('移交失败的文件');

    const missing = await as(archivist)
      .post('/gov-archive/fail')
      .send({ ids: [id], reason: '' });
    const failed = await as(archivist)
      .post('/gov-archive/fail')
      .send({ ids: [id], reason: '档案系统接口超时' });
    const retried = await as(archivist)
      .post('/gov-archive/transfer')
      .send({ ids: [id], batchNumber: 'QH-2026-004' });

    expect([missing.status, missing.body.error?.message]).toEqual([400, '请填写移交失败的原因']);
    expect(failed.status).toBe(200);
    expect(retried.status).toBe(200);
  });

  test('请求格式错误：400，中文提示', async () => {
    const res = await as(archivist).post('/gov-archive/transfer').send({ ids: 'abc', batchNumber: 1 });

    expect(res.status).toBe(400);
    expect(res.body.error.details.errors.map((e: { message: string }) => e.message)).toEqual([
      '请选择归档移交项（ids 为编号数组）',
      '请填写移交批次号',
    ]);
  });

  test('没有“档案移交”权限的用户：403', async () => {
    const editor = await loginWithRole(app, '部门编辑', [
      { action: 'plugin::content-manager.explorer.read', subject: UID.policyDocument },
    ]);
    const id = await publishedItem('编辑无权移交');

    const res = await as(editor)
      .post('/gov-archive/transfer')
      .send({ ids: [id], batchNumber: 'X' });

    expect(res.status).toBe(403);
  });
});

describe('移交项不能在内容管理中新建、修改或删除', () => {
  const PROTECTED =
    '归档移交项由系统在发布时生成，不能新建、修改或删除；请在归档移交列表中选择后使用“标记为已移交”或“移交失败”';

  test('在内容管理中修改：403，不改变数据', async () => {
    const { token } = await loginAsSuperAdmin(app);
    const id = await publishedItem('受保护的移交项（修改）');
    const before = await queue();

    const res = await as(token)
      .put(`/content-manager/collection-types/${UID.archiveTransfer}/${id}`)
      .send({ batchNumber: '手工改的批次' });

    expect(res.status).toBe(403);
    expect(await queue()).toEqual(before);
  });

  test('在内容管理中删除：403，不改变数据', async () => {
    const { token } = await loginAsSuperAdmin(app);
    const id = await publishedItem('受保护的移交项（删除）');
    const before = await queue();

    const res = await as(token).del(`/content-manager/collection-types/${UID.archiveTransfer}/${id}`);

    expect(res.status).toBe(403);
    expect(await queue()).toEqual(before);
  });

  test('代码中经文档服务删除：拒绝并给出同一提示', async () => {
    const id = await publishedItem('受保护的移交项（代码）');

    await expect(app.strapi.documents(UID.archiveTransfer).delete({ documentId: id })).rejects.toThrow(PROTECTED);
    expect(await app.strapi.db.query(UID.archiveTransfer).count({ where: { documentId: id } })).toBe(1);
  });
});

/** RFC 4180 rows of a CSV text (quoted fields may contain commas, quotes and line breaks). */
const parseCsv = (text: string): string[][] => {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    const escapedQuote = quoted && c === '"' && text[i + 1] === '"';
    const endOfField = !quoted && (c === ',' || c === '\n');
    if (escapedQuote) {
      field += '"';
      i += 1;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (endOfField) {
      row.push(field.replace(/\r$/, ''));
      field = '';
    } else {
      field += c;
    }
    if (endOfField && c === '\n') {
      rows.push(row);
      row = [];
    }
  }
  return rows;
};

/** The archivist downloads a binary export; supertest buffers it whole. */
const downloadBinary = (url: string) =>
  as(archivist)
    .get(url)
    .buffer(true)
    .parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    });

const untar = async (buffer: Buffer): Promise<Map<string, string>> => {
  const files = new Map<string, string>();
  const extract = tar.extract();
  await new Promise<void>((resolve, reject) => {
    extract.on('entry', (header, stream, next) => {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        files.set(header.name, Buffer.concat(chunks).toString('utf8'));
        next();
      });
    });
    extract.on('finish', resolve);
    extract.on('error', reject);
    extract.end(buffer);
  });
  return files;
};

describe('导出移交批次', () => {
  test('送交目录 CSV 与归档包', async () => {
    const ids = [
      await publishedItem('关于"三同步"工作的通知，第一批', { documentNumber: '测政办发〔2026〕41号' }),
      await publishedItem('第二份文件'),
    ];
    await as(archivist).post('/gov-archive/transfer').send({ ids, batchNumber: 'QH-2026-EXP' });

    const csv = await as(archivist).get('/gov-archive/batches/QH-2026-EXP/catalogue.csv');
    const archive = await downloadBinary('/gov-archive/batches/QH-2026-EXP/archive.tar');

    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    const rows = parseCsv(csv.text.replace(/^\uFEFF/, ''));
    expect(rows[0]).toEqual(['序号', '索引号', '题名', '发文字号', '发布机构', '发布日期', '附件数', '内容摘要值']);
    expect(rows.slice(1).map((r) => [r[0], r[2], r[3], r[4], r[6]])).toEqual([
      ['1', '关于"三同步"工作的通知，第一批', '测政办发〔2026〕41号', '测试区人民政府办公室', '0'],
      ['2', '第二份文件', '', '测试区人民政府办公室', '0'],
    ]);
    expect(rows.slice(1).every((r) => /^[0-9a-f]{64}$/.test(r[7]) && /^\d{4}-\d{2}-\d{2}$/.test(r[5]))).toBe(true);

    expect(archive.status).toBe(200);
    const files = await untar(archive.body as Buffer);
    const snapshots = [...files.keys()].filter((name) => name.endsWith('/snapshot.json'));
    expect(snapshots).toHaveLength(2);
    expect(files.has('送交目录.csv')).toBe(true);
    expect(snapshots.map((name) => JSON.parse(files.get(name) as string).title)).toEqual([
      '关于"三同步"工作的通知，第一批',
      '第二份文件',
    ]);
  });

  test('附件随快照进入归档包，送交目录记录附件数', async () => {
    const { token } = await loginAsSuperAdmin(app);
    const uploaded = await as(token).post('/upload').attach('files', Buffer.from('附件正文：实施细则全文。'), {
      filename: 'shishi-xize.txt',
      contentType: 'text/plain',
    });
    expect(uploaded.status).toBe(201);
    const id = await publishedItem('带附件的文件', { attachments: [uploaded.body[0].id] });
    await as(archivist)
      .post('/gov-archive/transfer')
      .send({ ids: [id], batchNumber: 'QH-2026-ATT' });

    const csv = await as(archivist).get('/gov-archive/batches/QH-2026-ATT/catalogue.csv');
    const archive = await downloadBinary('/gov-archive/batches/QH-2026-ATT/archive.tar');

    expect(parseCsv(csv.text.replace(/^\uFEFF/, ''))[1][6]).toBe('1');
    const files = await untar(archive.body as Buffer);
    const attachment = [...files.keys()].find((name) => name.endsWith('/attachments/shishi-xize.txt'));
    expect(attachment && files.get(attachment)).toBe('附件正文：实施细则全文。');
  });

  test('不存在的批次：404', async () => {
    const res = await as(archivist).get('/gov-archive/batches/NOPE/catalogue.csv');

    expect(res.status).toBe(404);
    expect(res.body.error.message).toBe('移交批次“NOPE”不存在或没有已移交的项');
  });
});

describe('每日逾期标记', () => {
  test('两个实例同时运行：每个逾期项只被标记一次', async () => {
    const ids = [await publishedItem('逾期甲'), await publishedItem('逾期乙'), await publishedItem('逾期丙')];
    await app.strapi.db
      .query(UID.archiveTransfer)
      .updateMany({ where: { documentId: { $in: ids } }, data: { dueAt: '2026-01-05' } });
    const later = new Date('2026-03-01T00:00:00Z');

    const counts = await Promise.all([markOverdueItems(app.strapi, later), markOverdueItems(app.strapi, later)]);

    expect(counts.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(3);
    const flagged = await app.strapi.db
      .query(UID.archiveTransfer)
      .count({ where: { documentId: { $in: ids }, overdue: true } });
    expect(flagged).toBe(3);
    expect(await markOverdueItems(app.strapi, later)).toBe(0);
  });
});

describe('工作日历录入', () => {
  test('无效日期：400，指出第几行', async () => {
    const { token } = await loginAsSuperAdmin(app);

    const res = await as(token)
      .post(`/content-manager/collection-types/${UID.workCalendar}`)
      .send({ year: 2027, holidays: '2027-10-01 国庆节\n2027-10-32 国庆节', workdays: '' });

    expect(res.status).toBe(400);
    expect(res.body.error.message).toBe('「放假日期」第 2 行“2027-10-32 国庆节”不是有效日期，应为“YYYY-MM-DD 名称”');
    expect(await app.strapi.db.query(UID.workCalendar).count()).toBe(0);
  });

  test('录入 2027 年安排后，移交期限按录入的安排计算', async () => {
    const { token } = await loginAsSuperAdmin(app);
    const holidays = ['01', '02', '03', '04', '05', '06', '07'].map((d) => `2027-10-${d} 国庆节`).join('\n');
    const saved = await as(token)
      .post(`/content-manager/collection-types/${UID.workCalendar}`)
      .send({ year: 2027, holidays, workdays: '2027-10-09 国庆节调休' });
    expect(saved.status).toBe(201);
    const { documentId } = await app.strapi
      .documents(UID.policyDocument)
      .create({ data: documentData(department.documentId, { title: '2027 年国庆前发布' }) });

    jest.useFakeTimers({
      now: new Date('2027-09-30T02:00:00Z'),
      doNotFake: ['nextTick', 'setImmediate', 'setTimeout', 'setInterval', 'queueMicrotask'],
    });
    await app.strapi
      .documents(UID.policyDocument)
      .publish({ documentId })
      .finally(() => jest.useRealTimers());

    const item = await app.strapi.db.query(UID.archiveTransfer).findOne({ where: { subjectDocumentId: documentId } });
    // 9-30 后第 20 个工作日：10-8、10-9（录入的调休上班日）为第 1、2 个
    expect(item.dueAt).toBe('2027-11-03');
  });
});

test('网站管理员（超级管理员）拥有“档案移交”和“强制发布”权限', async () => {
  const { token } = await loginAsSuperAdmin(app);
  const id = await publishedItem('管理员移交');

  const res = await as(token)
    .post('/gov-archive/transfer')
    .send({ ids: [id], batchNumber: 'QH-ADMIN' });
  const permissions = await as(token).get('/admin/users/me/permissions');

  expect(res.status).toBe(200);
  expect(permissions.body.data.map((p: { action: string }) => p.action)).toEqual(
    expect.arrayContaining(['plugin::content-manager.archive-transfer', 'plugin::content-manager.force-publish']),
  );
});
