import type { Actor } from './facts';
import type { Reason, ReasonCode } from './reasons';
import { filled } from './rules';

/**
 * Force publish (SPEC rules 1 and 8) waives exactly these: a missing or unready interpretation (解读后补)
 * and the second pair of eyes. Disclosure, classification, reviews and redaction are never waived.
 */
const WAIVABLE: ReadonlySet<ReasonCode> = new Set([
  'INTERPRETATION_REQUIRED',
  'INTERPRETATION_NOT_READY',
  'SAME_EDITOR',
]);

/** What the gate decided: what still refuses the publish, and what force publish waived (to be recorded). */
export interface Verdict {
  reasons: Reason[];
  waived: Reason[];
}

/**
 * The one waiver rule, for documents and interpretations alike: an actor with the force-publish right
 * who gives a reason waives the waivable reasons. Without the right, or without a reason, nothing is waived.
 */
export const applyWaiver = (reasons: readonly Reason[], actor: Actor, forcePublishReason: string | null): Verdict =>
  actor.canForcePublish && filled(forcePublishReason)
    ? {
        reasons: reasons.filter((reason) => !WAIVABLE.has(reason.code)),
        waived: reasons.filter((reason) => WAIVABLE.has(reason.code)),
      }
    : { reasons: [...reasons], waived: [] };

/** The waiver let the document out without its interpretation: one is due later (解读后补). */
export const waivedInterpretation = (waived: readonly Reason[]): boolean =>
  waived.some((reason) => reason.code === 'INTERPRETATION_REQUIRED');

/** The waiver let the last editor publish their own work. */
export const waivedSecondPairOfEyes = (waived: readonly Reason[]): boolean =>
  waived.some((reason) => reason.code === 'SAME_EDITOR');
