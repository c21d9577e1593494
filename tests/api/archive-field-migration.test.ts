import type { Knex } from 'knex';
import { ARCHIVE_TRANSFER_TABLE, CORE_STORE_TABLE } from '../../src/repositories/tables';
import { UID } from '../../src/uid';
import { loginAsSuperAdmin, startApp, withToken } from '../helpers';
import type { TestApp } from '../helpers';

/**
 * A database as the previous release left it: the archive queue with `status` and the subject's publish
 * time in Strapi's `published_at`, the schema Strapi remembers saying so, and the rename migration not yet run.
 */
let app: TestApp;

const MIGRATION = '2026.11.30T01.00.00.rename-archive-transfer-fields.js';

const OLD_ROWS = [
  {
    document_id: 'oldarchiveitem000000000001',
    subject_uid: UID.policyDocument,
    subject_document_id: 'olddocument0000000000000001',
    title: '清河区人民政府关于印发《清河区老旧小区改造实施办法》的通知',
    reason: 'first-publish',
    status: 'transferred',
    batch_number: 'QH-2026-001',
    published_at: new Date('2026-03-02T01:30:00.000Z'),
    due_at: '2026-03-30',
  },
  {
    document_id: 'oldarchiveitem000000000002',
    subject_uid: UID.policyInterpretation,
    subject_document_id: 'olddocument0000000000000002',
    title: '《清河区老旧小区改造实施办法》政策解读',
    reason: 'changed',
    status: 'failed',
    batch_number: null,
    published_at: new Date('2026-03-05T08:00:00.000Z'),
    due_at: '2026-04-02',
  },
];

const knexOf = (): Knex => app.strapi.db.connection as unknown as Knex;
const table = (name: string) => {
  const schema = app.strapi.db.getSchemaName();
  return schema ? knexOf()(name).withSchema(schema) : knexOf()(name);
};
const schemaBuilder = () => {
  const schema = app.strapi.db.getSchemaName();
  return schema ? knexOf().schema.withSchema(schema) : knexOf().schema;
};

interface StoredColumn {
  name: string;
}
interface StoredSchema {
  tables: { name: string; columns: StoredColumn[] }[];
}

/** Strapi's remembered schema as the previous release stored it: `status`, no `subject_published_at`. */
const rememberOldColumns = async () => {
  const row = await table('strapi_database_schema').orderBy('time', 'desc').first();
  const schema: StoredSchema = typeof row.schema === 'string' ? JSON.parse(row.schema) : row.schema;
  const archive = schema.tables.find((t) => t.name === ARCHIVE_TRANSFER_TABLE) as StoredSchema['tables'][number];
  archive.columns = archive.columns
    .filter((column) => column.name !== 'subject_published_at')
    .map((column) => (column.name === 'transfer_status' ? { ...column, name: 'status' } : column));
  await table('strapi_database_schema')
    .where({ id: row.id })
    .update({ schema: JSON.stringify(schema) });
};

const LAYOUT_KEY = 'plugin_content_manager_configuration_content_types::api::archive-transfer.archive-transfer';

interface StoredLayout {
  metadatas: Record<string, { list: { label: string } }>;
  layouts: { list: string[]; edit: { name: string }[][] };
}

const storedLayout = async (): Promise<StoredLayout> =>
  JSON.parse((await table(CORE_STORE_TABLE).where({ key: LAYOUT_KEY }).first()).value);

/** The content manager's layout as the previous release stored it: `status` in the edit view, not listed. */
const rememberOldLayout = async () => {
  const layout = await storedLayout();
  const { transferStatus, subjectPublishedAt: _dropped, ...metadatas } = layout.metadatas;
  const old = {
    ...layout,
    metadatas: { ...metadatas, status: transferStatus },
    layouts: {
      list: layout.layouts.list.filter((name) => name !== 'transferStatus'),
      edit: layout.layouts.edit
        .map((row) => row.filter((field) => field.name !== 'subjectPublishedAt'))
        .map((row) => row.map((field) => (field.name === 'transferStatus' ? { ...field, name: 'status' } : field))),
    },
  };
  await table(CORE_STORE_TABLE)
    .where({ key: LAYOUT_KEY })
    .update({ value: JSON.stringify(old) });
};

beforeAll(async () => {
  app = await startApp();
  await schemaBuilder().alterTable(ARCHIVE_TRANSFER_TABLE, (t) => {
    t.dropColumn('transfer_status');
    t.dropColumn('subject_published_at');
  });
  await schemaBuilder().alterTable(ARCHIVE_TRANSFER_TABLE, (t) => {
    t.string('status');
  });
  const now = new Date();
  await table(ARCHIVE_TRANSFER_TABLE).insert(OLD_ROWS.map((row) => ({ ...row, created_at: now, updated_at: now })));
  await rememberOldColumns();
  await rememberOldLayout();
  await table('strapi_migrations').where({ name: MIGRATION }).del();

  app = await app.restart();
});

afterAll(() => app.stop());

test('升级：归档移交项的 status、publishedAt 迁移为 transferStatus、subjectPublishedAt，逐行保留原值', async () => {
  const items = await app.strapi.db.query(UID.archiveTransfer).findMany({
    where: { documentId: { $in: OLD_ROWS.map((row) => row.document_id) } },
    select: ['documentId', 'title', 'reason', 'transferStatus', 'subjectPublishedAt', 'dueAt', 'batchNumber'],
    orderBy: { documentId: 'asc' },
  });

  expect(
    items.map((item: { subjectPublishedAt: string | Date }) => ({
      ...item,
      subjectPublishedAt: new Date(item.subjectPublishedAt).toISOString(),
    })),
  ).toEqual(
    OLD_ROWS.map((row) => ({
      documentId: row.document_id,
      title: row.title,
      reason: row.reason,
      transferStatus: row.status,
      subjectPublishedAt: row.published_at.toISOString(),
      dueAt: row.due_at,
      batchNumber: row.batch_number,
    })),
  );
  expect(await schemaBuilder().hasColumn(ARCHIVE_TRANSFER_TABLE, 'status')).toBe(false);
  expect(await table('strapi_migrations').where({ name: MIGRATION }).count({ n: '*' })).toEqual([
    { n: expect.anything() },
  ]);
});

test('内容管理的列表和编辑页沿用“移交状态”的中文名称，列表显示移交状态', async () => {
  const layout = await storedLayout();

  expect(layout.layouts.list).toContain('transferStatus');
  expect(layout.layouts.edit.flat().map((field) => field.name)).toContain('transferStatus');
  expect(layout.metadatas.transferStatus.list.label).toBe('移交状态');
  expect(layout.metadatas).not.toHaveProperty('status');
});

test('迁移后档案员在内容管理列表中看到移交状态', async () => {
  const webmaster = await loginAsSuperAdmin(app);

  const res = await withToken(app, webmaster.token).get(
    `/content-manager/collection-types/${UID.archiveTransfer}?sort=documentId:asc`,
  );

  expect(res.status).toBe(200);
  expect(
    res.body.results.map((item: { transferStatus: string; title: string }) => [item.title, item.transferStatus]),
  ).toEqual(OLD_ROWS.map((row) => [row.title, row.status]));
});

test('迁移只运行一次：再次启动不改动已迁移的数据', async () => {
  await app.strapi.db
    .query(UID.archiveTransfer)
    .update({ where: { documentId: OLD_ROWS[1].document_id }, data: { transferStatus: 'transferred' } });

  app = await app.restart();

  const item = await app.strapi.db
    .query(UID.archiveTransfer)
    .findOne({ where: { documentId: OLD_ROWS[1].document_id }, select: ['transferStatus'] });
  expect(item.transferStatus).toBe('transferred');
});

test('内容类型的表名与迁移使用的表名一致', () => {
  expect(app.strapi.contentType(UID.archiveTransfer).collectionName).toBe(ARCHIVE_TRANSFER_TABLE);
});
