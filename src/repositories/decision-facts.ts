import type { Core } from '@strapi/strapi';
import type { CommentReview } from '../domain/decisions/feedback';
import { tallyComments, type CommentTally } from '../domain/decisions/feedback';
import { isStage, MATERIAL_FIELDS, type MaterialField } from '../domain/decisions/stages';
import type { StageChangeFacts, StageHistoryEntry } from '../domain/decisions/transitions';
import { UID } from '../uid';
import { resolveRelationInput } from './relations';
import { hasPublishedVersion, storedTargets, type StoredEntry } from './stored-entries';

/** YYYY-MM-DD of a stored or submitted date (drivers return Date, string or null). */
export const dateValue = (value: unknown): string | null => {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : null;
};

const textValue = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** The stage history as stored: entries the rules can read, anything else dropped. */
export const historyValue = (value: unknown): StageHistoryEntry[] => {
  const parsed = typeof value === 'string' ? (JSON.parse(value) as unknown) : value;
  return Array.isArray(parsed)
    ? parsed.filter(
        (entry): entry is StageHistoryEntry =>
          typeof entry === 'object' && entry !== null && isStage((entry as { stage?: unknown }).stage),
      )
    : [];
};

/** Moderation and adoption of every comment on an item. */
export const commentTallyOf = async (strapi: Core.Strapi, documentId: string | null): Promise<CommentTally> => {
  if (documentId === null) return tallyComments([]);
  const rows = (await strapi.db.query(UID.decisionComment).findMany({
    where: { decisionItem: { documentId } },
    // `id` too: with a join the query engine selects DISTINCT, which would merge comments alike.
    select: ['id', 'moderation', 'adoption'],
  })) as Pick<CommentReview, 'moderation' | 'adoption'>[];
  return tallyComments(rows);
};

const resultDocumentFacts = async (
  strapi: Core.Strapi,
  data: Record<string, unknown>,
  stored: StoredEntry | null,
): Promise<StageChangeFacts['resultDocument']> => {
  const before = storedTargets(stored?.resultDocument);
  const [target] =
    'resultDocument' in data
      ? (await resolveRelationInput(strapi, UID.policyDocument, data.resultDocument, before, true)).targets
      : before;
  if (!target) return null;
  const row = await strapi.db
    .query(UID.policyDocument)
    .findOne({ where: { documentId: target, publishedAt: null }, select: ['title'] });
  return {
    title: String(row?.title ?? target),
    published: await hasPublishedVersion(strapi, UID.policyDocument, target),
  };
};

const publishedAdoptionSummary = async (strapi: Core.Strapi, documentId: string | null): Promise<string | null> => {
  if (documentId === null) return null;
  const row = await strapi.db
    .query(UID.decisionItem)
    .findOne({ where: { documentId, publishedAt: { $notNull: true } }, select: ['commentAdoption'] });
  return textValue(row?.commentAdoption);
};

const filled = (text: string | null): boolean => text !== null && text.trim() !== '';

/**
 * What the stage rules need about a write to a decision item: `data` (what is submitted) over `stored`
 * (the draft it changes; null for a new item). `publishing`: the write also publishes.
 */
export const loadStageChangeFacts = async (
  strapi: Core.Strapi,
  data: Record<string, unknown>,
  stored: StoredEntry | null,
  publishing: boolean,
  today: string,
): Promise<StageChangeFacts> => {
  const effective = (field: string): unknown => (field in data ? data[field] : stored?.[field]);
  const from = stored === null ? null : isStage(stored.stage) ? stored.stage : 'listed';
  const submittedStage = effective('stage');
  const documentId = stored?.documentId ?? null;
  const summary = textValue(effective('commentAdoption'));
  return {
    from,
    to: isStage(submittedStage) ? submittedStage : (from ?? 'listed'),
    history: historyValue(stored?.stageHistory),
    reachedOn: dateValue(effective('stageReachedOn')),
    unit: textValue(effective('stageUnit')),
    skipReason: textValue(effective('stageSkipReason')),
    materials: Object.fromEntries(MATERIAL_FIELDS.map((field) => [field, textValue(effective(field))])) as Partial<
      Record<MaterialField, string | null>
    >,
    consultation: {
      start: dateValue(effective('consultationStart')),
      end: dateValue(effective('consultationEnd')),
      shortReason: textValue(effective('consultationShortReason')),
    },
    comments: await commentTallyOf(strapi, documentId),
    resultDocument: await resultDocumentFacts(strapi, data, stored),
    adoptionSummaryPublished:
      filled(await publishedAdoptionSummary(strapi, documentId)) || (publishing && filled(summary)),
    today,
  };
};

/** A decision item with a linked result document, as the overdue list reads it. */
export interface FeedbackRow {
  documentId: string;
  title: string;
  year: number;
  stage: string;
  department: { documentId: string; name: string } | null;
  resultDocument: { documentId: string; title: string; documentNumber: string | null; issuedOn: string | null };
  summaryPublished: boolean;
  consultationSkipped: boolean;
}

/** Every item (its draft) that links a result document, with whether its adoption summary is public. */
export const itemsWithResultDocument = async (strapi: Core.Strapi): Promise<FeedbackRow[]> => {
  const drafts = (await strapi.db.query(UID.decisionItem).findMany({
    where: { publishedAt: null, resultDocument: { id: { $notNull: true } } },
    select: ['documentId', 'title', 'year', 'stage', 'stageHistory'],
    populate: {
      department: { select: ['documentId', 'name'] },
      resultDocument: { select: ['documentId', 'title', 'documentNumber', 'issuedAt'] },
    },
    orderBy: { id: 'asc' },
  })) as (StoredEntry & {
    title: string;
    year: number;
    stage: string;
    department: FeedbackRow['department'];
    resultDocument: { documentId: string; title: string; documentNumber: string | null; issuedAt: unknown } | null;
  })[];
  const published = (await strapi.db.query(UID.decisionItem).findMany({
    where: { publishedAt: { $notNull: true }, documentId: { $in: drafts.map((row) => row.documentId) } },
    select: ['documentId', 'commentAdoption'],
  })) as { documentId: string; commentAdoption: string | null }[];
  const summaries = new Set(published.filter((row) => filled(row.commentAdoption)).map((row) => row.documentId));
  return drafts.flatMap((row) =>
    row.resultDocument
      ? [
          {
            documentId: row.documentId,
            title: row.title,
            year: row.year,
            stage: row.stage,
            department: row.department ? { documentId: row.department.documentId, name: row.department.name } : null,
            resultDocument: {
              documentId: row.resultDocument.documentId,
              title: row.resultDocument.title,
              documentNumber: row.resultDocument.documentNumber,
              issuedOn: dateValue(row.resultDocument.issuedAt),
            },
            summaryPublished: summaries.has(row.documentId),
            consultationSkipped: historyValue(row.stageHistory).some((entry) =>
              entry.skipped.includes('public_consultation'),
            ),
          },
        ]
      : [],
  );
};
