import type { Knex } from 'knex';
import { INDEX_COUNTER_TABLE } from '../../src/repositories/tables';

interface MigrationDb {
  getSchemaName(): string | undefined;
}

export async function up(knex: Knex, db: MigrationDb): Promise<void> {
  const schema = db.getSchemaName();
  const builder = schema ? knex.schema.withSchema(schema) : knex.schema;
  if (await builder.hasTable(INDEX_COUNTER_TABLE)) return;
  await (schema ? knex.schema.withSchema(schema) : knex.schema).createTable(INDEX_COUNTER_TABLE, (table) => {
    table.string('scope', 64).notNullable();
    table.integer('year').notNullable();
    table.integer('last_value').notNullable();
    table.primary(['scope', 'year']);
  });
}

export async function down(knex: Knex, db: MigrationDb): Promise<void> {
  const schema = db.getSchemaName();
  await (schema ? knex.schema.withSchema(schema) : knex.schema).dropTableIfExists(INDEX_COUNTER_TABLE);
}
