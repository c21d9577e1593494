import type { Actor, DocumentFacts, InterpretationFacts, InterpretationPublishFacts, LeavingFacts } from './facts';
import { REASONS, type InterpretationGround, type Reason } from './reasons';

/** A rule returns what it refuses; an empty list means it has nothing against the publish. */
export type DocumentRule = (facts: DocumentFacts, actor: Actor) => readonly Reason[];

export const filled = (value: string | null): boolean => typeof value === 'string' && value.trim() !== '';

/** The facts that decide whether a document needs an interpretation. */
export type InterpretationNeed = Pick<DocumentFacts, 'isNormative' | 'wideImpact' | 'issuerLevel'>;

/** 三同步: 规范性文件, wide-impact documents and documents issued by the government or its office. */
export const interpretationGround = (facts: InterpretationNeed): InterpretationGround | null => {
  if (facts.isNormative) return 'normative';
  if (facts.wideImpact) return 'wide-impact';
  if (facts.issuerLevel === 'government' || facts.issuerLevel === 'government_office') return 'government';
  return null;
};

export const needsInterpretation = (facts: InterpretationNeed): boolean => interpretationGround(facts) !== null;

const ready = (interpretation: InterpretationFacts) => interpretation.draftProblems.length === 0;

/** Linked interpretation drafts that pass their own checks go out with the document (同步发布). */
export const interpretationsToCoPublish = (facts: DocumentFacts): InterpretationFacts[] =>
  facts.interpretations.filter((interpretation) => !interpretation.published && ready(interpretation));

const hasInterpretation = (facts: DocumentFacts): boolean =>
  facts.interpretations.some((interpretation) => interpretation.published || ready(interpretation));

/** The publisher last changed the document, or an interpretation that would go out with it. */
const ownEdits = (facts: DocumentFacts, actor: Actor): Reason[] =>
  actor.id === null
    ? []
    : [
        ...(facts.lastEditorId === actor.id ? [REASONS.sameEditor('document')] : []),
        ...interpretationsToCoPublish(facts)
          .filter((interpretation) => interpretation.lastEditorId === actor.id)
          .map((interpretation) => REASONS.sameEditorOfInterpretation(interpretation.title, interpretation.documentId)),
      ];

const interpretationRequired: DocumentRule = (facts) => {
  const ground = interpretationGround(facts);
  if (ground === null || hasInterpretation(facts)) return [];
  const notReady = facts.interpretations.filter((interpretation) => !interpretation.published);
  return [
    REASONS.interpretationRequired(ground),
    ...notReady.map((i) => REASONS.interpretationNotReady(i.title, i.draftProblems, i.documentId)),
  ];
};

/** 第二双眼睛: someone other than the last editor publishes (SPEC rule 8). */
const reviewedBySomeoneElse: DocumentRule = ownEdits;

const proactiveDisclosureOnly: DocumentRule = (facts) =>
  facts.disclosure === 'proactive' ? [] : [REASONS.disclosureNotProactive(facts.disclosure)];

const notClassified: DocumentRule = (facts) =>
  facts.classification === 'unclassified' ? [] : [REASONS.classified(facts.classification)];

const secrecyReviewRecorded: DocumentRule = (facts) => (facts.secrecyReviewed ? [] : [REASONS.secrecyReviewMissing()]);

const legalityReviewRecorded: DocumentRule = (facts) =>
  facts.legalityReviewed ? [] : [REASONS.legalityReviewMissing()];

const redactionExplained: DocumentRule = (facts) =>
  facts.publishMode !== 'redacted' || (filled(facts.redactionContent) && filled(facts.redactionReason))
    ? []
    : [REASONS.redactionReasonMissing()];

export const DOCUMENT_RULES: readonly DocumentRule[] = [
  interpretationRequired,
  proactiveDisclosureOnly,
  notClassified,
  secrecyReviewRecorded,
  legalityReviewRecorded,
  redactionExplained,
  reviewedBySomeoneElse,
];

/** An interpretation may not stop being the last published one of a document that needs one. */
export const lastInterpretationKept = (leaving: LeavingFacts | null): readonly Reason[] =>
  leaving !== null && leaving.needsInterpretation && leaving.publishedInterpretations <= 1
    ? [REASONS.lastInterpretation(leaving.title)]
    : [];

/** An interpretation published on its own is published by someone other than its last editor. */
export const interpretationReviewedBySomeoneElse = (
  facts: InterpretationPublishFacts,
  actor: Actor,
): readonly Reason[] =>
  !facts.coPublishing && actor.id !== null && facts.lastEditorId === actor.id
    ? [REASONS.sameEditor('interpretation')]
    : [];

/** An interpretation goes out with or after its document, never before it. */
export const documentPublishedFirst = (facts: InterpretationPublishFacts): readonly Reason[] => {
  if (facts.coPublishing) return [];
  if (facts.document === null) return [REASONS.noDocument()];
  return facts.document.published ? [] : [REASONS.documentNotPublished(facts.document.title)];
};
