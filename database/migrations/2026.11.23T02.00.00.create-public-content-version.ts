import type { Knex } from 'knex';

interface MigrationDb {
  getSchemaName(): string | undefined;
}

/**
 * One counter that every instance raises after a write to public content, so that each instance's
 * cache of public answers (services/public-cache.ts) knows at its next request that it is stale.
 */
export const PUBLIC_CONTENT_VERSION_TABLE = 'gov_public_content_version';

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
