import type { Core } from '@strapi/strapi';
import { UID } from '../uid';
import { tableQuery } from './own-tables';
import { INDEX_COUNTER_TABLE } from './tables';

/**
 * The next value of a per-department, per-year sequence. One upsert takes the row lock, so
 * concurrent callers (other connections, other instances) are serialised by the database; the read
 * that follows in the same transaction sees this caller's own increment. Gaps are tolerated.
 */
export const nextSequence = async (strapi: Core.Strapi, scope: string, year: number): Promise<number> =>
  await strapi.db.transaction(async ({ trx }) => {
    const table = () => tableQuery(strapi, INDEX_COUNTER_TABLE, trx);
    await table()
      .insert({ scope, year, last_value: 1 })
      .onConflict(['scope', 'year'])
      .merge({ last_value: trx.raw('?? + 1', [`${INDEX_COUNTER_TABLE}.last_value`]) });
    const row: { last_value: number | string } | undefined = await table().where({ scope, year }).first('last_value');
    return Number(row?.last_value);
  });

/** What a department's 索引号 are made of: its 机构代码 and its template (null: the default). */
export const departmentNumbering = async (
  strapi: Core.Strapi,
  documentId: string,
): Promise<{ code: string; indexTemplate: string | null } | null> =>
  await strapi.db.query(UID.department).findOne({ where: { documentId }, select: ['code', 'indexTemplate'] });
