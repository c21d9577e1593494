import type { Core } from '@strapi/strapi';
import { DEFAULT_INDEX_TEMPLATE, renderIndexNumber } from '../domain/numbering/index-number';
import { INDEX_COUNTER_TABLE } from '../../database/migrations/2026.11.23T00.00.00.create-index-number-counters';
import { tableQuery } from '../repositories/own-tables';
import { findOtherWithValue } from '../repositories/stored-entries';
import { UID } from '../uid';

/**
 * The next value of a per-department, per-year sequence. One upsert takes the row lock, so
 * concurrent callers (other connections, other instances) are serialised by the database; the read
 * that follows in the same transaction sees this caller's own increment. Gaps are tolerated.
 */
const nextSequence = async (strapi: Core.Strapi, scope: string, year: number): Promise<number> =>
  await strapi.db.transaction(async ({ trx }) => {
    const table = () => tableQuery(strapi, INDEX_COUNTER_TABLE, trx);
    await table()
      .insert({ scope, year, last_value: 1 })
      .onConflict(['scope', 'year'])
      .merge({ last_value: trx.raw('?? + 1', [`${INDEX_COUNTER_TABLE}.last_value`]) });
    const row: { last_value: number | string } | undefined = await table().where({ scope, year }).first('last_value');
    return Number(row?.last_value);
  });

/** A fresh 索引号 from the issuing department's template; skips numbers already taken by hand. */
export const allocateIndexNumber = async (
  strapi: Core.Strapi,
  departmentDocumentId: string,
  year: number,
): Promise<string> => {
  const department = await strapi.db
    .query(UID.department)
    .findOne({ where: { documentId: departmentDocumentId }, select: ['code', 'indexTemplate'] });
  if (!department) throw new Error(`发布机构 ${departmentDocumentId} 不存在`);
  const template = department.indexTemplate || DEFAULT_INDEX_TEMPLATE;
  for (;;) {
    const seq = await nextSequence(strapi, `department:${departmentDocumentId}`, year);
    const candidate = renderIndexNumber(template, { code: department.code, year, seq });
    if (!(await findOtherWithValue(strapi, UID.policyDocument, 'indexNumber', candidate, null))) return candidate;
  }
};
