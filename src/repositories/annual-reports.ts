import type { Core } from '@strapi/strapi';
import type { ReportFacts } from '../domain/annual-report/evaluate';
import type { NormativeDocument, YearActivity } from '../domain/annual-report/prefill';
import { chinaLocalDate } from '../domain/dates';
import { REPORT_CONTENT_FIELDS, reportContent } from '../domain/annual-report/versions';
import { REPORT_VERSION_UID, UID } from '../uid';
import { resolveRelationInput } from './relations';
import { storedTargets, type StoredEntry } from './stored-entries';

export interface ReportWrite {
  /** the document written to; null when the write makes a new document */
  documentId: string | null;
  /** the submitted data ({} for publish) */
  data: Record<string, unknown>;
  /** the stored draft the write applies to, null on create */
  stored: StoredEntry | null;
}

const PUBLISHED = { publishedAt: { $notNull: true } };

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

/** The version of a report the public sees now, with its content. */
export const publishedVersionOf = (strapi: Core.Strapi, documentId: string) =>
  strapi.db.query(UID.annualReport).findOne({
    where: { documentId, publishedAt: { $notNull: true } },
    select: ['id', 'documentId', 'publishedAt', 'correctionNote', ...REPORT_CONTENT_FIELDS],
  }) as Promise<(Record<string, unknown> & { id: number; documentId: string; publishedAt: string | Date }) | null>;

const noteOf = (value: unknown): string | null => (typeof value === 'string' ? value : null);

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
  const published = write.documentId ? await publishedVersionOf(strapi, write.documentId) : null;
  const merged = { ...write.stored, ...write.data };
  return {
    year,
    content: reportContent(merged),
    correctionNote: noteOf(merged.correctionNote),
    published: published
      ? { content: reportContent(published), correctionNote: noteOf(published.correctionNote) }
      : null,
    duplicate: other ? { departmentName: other.department?.name ?? '', title: other.title } : null,
    previous: previous && year !== null ? { year: year - 1, requestTable: previous.requestTable } : null,
  };
};

export type PublishedReport = NonNullable<Awaited<ReturnType<typeof publishedVersionOf>>>;

/**
 * Keeps the version a correction replaced, as the public saw it: numbered from 1 in order of
 * publication, with the note of the correction that replaced it.
 */
export const saveReplacedVersion = async (
  strapi: Core.Strapi,
  replaced: PublishedReport,
  correctionNote: string | null,
  supersededAt: Date,
): Promise<void> => {
  const versions = strapi.db.query(REPORT_VERSION_UID);
  const version = (await versions.count({ where: { reportDocumentId: replaced.documentId } })) + 1;
  await versions.create({
    data: {
      reportDocumentId: replaced.documentId,
      version,
      title: replaced.title,
      year: replaced.year,
      versionPublishedAt: replaced.publishedAt,
      supersededAt,
      correctionNote,
      content: reportContent(replaced),
    },
  });
};

export interface ReportVersionRow {
  version: number;
  title: string;
  year: number;
  versionPublishedAt: string | Date;
  supersededAt: string | Date;
  correctionNote: string | null;
  content: Record<string, unknown>;
}

/** The replaced versions of a report, oldest first. */
export const replacedVersionsOf = (strapi: Core.Strapi, documentId: string): Promise<ReportVersionRow[]> =>
  strapi.db.query(REPORT_VERSION_UID).findMany({
    where: { reportDocumentId: documentId },
    orderBy: { version: 'asc' },
  }) as Promise<ReportVersionRow[]>;

const dateText = (value: unknown): string | null =>
  value === null || value === undefined
    ? null
    : String(value instanceof Date ? value.toISOString() : value).slice(0, 10);

/** The department's published normative documents, and what it published in the year, for the pre-fill. */
export const loadPrefillFacts = async (
  strapi: Core.Strapi,
  department: string,
  year: number,
): Promise<{ normative: NormativeDocument[]; activity: YearActivity }> => {
  const issuedBy = { ...PUBLISHED, issuingDepartment: { documentId: department } };
  const normative = (await strapi.db.query(UID.policyDocument).findMany({
    where: { ...issuedBy, isNormative: true },
    select: ['issuedAt', 'expiresAt', 'validity'],
  })) as { issuedAt: unknown; expiresAt: unknown; validity: string | null }[];
  // Published in the year by the China-local date, compared here: the drivers store instants differently.
  const inYear = (row: { publishedAt: string | Date }) =>
    chinaLocalDate(new Date(row.publishedAt)).startsWith(`${year}-`);
  const documents = (
    (await strapi.db.query(UID.policyDocument).findMany({
      where: issuedBy,
      select: ['isNormative', 'publishedAt'],
    })) as { isNormative: boolean | null; publishedAt: string | Date }[]
  ).filter(inYear);
  const interpretations = (
    (await strapi.db.query(UID.policyInterpretation).findMany({
      where: { ...PUBLISHED, interpretingDepartment: { documentId: department } },
      select: ['form', 'publishedAt'],
    })) as { form: string | null; publishedAt: string | Date }[]
  ).filter(inYear);
  const decisions = (await strapi.db.query(UID.decisionItem).findMany({
    where: { ...PUBLISHED, year, department: { documentId: department } },
    select: ['title', 'stage'],
    orderBy: { id: 'asc' },
  })) as { title: string; stage: string }[];
  const named = (await strapi.db
    .query(UID.department)
    .findOne({ where: { documentId: department }, select: ['name'] })) as { name: string } | null;
  const interpretationsByForm: Record<string, number> = {};
  for (const { form } of interpretations)
    if (form) interpretationsByForm[form] = (interpretationsByForm[form] ?? 0) + 1;
  return {
    normative: normative.map((row) => ({
      issuedAt: dateText(row.issuedAt),
      expiresAt: dateText(row.expiresAt),
      validity: row.validity,
    })),
    activity: {
      year,
      departmentName: named?.name ?? '',
      documents: documents.length,
      normativeDocuments: documents.filter((row) => row.isNormative === true).length,
      interpretationsByForm,
      decisions,
    },
  };
};

export interface DepartmentReportFacts {
  department: { documentId: string; name: string; level: string | null };
  /** when the department's report for the year was first published (a correction keeps this date) */
  firstPublishedAt: string | Date | null;
}

/** Every department with the first publication of its report for `year`, if any. */
export const departmentReportFacts = async (strapi: Core.Strapi, year: number): Promise<DepartmentReportFacts[]> => {
  const departments = (await strapi.db.query(UID.department).findMany({
    select: ['documentId', 'name', 'level'],
    orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }],
  })) as { documentId: string; name: string; level: string | null }[];
  const reports = (await strapi.db.query(UID.annualReport).findMany({
    where: { year, ...PUBLISHED },
    select: ['documentId', 'publishedAt'],
    populate: { department: { select: ['documentId'] } },
  })) as { documentId: string; publishedAt: string | Date; department: { documentId: string } | null }[];
  const firstVersions = (await strapi.db.query(REPORT_VERSION_UID).findMany({
    where: { reportDocumentId: { $in: reports.map((report) => report.documentId) }, version: 1 },
    select: ['reportDocumentId', 'versionPublishedAt'],
  })) as { reportDocumentId: string; versionPublishedAt: string | Date }[];
  return departments.map((department) => {
    const report = reports.find((candidate) => candidate.department?.documentId === department.documentId);
    const first = report && firstVersions.find((version) => version.reportDocumentId === report.documentId);
    return { department, firstPublishedAt: first ? first.versionPublishedAt : (report?.publishedAt ?? null) };
  });
};
