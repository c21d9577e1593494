import type { Core } from '@strapi/strapi';
import type { EnumValue } from '../domain/enums';
import type { DocumentFacts, InterpretationFacts, LeavingFacts } from '../domain/publish-gate/facts';
import { needsInterpretation } from '../domain/publish-gate/rules';
import { draftPublishProblems } from '../domain/content/draft-problems';
import type { FieldSpec } from '../domain/content/validate-input';
import { lastEditorsOf } from './last-editors';
import { typeName, UID } from '../uid';
import { resolveRelationInput } from './relations';
import { hasPublishedVersion, storedTargets, type StoredEntry } from './stored-entries';

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

const departmentLevel = async (strapi: Core.Strapi, documentId: string | undefined) =>
  documentId
    ? (((await strapi.db.query(UID.department).findOne({ where: { documentId }, select: ['level'] }))?.level ??
        null) as EnumValue<'departmentLevel'> | null)
    : null;

const interpretationFacts = async (
  strapi: Core.Strapi,
  documentIds: readonly string[],
): Promise<InterpretationFacts[]> => {
  if (documentIds.length === 0) return [];
  const rows: StoredEntry[] = await strapi.db.query(UID.policyInterpretation).findMany({
    where: { documentId: { $in: documentIds } },
    populate: { document: { select: ['documentId'] }, interpretingDepartment: { select: ['documentId'] } },
    orderBy: { id: 'asc' },
  });
  const drafts = rows.filter((row) => row.publishedAt === null);
  const publishedIds = new Set(rows.filter((row) => row.publishedAt !== null).map((row) => row.documentId));
  const editors = await lastEditorsOf(strapi, UID.policyInterpretation, documentIds);
  return drafts.map((draft) => ({
    documentId: draft.documentId,
    title: String(draft.title ?? ''),
    published: publishedIds.has(draft.documentId),
    draftProblems: draftPublishProblems(
      typeName(UID.policyInterpretation),
      strapi.contentType(UID.policyInterpretation).attributes as unknown as Record<string, FieldSpec>,
      draft,
    ),
    lastEditorId: editors.get(draft.documentId) ?? null,
  }));
};

/**
 * The facts the publish gate decides on: the stored draft with the submitted data laid over it
 * (create/update with `status: 'published'`), the issuing department's level, the linked
 * interpretations and the last editor (`creator` when the document is created by this publish).
 */
export const loadDocumentFacts = async (
  strapi: Core.Strapi,
  documentId: string | null,
  data: Record<string, unknown>,
  creator: number | null,
): Promise<DocumentFacts> => {
  const stored: StoredEntry | null = documentId
    ? await strapi.db.query(UID.policyDocument).findOne({
        where: { documentId, publishedAt: null },
        populate: {
          issuingDepartment: { select: ['documentId', 'level'] },
          interpretations: { select: ['documentId'] },
        },
      })
    : null;
  const value = (field: string): unknown => (field in data ? data[field] : stored?.[field]);
  const relationTargets = async (field: string, target: typeof UID.department | typeof UID.policyInterpretation) =>
    field in data
      ? (
          await resolveRelationInput(
            strapi,
            target,
            data[field],
            storedTargets(stored?.[field]),
            target === UID.department,
          )
        ).targets
      : storedTargets(stored?.[field]);
  const issuerLevel =
    'issuingDepartment' in data
      ? await departmentLevel(strapi, (await relationTargets('issuingDepartment', UID.department))[0])
      : ((stored?.issuingDepartment as { level?: EnumValue<'departmentLevel'> } | null)?.level ?? null);
  return {
    documentId,
    title: String(value('title') ?? ''),
    documentNumber: text(value('documentNumber')),
    issuedAt: text(value('issuedAt')),
    isNormative: value('isNormative') === true,
    wideImpact: value('wideImpact') === true,
    issuerLevel,
    disclosure: text(value('disclosure')),
    classification: text(value('classification')),
    secrecyReviewed: value('secrecyReviewed') === true,
    legalityReviewed: value('legalityReviewed') === true,
    publishMode: text(value('publishMode')),
    redactionContent: text(value('redactionContent')),
    redactionReason: text(value('redactionReason')),
    forcePublishReason: text(value('forcePublishReason')),
    lastEditorId: documentId
      ? ((await lastEditorsOf(strapi, UID.policyDocument, [documentId])).get(documentId) ?? null)
      : creator,
    interpretations: await interpretationFacts(
      strapi,
      await relationTargets('interpretations', UID.policyInterpretation),
    ),
  };
};

/** The published document an interpretation's published version interprets, if that document is published. */
export const publishedDocumentOf = async (
  strapi: Core.Strapi,
  interpretationDocumentId: string,
): Promise<string | null> => {
  const published = await strapi.db.query(UID.policyInterpretation).findOne({
    where: { documentId: interpretationDocumentId, publishedAt: { $notNull: true } },
    populate: { document: { select: ['documentId'] } },
  });
  const [documentId] = storedTargets(published?.document);
  return documentId && (await hasPublishedVersion(strapi, UID.policyDocument, documentId)) ? documentId : null;
};

/** What leaving published document `documentId` would mean: does it need an interpretation, how many has it. */
export const loadLeavingFacts = async (strapi: Core.Strapi, documentId: string): Promise<LeavingFacts> => {
  const published = await strapi.db.query(UID.policyDocument).findOne({
    where: { documentId, publishedAt: { $notNull: true } },
    populate: { issuingDepartment: { select: ['level'] } },
  });
  const publishedInterpretations = await strapi.db.query(UID.policyInterpretation).count({
    where: { publishedAt: { $notNull: true }, document: { documentId } },
  });
  return {
    title: String(published?.title ?? ''),
    needsInterpretation: needsInterpretation({
      isNormative: published?.isNormative === true,
      wideImpact: published?.wideImpact === true,
      issuerLevel: (published?.issuingDepartment?.level ?? null) as EnumValue<'departmentLevel'> | null,
    }),
    publishedInterpretations,
  };
};
