import { readTable } from '../annual-report/figures';
import { REPORT_TABLES, type TableField, type TableSpec } from '../annual-report/tables';
import { isWindowOpenOn } from '../decisions/consultation';
import { enumLabel } from '../enums';

/**
 * The public API's output shapes. Each is built field by field from an allow-list, so a column added to a
 * content type stays private until it is added here. The `*_FIELDS` lists are also what the repository selects.
 */
export type Instant = string | Date;

export interface DepartmentRow {
  documentId: string;
  name: string;
  code: string;
}
export interface TopicRow {
  documentId: string;
  name: string;
  code: string;
}
export interface MediaRow {
  name: string;
  url: string;
  mime: string;
  size: number;
}
export interface DocumentLinkRow {
  documentId: string;
  title: string;
  slug: string | null;
}

export const REF_FIELDS = ['documentId', 'name', 'code'] as const;
export const MEDIA_FIELDS = ['name', 'url', 'mime', 'size'] as const;
export const DOCUMENT_LINK_FIELDS = ['documentId', 'title', 'slug'] as const;

/** ISO 8601 instant; the drivers return Date or string depending on the database. */
const instant = (value: Instant | null): string | null => (value === null ? null : new Date(value).toISOString());
/** YYYY-MM-DD; a Date from a driver is a calendar date at UTC midnight. */
const dateOnly = (value: Instant | null): string | null =>
  value === null ? null : value instanceof Date ? value.toISOString().slice(0, 10) : value.slice(0, 10);

export const departmentRef = (row: DepartmentRow | null) =>
  row ? { documentId: row.documentId, name: row.name, code: row.code } : null;
const topicRef = departmentRef;
const media = (rows: readonly MediaRow[]) =>
  rows.map((row) => ({ name: row.name, url: row.url, mime: row.mime, size: Number(row.size) }));
const documentLink = (row: DocumentLinkRow | null) =>
  row ? { documentId: row.documentId, title: row.title, slug: row.slug } : null;

// 政策文件
export const DOCUMENT_SUMMARY_FIELDS = [
  'documentId',
  'title',
  'documentNumber',
  'indexNumber',
  'slug',
  'docType',
  'isNormative',
  'validity',
  'issuedAt',
  'effectiveFrom',
  'expiresAt',
  'publishedAt',
] as const;
export const DOCUMENT_DETAIL_FIELDS = [...DOCUMENT_SUMMARY_FIELDS, 'body', 'publishMode'] as const;

export interface DocumentSummaryRow {
  documentId: string;
  title: string;
  documentNumber: string | null;
  indexNumber: string | null;
  slug: string | null;
  docType: string;
  isNormative: boolean | number;
  validity: string;
  issuedAt: Instant | null;
  effectiveFrom: Instant | null;
  expiresAt: Instant | null;
  publishedAt: Instant;
  issuingDepartment: DepartmentRow | null;
  topic: TopicRow | null;
}

export interface InterpretationLinkRow {
  documentId: string;
  title: string;
  slug: string | null;
  form: string;
  link: string | null;
  publishedAt: Instant;
}
export const INTERPRETATION_LINK_FIELDS = ['documentId', 'title', 'slug', 'form', 'link', 'publishedAt'] as const;

export interface DocumentDetailRow extends DocumentSummaryRow {
  body: string | null;
  publishMode: string;
  jointDepartments: DepartmentRow[];
  draftingDepartment: DepartmentRow | null;
  supersededBy: DocumentLinkRow | null;
  attachments: MediaRow[] | null;
  interpretations: InterpretationLinkRow[];
}

export const documentSummary = (row: DocumentSummaryRow) => ({
  documentId: row.documentId,
  title: row.title,
  documentNumber: row.documentNumber,
  indexNumber: row.indexNumber,
  slug: row.slug,
  docType: row.docType,
  docTypeLabel: enumLabel('docType', row.docType),
  isNormative: Boolean(row.isNormative),
  validity: row.validity,
  validityLabel: enumLabel('validity', row.validity),
  issuedAt: dateOnly(row.issuedAt),
  effectiveFrom: dateOnly(row.effectiveFrom),
  expiresAt: dateOnly(row.expiresAt),
  publishedAt: instant(row.publishedAt),
  issuingDepartment: departmentRef(row.issuingDepartment),
  topic: topicRef(row.topic),
});

const interpretationLink = (row: InterpretationLinkRow) => ({
  documentId: row.documentId,
  title: row.title,
  slug: row.slug,
  form: row.form,
  formLabel: enumLabel('interpretationForm', row.form),
  link: row.link,
  publishedAt: instant(row.publishedAt),
});

export const documentDetail = (row: DocumentDetailRow) => ({
  ...documentSummary(row),
  body: row.body,
  publishMode: row.publishMode,
  jointDepartments: row.jointDepartments.map(departmentRef),
  draftingDepartment: departmentRef(row.draftingDepartment),
  supersededBy: documentLink(row.supersededBy),
  attachments: media(row.attachments ?? []),
  interpretations: row.interpretations.map(interpretationLink),
});

// 政策解读
export const INTERPRETATION_SECTIONS = [
  'background',
  'legalBasis',
  'objectives',
  'mainContent',
  'scope',
  'standards',
  'procedures',
  'precautions',
  'keyTerms',
  'benefits',
  'policyChanges',
] as const;
export const INTERPRETATION_CONTACT_FIELDS = ['contactUnit', 'contactPerson', 'contactPhone'] as const;
export const INTERPRETATION_DETAIL_FIELDS = [
  ...INTERPRETATION_LINK_FIELDS,
  ...INTERPRETATION_SECTIONS,
  ...INTERPRETATION_CONTACT_FIELDS,
] as const;
export const INTERPRETED_DOCUMENT_FIELDS = ['documentId', 'title', 'documentNumber', 'slug'] as const;

export interface InterpretationRow extends InterpretationLinkRow {
  interpretingDepartment: DepartmentRow | null;
  document: { documentId: string; title: string; documentNumber: string | null; slug: string | null };
}
export type InterpretationDetailRow = InterpretationRow &
  Record<(typeof INTERPRETATION_SECTIONS)[number] | (typeof INTERPRETATION_CONTACT_FIELDS)[number], string | null> & {
    media: MediaRow[] | null;
  };

export const interpretationItem = (row: InterpretationRow) => ({
  ...interpretationLink(row),
  interpretingDepartment: departmentRef(row.interpretingDepartment),
  document: {
    documentId: row.document.documentId,
    title: row.document.title,
    documentNumber: row.document.documentNumber,
    slug: row.document.slug,
  },
});

const pick = <K extends string>(row: Record<K, string | null>, keys: readonly K[]) =>
  Object.fromEntries(keys.map((key) => [key, row[key] ?? null])) as Record<K, string | null>;

export const interpretationDetail = (row: InterpretationDetailRow) => ({
  ...interpretationItem(row),
  ...pick(row, INTERPRETATION_SECTIONS),
  media: media(row.media ?? []),
  ...pick(row, INTERPRETATION_CONTACT_FIELDS),
});

// 重大行政决策
export const DECISION_FIELDS = [
  'documentId',
  'title',
  'year',
  'stage',
  'consultationStart',
  'consultationEnd',
] as const;
export const DECISION_MATERIALS = [
  'draftText',
  'draftExplanation',
  'background',
  'expertOpinion',
  'riskAssessment',
  'legalityOpinion',
  'meetingMinutes',
  'commentAdoption',
  'publicAttendance',
  'decisionResult',
  'effectEvaluation',
  'consultationShortReason',
] as const;

/** A published comment as the public sees it: never the name, contact, receipt or internal notes. */
export const PUBLIC_COMMENT_FIELDS = ['documentId', 'content', 'createdAt', 'adoption', 'reply'] as const;
export interface PublicCommentRow {
  documentId: string;
  content: string;
  createdAt: Instant;
  adoption: string;
  reply: string | null;
}

const publicComment = (row: PublicCommentRow) => ({
  documentId: row.documentId,
  content: row.content,
  createdAt: instant(row.createdAt),
  adoption: row.adoption,
  adoptionLabel: enumLabel('commentAdoption', row.adoption),
  reply: row.adoption === 'unreviewed' ? null : row.reply,
});

/** One reached stage for the public: when, by which unit, what was passed over and why (not who typed it). */
interface HistoryRow {
  stage: string;
  reachedOn: string;
  unit: string | null;
  skipped: string[];
  reason: string | null;
}

const publicHistory = (value: unknown) =>
  (Array.isArray(value) ? (value as HistoryRow[]) : []).map((entry) => ({
    stage: entry.stage,
    stageLabel: enumLabel('decisionStage', entry.stage),
    reachedOn: entry.reachedOn,
    unit: entry.unit ?? null,
    skipped: (entry.skipped ?? []).map((stage) => ({ stage, stageLabel: enumLabel('decisionStage', stage) })),
    reason: entry.reason ?? null,
  }));

export interface DecisionRow {
  documentId: string;
  title: string;
  year: number;
  stage: string;
  consultationStart: Instant | null;
  consultationEnd: Instant | null;
  department: DepartmentRow | null;
  resultDocument: DocumentLinkRow | null;
}
export type DecisionDetailRow = DecisionRow &
  Record<(typeof DECISION_MATERIALS)[number], string | null> & { stageHistory: unknown };

/** Whether the public may comment on a decision today: stage 公开征求意见 and today within the window. */
export const isOpenForComments = (
  item: { stage: string; consultationStart: Instant | null; consultationEnd: Instant | null },
  today: string,
): boolean => {
  const window = { start: dateOnly(item.consultationStart), end: dateOnly(item.consultationEnd) };
  return item.stage === 'public_consultation' && isWindowOpenOn(window, today);
};

export const decisionItem = (row: DecisionRow, today: string) => ({
  documentId: row.documentId,
  title: row.title,
  year: row.year,
  stage: row.stage,
  stageLabel: enumLabel('decisionStage', row.stage),
  consultationStart: dateOnly(row.consultationStart),
  consultationEnd: dateOnly(row.consultationEnd),
  openForComments: isOpenForComments(row, today),
  department: departmentRef(row.department),
  resultDocument: documentLink(row.resultDocument),
});

/** How the public comments on an item stand: received in all, and the adoption of the published ones. */
export interface CommentCounts {
  received: number;
  published: number;
  adopted: number;
  partlyAdopted: number;
  notAdopted: number;
}

export const decisionDetail = (
  row: DecisionDetailRow,
  today: string,
  counts: CommentCounts,
  comments: readonly PublicCommentRow[],
) => ({
  ...decisionItem(row, today),
  ...pick(row, DECISION_MATERIALS),
  stageHistory: publicHistory(row.stageHistory),
  commentCount: counts.received,
  commentCounts: counts,
  comments: comments.map(publicComment),
});

// 年度报告
export const ANNUAL_REPORT_FIELDS = ['documentId', 'title', 'year', 'publishedAt'] as const;
export const ANNUAL_REPORT_SECTIONS = [
  'overview',
  'proactiveDisclosure',
  'requestHandling',
  'reviewAndLitigation',
  'problemsAndImprovements',
  'otherMatters',
] as const;

export interface AnnualReportRow {
  documentId: string;
  title: string;
  year: number;
  publishedAt: Instant;
  department: DepartmentRow | null;
}
export const ANNUAL_REPORT_TABLES = ['disclosureTable', 'requestTable', 'reviewTable'] as const;

export type AnnualReportDetailRow = AnnualReportRow &
  Record<(typeof ANNUAL_REPORT_SECTIONS)[number], string | null> &
  Record<(typeof ANNUAL_REPORT_TABLES)[number], unknown> & { correctionNote: string | null };

/** A version a correction replaced (repositories/annual-reports.ts). */
export interface ReplacedVersionRow {
  version: number;
  title: string;
  year: number;
  versionPublishedAt: Instant;
  supersededAt: Instant;
  correctionNote: string | null;
  content: Record<string, unknown>;
}

/** A stored table in the template's shape: every row and column, null where nothing was entered. */
const publicTable = (field: TableField, raw: unknown) =>
  readTable(REPORT_TABLES.find((spec) => spec.field === field) as TableSpec, raw).values;

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** Sections 一 to 六 with tables 二, 三 and 四 where the template puts them. */
const reportBody = (content: Readonly<Record<string, unknown>>) => ({
  overview: text(content.overview),
  proactiveDisclosure: text(content.proactiveDisclosure),
  disclosureTable: publicTable('disclosureTable', content.disclosureTable),
  requestHandling: text(content.requestHandling),
  requestTable: publicTable('requestTable', content.requestTable),
  reviewAndLitigation: text(content.reviewAndLitigation),
  reviewTable: publicTable('reviewTable', content.reviewTable),
  problemsAndImprovements: text(content.problemsAndImprovements),
  otherMatters: text(content.otherMatters),
});

export const annualReportItem = (row: AnnualReportRow) => ({
  documentId: row.documentId,
  title: row.title,
  year: row.year,
  department: departmentRef(row.department),
  publishedAt: instant(row.publishedAt),
});

/** The current version, its 更正说明, and the versions it replaced (readable at …/versions/:version). */
export const annualReportDetail = (row: AnnualReportDetailRow, replaced: readonly ReplacedVersionRow[]) => ({
  ...annualReportItem(row),
  ...reportBody(row as unknown as Record<string, unknown>),
  correctionNote: row.correctionNote ?? null,
  replacedVersions: replaced.map((version) => ({
    version: version.version,
    publishedAt: instant(version.versionPublishedAt),
    supersededAt: instant(version.supersededAt),
  })),
});

/** A replaced version as the public saw it, with the note of the correction that replaced it. */
export const annualReportVersion = (row: AnnualReportRow, version: ReplacedVersionRow) => ({
  documentId: row.documentId,
  version: version.version,
  title: version.title,
  year: version.year,
  department: departmentRef(row.department),
  publishedAt: instant(version.versionPublishedAt),
  supersededAt: instant(version.supersededAt),
  replacedBecause: version.correctionNote,
  ...reportBody(version.content),
});
