import { enumLabel, type EnumValue } from '../enums';

/** A stage of a major administrative decision (重大行政决策), in the order the process runs. */
export type Stage = EnumValue<'decisionStage'>;

export const STAGE_ORDER: readonly Stage[] = [
  'listed',
  'public_consultation',
  'expert_review',
  'risk_assessment',
  'legality_review',
  'collective_decision',
  'result_published',
  'effect_evaluation',
];

/**
 * Stages an item may pass over with a recorded reason: 专家论证, 风险评估 and 效果评估 apply "视情", and a
 * decision may go without public consultation only for a recorded reason (e.g. 依法应当保密).
 */
export const SKIPPABLE_STAGES: ReadonlySet<Stage> = new Set<Stage>([
  'public_consultation',
  'expert_review',
  'risk_assessment',
  'effect_evaluation',
]);

/** Fields of the decision item that hold each stage's material. */
export type MaterialField =
  | 'draftText'
  | 'draftExplanation'
  | 'expertOpinion'
  | 'riskAssessment'
  | 'legalityOpinion'
  | 'meetingMinutes'
  | 'decisionResult'
  | 'effectEvaluation';

/** The material an item must hold to enter each stage. */
export const STAGE_MATERIALS: Readonly<Record<Stage, readonly MaterialField[]>> = {
  listed: [],
  public_consultation: ['draftText', 'draftExplanation'],
  expert_review: ['expertOpinion'],
  risk_assessment: ['riskAssessment'],
  legality_review: ['legalityOpinion'],
  collective_decision: ['meetingMinutes'],
  result_published: ['decisionResult'],
  effect_evaluation: ['effectEvaluation'],
};

export const MATERIAL_FIELDS: readonly MaterialField[] = STAGE_ORDER.flatMap((stage) => STAGE_MATERIALS[stage]);

export const isStage = (value: unknown): value is Stage =>
  typeof value === 'string' && (STAGE_ORDER as readonly string[]).includes(value);

export const stageIndex = (stage: Stage): number => STAGE_ORDER.indexOf(stage);

export const stageLabel = (stage: Stage): string => enumLabel('decisionStage', stage);

/** The stages strictly between `from` and `to` (those a forward change passes over). */
export const stagesBetween = (from: Stage, to: Stage): Stage[] =>
  STAGE_ORDER.slice(stageIndex(from) + 1, stageIndex(to));
