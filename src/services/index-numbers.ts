import type { Core } from '@strapi/strapi';
import { DEFAULT_INDEX_TEMPLATE, renderIndexNumber } from '../domain/numbering/index-number';
import { departmentNumbering, nextSequence } from '../repositories/index-number-counters';
import { findOtherWithValue } from '../repositories/stored-entries';
import { UID } from '../uid';

/** A fresh 索引号 from the issuing department's template; skips numbers already taken by hand. */
export const allocateIndexNumber = async (
  strapi: Core.Strapi,
  departmentDocumentId: string,
  year: number,
): Promise<string> => {
  const department = await departmentNumbering(strapi, departmentDocumentId);
  if (!department) throw new Error(`发布机构 ${departmentDocumentId} 不存在`);
  const template = department.indexTemplate || DEFAULT_INDEX_TEMPLATE;
  for (;;) {
    const seq = await nextSequence(strapi, `department:${departmentDocumentId}`, year);
    const candidate = renderIndexNumber(template, { code: department.code, year, seq });
    if (!(await findOtherWithValue(strapi, UID.policyDocument, 'indexNumber', candidate, null))) return candidate;
  }
};
