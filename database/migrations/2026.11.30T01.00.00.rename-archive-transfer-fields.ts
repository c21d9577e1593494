import type { Knex } from 'knex';
import { ARCHIVE_TRANSFER_TABLE, CORE_STORE_TABLE } from '../../src/repositories/tables';

interface MigrationDb {
  getSchemaName(): string | undefined;
}

const RENAMED: Record<string, string> = { status: 'transferStatus', publishedAt: 'subjectPublishedAt' };
const LAYOUT_KEY = 'plugin_content_manager_configuration_content_types::api::archive-transfer.archive-transfer';

interface StoredLayout {
  metadatas?: Record<string, unknown>;
  layouts?: { list?: string[]; edit?: { name: string }[][] };
}

/**
 * The content manager's stored layout of the queue, carried over to the new names so that the list keeps
 * its 移交状态 column and Chinese labels; Strapi would otherwise label new fields with their raw names.
 */
const renameInLayout = (layout: StoredLayout): StoredLayout => {
  const metadatas = { ...layout.metadatas };
  for (const [from, to] of Object.entries(RENAMED)) if (from in metadatas) metadatas[to] = metadatas[from];
  delete metadatas.status;
  const list = (layout.layouts?.list ?? []).filter((name) => name !== 'status' && name !== 'transferStatus');
  return {
    ...layout,
    metadatas,
    layouts: {
      ...layout.layouts,
      list: [...list.slice(0, 2), 'transferStatus', ...list.slice(2)],
      edit: layout.layouts?.edit?.map((row) =>
        row.map((field) => ({ ...field, name: field.name === 'status' ? 'transferStatus' : field.name })),
      ),
    },
  };
};

/**
 * The archive item's `status` and `publishedAt` collided with Strapi's own draft/publish attributes, so
 * the content manager could not show them; they are now `transferStatus` and `subjectPublishedAt`.
 * Migrations run before Strapi syncs the schema: this adds the new columns as Strapi would create them
 * and copies every row's values over; the sync then drops the old `status` column. A fresh database has
 * no table yet, and a migrated one no `status` column: both are left alone.
 */
export async function up(knex: Knex, db: MigrationDb): Promise<void> {
  const schema = db.getSchemaName();
  const builder = () => (schema ? knex.schema.withSchema(schema) : knex.schema);
  if (!(await builder().hasTable(ARCHIVE_TRANSFER_TABLE))) return;
  if (!(await builder().hasColumn(ARCHIVE_TRANSFER_TABLE, 'status'))) return;
  if (!(await builder().hasColumn(ARCHIVE_TRANSFER_TABLE, 'transfer_status'))) {
    await builder().alterTable(ARCHIVE_TRANSFER_TABLE, (table) => {
      table.string('transfer_status');
    });
  }
  if (!(await builder().hasColumn(ARCHIVE_TRANSFER_TABLE, 'subject_published_at'))) {
    await builder().alterTable(ARCHIVE_TRANSFER_TABLE, (table) => {
      table.datetime('subject_published_at', { useTz: false, precision: 6 });
    });
  }
  const table = (name: string) => (schema ? knex(name).withSchema(schema) : knex(name));
  await table(ARCHIVE_TRANSFER_TABLE).update({
    transfer_status: knex.ref('status'),
    subject_published_at: knex.ref('published_at'),
  });
  const stored = await table(CORE_STORE_TABLE).where({ key: LAYOUT_KEY }).first();
  if (stored?.value) {
    await table(CORE_STORE_TABLE)
      .where({ key: LAYOUT_KEY })
      .update({ value: JSON.stringify(renameInLayout(JSON.parse(stored.value) as StoredLayout)) });
  }
}

/** Strapi's schema sync has already dropped `status` by the time anyone could roll back; nothing to undo here. */
export async function down(): Promise<void> {}
