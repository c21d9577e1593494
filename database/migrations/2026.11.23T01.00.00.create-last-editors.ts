import type { Knex } from 'knex';

interface MigrationDb {
  getSchemaName(): string | undefined;
}

/**
 * Who last changed each draft's content (第二双眼睛). Kept apart from Strapi's `updatedBy`, which the
 * admin's Publish also sets: it re-saves the draft as the publisher even when nothing changed.
 */
export const LAST_EDITOR_TABLE = 'gov_last_editors';

export async function up(knex: Knex, db: MigrationDb): Promise<void> {
  const schema = db.getSchemaName();
  const builder = () => (schema ? knex.schema.withSchema(schema) : knex.schema);
  if (await builder().hasTable(LAST_EDITOR_TABLE)) return;
  await builder().createTable(LAST_EDITOR_TABLE, (table) => {
    table.string('subject_uid', 100).notNullable();
    table.string('document_id', 64).notNullable();
    table.integer('editor_id').nullable();
    table.primary(['subject_uid', 'document_id']);
  });
}

export async function down(knex: Knex, db: MigrationDb): Promise<void> {
  const schema = db.getSchemaName();
  await (schema ? knex.schema.withSchema(schema) : knex.schema).dropTableIfExists(LAST_EDITOR_TABLE);
}
