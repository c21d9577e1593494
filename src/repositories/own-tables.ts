import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';

/**
 * A query on a table by its name, in the database schema Strapi uses (PostgreSQL may use one other than
 * the default), through `knex`: a transaction when given, else the app's connection.
 */
export const tableQuery = (
  strapi: Core.Strapi,
  table: string,
  knex: Knex = strapi.db.connection,
): Knex.QueryBuilder => {
  const schema = strapi.db.getSchemaName();
  return schema ? knex(table).withSchema(schema) : knex(table);
};
