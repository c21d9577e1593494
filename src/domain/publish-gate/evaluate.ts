import type { Actor, DocumentFacts, InterpretationPublishFacts, LeavingFacts } from './facts';
import type { Reason } from './reasons';
import {
  documentPublishedFirst,
  DOCUMENT_RULES,
  interpretationReviewedBySomeoneElse,
  lastInterpretationKept,
} from './rules';

/** Every reason the document may not be published now; empty means it may. */
export const evaluatePublish = (facts: DocumentFacts, actor: Actor): Reason[] =>
  DOCUMENT_RULES.flatMap((rule) => rule(facts, actor));

/** Every reason an interpretation may not be published (or republished with another document) now. */
export const evaluateInterpretationPublish = (facts: InterpretationPublishFacts, actor: Actor): Reason[] => [
  ...documentPublishedFirst(facts),
  ...lastInterpretationKept(facts.leaving),
  ...interpretationReviewedBySomeoneElse(facts, actor),
];

/** Every reason an interpretation may not be unpublished or deleted now. */
export const evaluateInterpretationWithdrawal = (leaving: LeavingFacts | null): Reason[] => [
  ...lastInterpretationKept(leaving),
];
