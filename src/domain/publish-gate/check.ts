import type { Actor, DocumentFacts } from './facts';
import { evaluatePublish } from './evaluate';
import { INTERPRETATION_GROUNDS, type Reason } from './reasons';
import { interpretationGround, interpretationsToCoPublish, isForcePublish, type InterpretationNeed } from './rules';

/** Where one linked interpretation stands for a publish of its document now. */
export type InterpretationState = 'published' | 'co-publish' | 'incomplete';

export interface InterpretationStanding {
  documentId: string;
  title: string;
  state: InterpretationState;
  /** what keeps an incomplete draft back, in Chinese */
  problems: readonly string[];
}

/** What the 发布检查 panel and the publish dialog show: the gate's verdict now, and what a publish would do. */
export interface PublishCheck {
  /** the gate's reasons, exactly as a publish by this actor would be refused now; empty: it would go out */
  reasons: readonly Reason[];
  /** the publish would be a recorded force publish (公开办 with a reason) */
  forcePublish: boolean;
  /** what kind of document it is that needs an interpretation (三同步), e.g. 规范性文件; null when it needs none */
  needsInterpretationBecause: string | null;
  interpretations: readonly InterpretationStanding[];
}

const needLabel = (facts: InterpretationNeed): string | null => {
  const ground = interpretationGround(facts);
  return ground ? INTERPRETATION_GROUNDS[ground] : null;
};

/**
 * The publish check of a document as it is stored now, for this actor: the same evaluatePublish the
 * gate runs on every publish path, plus which linked interpretations would go out with it (同步发布).
 */
export const checkPublish = (facts: DocumentFacts, actor: Actor): PublishCheck => {
  const coPublished = new Set(interpretationsToCoPublish(facts).map((interpretation) => interpretation.documentId));
  return {
    reasons: evaluatePublish(facts, actor),
    forcePublish: isForcePublish(facts, actor),
    needsInterpretationBecause: needLabel(facts),
    interpretations: facts.interpretations.map(({ documentId, title, published, draftProblems }) => ({
      documentId,
      title,
      state: published ? 'published' : coPublished.has(documentId) ? 'co-publish' : 'incomplete',
      problems: published ? [] : draftProblems,
    })),
  };
};
