/** What a reader of a published report sees, and what a correction changes. */
export const REPORT_CONTENT_FIELDS = [
  'title',
  'year',
  'overview',
  'proactiveDisclosure',
  'disclosureTable',
  'requestHandling',
  'requestTable',
  'reviewAndLitigation',
  'reviewTable',
  'problemsAndImprovements',
  'otherMatters',
] as const;

export type ReportContentField = (typeof REPORT_CONTENT_FIELDS)[number];
export type ReportContent = Record<ReportContentField, unknown>;

export const reportContent = (row: Readonly<Record<string, unknown>>): ReportContent =>
  Object.fromEntries(REPORT_CONTENT_FIELDS.map((field) => [field, row[field] ?? null])) as ReportContent;

/** JSON with object keys sorted, so that the same figures in another key order compare equal. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : inner,
  );

export const sameContent = (a: ReportContent, b: ReportContent): boolean => canonical(a) === canonical(b);

const blank = (note: string | null): boolean => note === null || note.trim() === '';

/**
 * Republishing a report with other content is a correction (更正): it needs a note saying what changed
 * and why, written for this correction (the note of the version being replaced does not count again).
 */
export const needsCorrectionNote = (
  published: { content: ReportContent; correctionNote: string | null } | null,
  content: ReportContent,
  correctionNote: string | null,
): boolean =>
  published !== null &&
  !sameContent(published.content, content) &&
  (blank(correctionNote) || correctionNote?.trim() === published.correctionNote?.trim());
