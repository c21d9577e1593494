import type { Knex } from 'knex';
import { LAST_EDITOR_TABLE } from '../../src/repositories/tables';

interface MigrationDb {
  getSchemaName(): string | undefined;
}

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
