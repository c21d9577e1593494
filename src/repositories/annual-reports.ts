import type { Core } from '@strapi/strapi';
import type { ReportFacts } from '../domain/annual-report/evaluate';
import { TABLE_FIELDS, type TableField } from '../domain/annual-report/tables';
import { UID } from '../uid';
import { resolveRelationInput } from './relations';
import { storedTargets, type StoredEntry } from './stored-entries';

export interface ReportWrite {
  /** the document written to; null when the write makes a new document (create, clone) */
  documentId: string | null;
  /** the submitted data ({} for publish) */
  data: Record<string, unknown>;
  /** the stored draft the write applies to (for clone: the source), null on create */
  stored: StoredEntry | null;
}

const effective = ({ data, stored }: ReportWrite, field: string): unknown =>
  field in data ? data[field] : stored?.[field];

/** The department a report belongs to once the write is applied. */
export const reportDepartment = async (strapi: Core.Strapi, write: ReportWrite): Promise<string | null> => {
  const before = storedTargets(write.stored?.department);
  if (!('department' in write.data)) return before[0] ?? null;
  const resolved = await resolveRelationInput(strapi, UID.department, write.data.department, before, true);
  return resolved.targets[0] ?? null;
};

const otherReportOf = (strapi: Core.Strapi, department: string, year: number, except: string | null) =>
  strapi.db.query(UID.annualReport).findOne({
    where: { year, department: { documentId: department }, ...(except ? { documentId: { $ne: except } } : {}) },
    select: ['title'],
    populate: { department: { select: ['name'] } },
  }) as Promise<{ title: string; department: { name: string } | null } | null>;

const publishedReportOf = (strapi: Core.Strapi, department: string, year: number) =>
  strapi.db.query(UID.annualReport).findOne({
    where: { year, department: { documentId: department }, publishedAt: { $notNull: true } },
    select: ['requestTable'],
  }) as Promise<{ requestTable: unknown } | null>;

/** What the annual-report rules need about a report as it will be once this write is applied. */
export const loadReportFacts = async (strapi: Core.Strapi, write: ReportWrite): Promise<ReportFacts> => {
  const rawYear = effective(write, 'year');
  const year = /^\d+$/.test(String(rawYear ?? '')) ? Number(rawYear) : null;
  const department = await reportDepartment(strapi, write);
  const other = department && year !== null ? await otherReportOf(strapi, department, year, write.documentId) : null;
  const previous = department && year !== null ? await publishedReportOf(strapi, department, year - 1) : null;
  return {
    year,
    tables: Object.fromEntries(TABLE_FIELDS.map((field) => [field, effective(write, field)])) as Partial<
      Record<TableField, unknown>
    >,
    duplicate: other ? { departmentName: other.department?.name ?? '', title: other.title } : null,
    previous: previous && year !== null ? { year: year - 1, requestTable: previous.requestTable } : null,
  };
};
