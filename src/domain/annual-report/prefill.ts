import { enumLabel, enumValues } from '../enums';
import { DISCLOSURE_TABLE, type TableField } from './tables';

/** A normative policy document of the reporting department, as the pre-fill counts it. */
export interface NormativeDocument {
  /** 成文日期 'YYYY-MM-DD' */
  issuedAt: string | null;
  /** 失效日期: for a repealed document, the day it stopped being in force */
  expiresAt: string | null;
  validity: string | null;
}

/**
 * 表二 行政规范性文件: 本年制发 = 成文日期 in the year; 本年废止 = 已废止 with 失效日期 in the year;
 * 现行有效 = issued by the year's end and neither expired nor repealed by then (a document marked
 * 已废止 without a 失效日期 has no known end and is not counted as in force).
 */
export const normativeDocumentFigures = (documents: readonly NormativeDocument[], year: number) => {
  const inYear = (date: string | null) => date !== null && date.startsWith(`${year}-`);
  const yearEnd = `${year}-12-31`;
  return {
    issued: documents.filter((document) => inYear(document.issuedAt)).length,
    repealed: documents.filter((document) => document.validity === 'repealed' && inYear(document.expiresAt)).length,
    inForce: documents.filter(
      (document) =>
        document.issuedAt !== null &&
        document.issuedAt <= yearEnd &&
        (document.expiresAt === null ? document.validity !== 'repealed' : document.expiresAt > yearEnd),
    ).length,
  };
};

/** What the system published for the department in the year, for section 一. */
export interface YearActivity {
  year: number;
  departmentName: string;
  documents: number;
  normativeDocuments: number;
  /** interpretation form value → count */
  interpretationsByForm: Readonly<Record<string, number>>;
  decisions: readonly { title: string; stage: string }[];
}

/** The paragraph of 一 总体情况 that the system can write: counts of the year's publications and decisions. */
export const overviewParagraph = (activity: YearActivity): string => {
  const interpretations = Object.values(activity.interpretationsByForm).reduce((sum, count) => sum + count, 0);
  const forms = enumValues('interpretationForm')
    .filter((form) => (activity.interpretationsByForm[form] ?? 0) > 0)
    .map((form) => `${enumLabel('interpretationForm', form)}${activity.interpretationsByForm[form]}件`);
  const decisions =
    activity.decisions.length === 0
      ? '本年度无列入重大行政决策目录的事项。'
      : `列入本年度重大行政决策目录的事项${activity.decisions.length}项：${activity.decisions
          .map((decision) => `《${decision.title}》（${enumLabel('decisionStage', decision.stage)}）`)
          .join('、')}。`;
  return (
    `${activity.year}年，${activity.departmentName}在政府网站主动公开政策文件${activity.documents}件，` +
    `其中行政规范性文件${activity.normativeDocuments}件；发布政策解读${interpretations}件` +
    (forms.length > 0 ? `，其中${forms.join('、')}` : '') +
    `。${decisions}`
  );
};

export interface Prefill {
  normativeDocuments: { issued: number; repealed: number; inForce: number };
  overview: string;
}

/** One value the pre-fill would write where the editor already entered another. */
export interface PrefillConflict {
  path: string[];
  label: string;
  current: unknown;
  computed: unknown;
}

export interface PrefillMerge {
  /** the fields to write (only those that change) */
  data: Partial<Record<TableField | 'overview', unknown>>;
  applied: { path: string[]; label: string; value: unknown }[];
  conflicts: PrefillConflict[];
}

const isBlank = (value: unknown) =>
  value === null || value === undefined || (typeof value === 'string' && value.trim() === '');

/**
 * Merges the pre-fill into the stored report: empty cells and an empty 总体情况 are filled, equal values
 * are left alone, and a value the editor entered differently is kept and reported as a conflict
 * unless the editor confirmed overwriting (`overwrite`).
 */
export const mergePrefill = (
  stored: { disclosureTable: unknown; overview: unknown },
  prefill: Prefill,
  overwrite: boolean,
): PrefillMerge => {
  const row = DISCLOSURE_TABLE.rows.find((spec) => spec.key === 'normativeDocuments');
  const storedTable =
    stored.disclosureTable && typeof stored.disclosureTable === 'object' && !Array.isArray(stored.disclosureTable)
      ? (stored.disclosureTable as Record<string, Record<string, unknown> | undefined>)
      : {};
  const storedRow = storedTable.normativeDocuments ?? {};
  const merge: PrefillMerge = { data: {}, applied: [], conflicts: [] };
  const newRow: Record<string, unknown> = { ...storedRow };
  for (const column of row?.columns ?? []) {
    const computed = prefill.normativeDocuments[column.key as keyof Prefill['normativeDocuments']];
    const current = storedRow[column.key];
    const path = ['disclosureTable', 'normativeDocuments', column.key];
    const label = `表二 行政规范性文件·${column.label}`;
    if (current === computed) continue;
    if (isBlank(current) || overwrite) {
      newRow[column.key] = computed;
      merge.applied.push({ path, label, value: computed });
    } else merge.conflicts.push({ path, label, current, computed });
  }
  if (merge.applied.length > 0) merge.data.disclosureTable = { ...storedTable, normativeDocuments: newRow };
  if (stored.overview !== prefill.overview) {
    const path = ['overview'];
    const label = '一、总体情况';
    if (isBlank(stored.overview) || overwrite) {
      merge.data.overview = prefill.overview;
      merge.applied.push({ path, label, value: prefill.overview });
    } else merge.conflicts.push({ path, label, current: stored.overview, computed: prefill.overview });
  }
  return merge;
};
