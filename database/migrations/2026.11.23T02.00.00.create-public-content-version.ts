import type { Knex } from 'knex';
import { PUBLIC_CONTENT_VERSION_TABLE } from '../../src/repositories/tables';

interface MigrationDb {
  getSchemaName(): string | undefined;
}

export async function up(knex: Knex, db: MigrationDb): Promise<void> {
  const schema = db.getSchemaName();
  const builder = () => (schema ? knex.schema.withSchema(schema) : knex.schema);
  if (await builder().hasTable(PUBLIC_CONTENT_VERSION_TABLE)) return;
  await builder().createTable(PUBLIC_CONTENT_VERSION_TABLE, (table) => {
    table.integer('id').primary();
    table.bigInteger('version').notNullable();
  });
  const rows = schema ? knex(PUBLIC_CONTENT_VERSION_TABLE).withSchema(schema) : knex(PUBLIC_CONTENT_VERSION_TABLE);
  await rows.insert({ id: 1, version: 0 });
}

export async function down(knex: Knex, db: MigrationDb): Promise<void> {
  const schema = db.getSchemaName();
  await (schema ? knex.schema.withSchema(schema) : knex.schema).dropTableIfExists(PUBLIC_CONTENT_VERSION_TABLE);
}
