import type { Knex } from 'knex';

interface MigrationDb {
  getSchemaName(): string | undefined;
}

/**
 * 索引号 sequences: one row per department and year, incremented with a single upsert so that
 * concurrent creations (several Strapi instances on one PostgreSQL) never receive the same number.
 */
export const INDEX_COUNTER_TABLE = 'gov_index_number_counters';

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
