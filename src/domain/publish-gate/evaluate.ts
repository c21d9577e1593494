import type { Actor, DocumentFacts, InterpretationPublishFacts, LeavingFacts } from './facts';
import type { Reason } from './reasons';
import { applyWaiver, type Verdict } from './waiver';
import {
  documentPublishedFirst,
  DOCUMENT_RULES,
  interpretationReviewedBySomeoneElse,
  lastInterpretationKept,
} from './rules';

/**
 * Every reason the document may not be published now (empty: it may), and what force publish waived
 * (non-empty: a force publish, to be recorded).
 */
export const evaluatePublish = (facts: DocumentFacts, actor: Actor): Verdict =>
  applyWaiver(
    DOCUMENT_RULES.flatMap((rule) => rule(facts, actor)),
    actor,
    facts.forcePublishReason,
  );

/** The same for an interpretation published (or republished with another document) on its own. */
export const evaluateInterpretationPublish = (facts: InterpretationPublishFacts, actor: Actor): Verdict =>
  applyWaiver(
    [
      ...documentPublishedFirst(facts),
      ...lastInterpretationKept(facts.leaving),
      ...interpretationReviewedBySomeoneElse(facts, actor),
    ],
    actor,
    facts.forcePublishReason,
  );

/** Every reason an interpretation may not be unpublished or deleted now. */
export const evaluateInterpretationWithdrawal = (leaving: LeavingFacts | null): Reason[] => [
  ...lastInterpretationKept(leaving),
];
