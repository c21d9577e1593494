import { evaluateConsultationPeriod, isWindowClosedOn, type ConsultationPeriod } from './consultation';
import type { CommentTally } from './feedback';
import { DECISION_REASONS, type DecisionReason } from './reasons';
import { SKIPPABLE_STAGES, STAGE_MATERIALS, stageIndex, stagesBetween, type MaterialField, type Stage } from './stages';

/** One reached stage, as the item's stage history keeps it. */
export interface StageHistoryEntry {
  stage: Stage;
  /** the day the stage was reached, YYYY-MM-DD */
  reachedOn: string;
  /** 负责单位 */
  unit: string | null;
  /** optional stages passed over on the way here */
  skipped: Stage[];
  /** why they were passed over */
  reason: string | null;
  /** who made the change: an admin's name, 接口 or 系统 */
  by: string;
  /** when, ISO 8601 */
  at: string;
}

/** What the rules know about an item at the moment a write would set its stage. */
export interface StageChangeFacts {
  /** the stored stage; null for a new item */
  from: Stage | null;
  to: Stage;
  history: readonly StageHistoryEntry[];
  /** the 本次阶段变更 inputs */
  reachedOn: string | null;
  unit: string | null;
  skipReason: string | null;
  materials: Readonly<Partial<Record<MaterialField, string | null>>>;
  consultation: ConsultationPeriod;
  comments: CommentTally;
  resultDocument: { title: string; published: boolean } | null;
  /** the 公众意见收集采纳情况 is in the published version, or this write publishes it */
  adoptionSummaryPublished: boolean;
  today: string;
}

const filled = (text: string | null | undefined): boolean => typeof text === 'string' && text.trim() !== '';

/** Public consultation did not take place: passed over with a recorded reason, now or before. */
export const consultationSkipped = (history: readonly StageHistoryEntry[], skippingNow: readonly Stage[]): boolean =>
  skippingNow.includes('public_consultation') || history.some((entry) => entry.skipped.includes('public_consultation'));

const orderReasons = (from: Stage, to: Stage, skipReason: string | null): DecisionReason[] => {
  const skipped = stagesBetween(from, to);
  const required = skipped.filter((stage) => !SKIPPABLE_STAGES.has(stage));
  const optional = skipped.filter((stage) => SKIPPABLE_STAGES.has(stage));
  return [
    ...required.map(DECISION_REASONS.notSkippable),
    ...(optional.length > 0 && !filled(skipReason) ? [DECISION_REASONS.skipReasonMissing(optional)] : []),
  ];
};

const recordReasons = (facts: StageChangeFacts): DecisionReason[] => {
  const previous = facts.history.at(-1)?.reachedOn ?? null;
  return [
    ...(!filled(facts.reachedOn) ? [DECISION_REASONS.dateMissing(facts.to)] : []),
    ...(filled(facts.reachedOn) && previous !== null && (facts.reachedOn as string) < previous
      ? [DECISION_REASONS.dateBeforePrevious(facts.to, previous)]
      : []),
    ...(!filled(facts.unit) ? [DECISION_REASONS.unitMissing(facts.to)] : []),
    ...STAGE_MATERIALS[facts.to]
      .filter((field) => !filled(facts.materials[field]))
      .map((field) => DECISION_REASONS.materialMissing(facts.to, field)),
  ];
};

/** 未经公开征求意见的不得提交合法性审查: the window is over and every comment has been dealt with. */
const legalityGate = (facts: StageChangeFacts, skipped: boolean): DecisionReason[] => {
  if (skipped) return [];
  return [
    ...(!isWindowClosedOn(facts.consultation, facts.today)
      ? [DECISION_REASONS.consultationNotClosed(facts.consultation.end)]
      : []),
    ...(facts.comments.pending > 0 ? [DECISION_REASONS.commentsPending(facts.comments.pending)] : []),
    ...(facts.comments.unanswered > 0 ? [DECISION_REASONS.commentsUnanswered(facts.comments.unanswered)] : []),
  ];
};

const resultGate = (facts: StageChangeFacts, skipped: boolean): DecisionReason[] => [
  ...(facts.resultDocument === null
    ? [DECISION_REASONS.resultDocumentMissing()]
    : !facts.resultDocument.published
      ? [DECISION_REASONS.resultDocumentNotPublished(facts.resultDocument.title)]
      : []),
  ...(!skipped && !facts.adoptionSummaryPublished ? [DECISION_REASONS.adoptionSummaryNotPublished()] : []),
];

/**
 * Every reason the item may not move from `from` to `to` now; empty means it may. Only forward, one
 * stage at a time except over skippable stages with a reason; the new stage needs its date, unit and
 * material, and 合法性审查 and 结果公布 have their gates.
 */
export const evaluateStageChange = (facts: StageChangeFacts): DecisionReason[] => {
  const { from, to } = facts;
  if (from === null) return to === 'listed' ? [] : [DECISION_REASONS.mustStartListed(to)];
  if (from === to) return [];
  if (stageIndex(to) < stageIndex(from)) return [DECISION_REASONS.backward(from, to)];
  const skipped = consultationSkipped(facts.history, stagesBetween(from, to));
  return [
    ...orderReasons(from, to, facts.skipReason),
    ...recordReasons(facts),
    ...(to === 'public_consultation' && (facts.consultation.start === null || facts.consultation.end === null)
      ? [DECISION_REASONS.consultationDatesMissing()]
      : []),
    ...(to === 'legality_review' ? legalityGate(facts, skipped) : []),
    ...(to === 'result_published' ? resultGate(facts, skipped) : []),
  ];
};

/** Every reason a write to a decision item is refused: its consultation window, then its stage change. */
export const evaluateDecisionWrite = (facts: StageChangeFacts): DecisionReason[] => [
  ...evaluateConsultationPeriod(facts.consultation),
  ...evaluateStageChange(facts),
];

/** The history after an accepted change to `facts.to` (unchanged when the stage stays). */
export const historyAfter = (facts: StageChangeFacts, by: string, at: Date): StageHistoryEntry[] => {
  if (facts.from === facts.to) return [...facts.history];
  const skipped = facts.from === null ? [] : stagesBetween(facts.from, facts.to);
  return [
    ...facts.history,
    {
      stage: facts.to,
      reachedOn: filled(facts.reachedOn) ? (facts.reachedOn as string) : facts.today,
      unit: filled(facts.unit) ? (facts.unit as string).trim() : null,
      skipped,
      reason: skipped.length > 0 && filled(facts.skipReason) ? (facts.skipReason as string).trim() : null,
      by,
      at: at.toISOString(),
    },
  ];
};
