import type { Knex } from 'knex';
import { COMMENT_RATE_LIMIT_TABLE } from '../../src/repositories/tables';

interface MigrationDb {
  getSchemaName(): string | undefined;
}

export async function up(knex: Knex, db: MigrationDb): Promise<void> {
  const schema = db.getSchemaName();
  const builder = () => (schema ? knex.schema.withSchema(schema) : knex.schema);
  if (await builder().hasTable(COMMENT_RATE_LIMIT_TABLE)) return;
  await builder().createTable(COMMENT_RATE_LIMIT_TABLE, (table) => {
    table.string('client_key', 64).notNullable();
    table.bigInteger('window_start').notNullable();
    table.integer('hits').notNullable();
    table.primary(['client_key', 'window_start']);
    table.index(['window_start'], 'gov_comment_rate_limits_window_idx');
  });
}

export async function down(knex: Knex, db: MigrationDb): Promise<void> {
  const schema = db.getSchemaName();
  await (schema ? knex.schema.withSchema(schema) : knex.schema).dropTableIfExists(COMMENT_RATE_LIMIT_TABLE);
}
