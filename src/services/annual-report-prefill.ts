import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import {
  mergePrefill,
  normativeDocumentFigures,
  overviewParagraph,
  type PrefillMerge,
} from '../domain/annual-report/prefill';
import { loadPrefillFacts } from '../repositories/annual-reports';
import { permittedDocumentIds } from '../repositories/permitted-entries';
import { findWritableEntry, storedTargets } from '../repositories/stored-entries';
import { UID } from '../uid';
import { refusal } from './refusal';

interface UpdateChecker {
  cannot: { update(): boolean };
}

/**
 * Whether the admin user may change this report: the content manager's own update permission with its
 * conditions (own department). Another department's report answers 404, as the content manager does.
 */
export const checkMayUpdateReport = async (strapi: Core.Strapi, userAbility: unknown, documentId: string) => {
  const checker: UpdateChecker = strapi
    .plugin('content-manager')
    .service('permission-checker')
    .create({ userAbility, model: UID.annualReport });
  // A PolicyError: Strapi's authorize step replaces any other 403 raised in a handler with a bare "Forbidden".
  if (checker.cannot.update()) throw new errors.PolicyError('您没有修改年度报告的权限');
  if (!(await permittedDocumentIds(strapi, userAbility, UID.annualReport, [documentId], 'update')).has(documentId)) {
    throw new errors.NotFoundError('年度报告不存在');
  }
};

/**
 * Fills the report's draft from the system's own data: 表二's 行政规范性文件 row and the paragraph of
 * 一 总体情况. Figures the editor entered differently are left alone and returned as conflicts, unless
 * the editor confirmed overwriting them. The write goes through the document service and its checks.
 */
export const prefillReport = async (
  strapi: Core.Strapi,
  documentId: string,
  overwrite: boolean,
): Promise<Omit<PrefillMerge, 'data'>> => {
  const stored = await findWritableEntry(strapi, UID.annualReport, documentId);
  if (!stored) throw new errors.NotFoundError('年度报告不存在');
  const [department] = storedTargets(stored.department);
  const year = Number(stored.year);
  if (!department) {
    throw refusal([
      { code: 'REPORT_DEPARTMENT_MISSING', message: '请先选择报告单位并保存，再预填', path: ['department'] },
    ]);
  }
  const { normative, activity } = await loadPrefillFacts(strapi, department, year);
  const prefill = {
    normativeDocuments: normativeDocumentFigures(normative, year),
    overview: overviewParagraph(activity),
  };
  const { data, applied, conflicts } = mergePrefill(
    { disclosureTable: stored.disclosureTable, overview: stored.overview },
    prefill,
    overwrite,
  );
  if (Object.keys(data).length > 0) {
    await strapi.documents(UID.annualReport).update({ documentId, data: data as Record<string, unknown> });
  }
  return { applied, conflicts };
};
