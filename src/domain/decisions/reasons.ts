import { fieldLabel } from '../content/labels';
import { stageLabel, type MaterialField, type Stage } from './stages';

/** Stable forever: API clients key on these. */
export type DecisionReasonCode =
  | 'STAGE_MUST_START_LISTED'
  | 'STAGE_BACKWARD'
  | 'STAGE_NOT_SKIPPABLE'
  | 'STAGE_SKIP_REASON_MISSING'
  | 'STAGE_DATE_MISSING'
  | 'STAGE_DATE_BEFORE_PREVIOUS'
  | 'STAGE_UNIT_MISSING'
  | 'STAGE_MATERIAL_MISSING'
  | 'CONSULTATION_DATES_MISSING'
  | 'CONSULTATION_END_BEFORE_START'
  | 'CONSULTATION_TOO_SHORT'
  | 'CONSULTATION_NOT_CLOSED'
  | 'COMMENTS_PENDING_MODERATION'
  | 'COMMENTS_UNANSWERED'
  | 'RESULT_DOCUMENT_MISSING'
  | 'RESULT_DOCUMENT_NOT_PUBLISHED'
  | 'ADOPTION_SUMMARY_NOT_PUBLISHED'
  | 'MODERATION_REASON_MISSING'
  | 'ADOPTION_ON_UNPUBLISHED_COMMENT'
  | 'ADOPTION_REASON_MISSING';

export interface DecisionReason {
  code: DecisionReasonCode;
  message: string;
  /** the field the editor fixes, when there is one */
  path?: string;
}

const label = (field: string) => fieldLabel('decision-item', field);
const quoted = (stages: readonly Stage[]) => stages.map((stage) => `“${stageLabel(stage)}”`).join('、');

export const MIN_CONSULTATION_DAYS = 30;

export const DECISION_REASONS = {
  mustStartListed: (to: Stage): DecisionReason => ({
    code: 'STAGE_MUST_START_LISTED',
    message: `新建的决策事项须从“列入目录”阶段开始，不能直接设为“${stageLabel(to)}”`,
    path: 'stage',
  }),
  backward: (from: Stage, to: Stage): DecisionReason => ({
    code: 'STAGE_BACKWARD',
    message: `决策阶段只能向前推进，不能从“${stageLabel(from)}”退回“${stageLabel(to)}”`,
    path: 'stage',
  }),
  notSkippable: (stage: Stage): DecisionReason => ({
    code: 'STAGE_NOT_SKIPPABLE',
    message: `“${stageLabel(stage)}”是必经阶段，不能跳过，须逐个阶段推进`,
    path: 'stage',
  }),
  skipReasonMissing: (skipped: readonly Stage[]): DecisionReason => ({
    code: 'STAGE_SKIP_REASON_MISSING',
    message: skipped.includes('public_consultation')
      ? `跳过${quoted(skipped)}须填写“${label('stageSkipReason')}”（未经公开征求意见的，须说明理由）`
      : `跳过${quoted(skipped)}须填写“${label('stageSkipReason')}”`,
    path: 'stageSkipReason',
  }),
  dateMissing: (to: Stage): DecisionReason => ({
    code: 'STAGE_DATE_MISSING',
    message: `请填写进入“${stageLabel(to)}”阶段的日期（“${label('stageReachedOn')}”）`,
    path: 'stageReachedOn',
  }),
  dateBeforePrevious: (to: Stage, previous: string): DecisionReason => ({
    code: 'STAGE_DATE_BEFORE_PREVIOUS',
    message: `进入“${stageLabel(to)}”阶段的日期不能早于上一阶段的日期 ${previous}`,
    path: 'stageReachedOn',
  }),
  unitMissing: (to: Stage): DecisionReason => ({
    code: 'STAGE_UNIT_MISSING',
    message: `请填写“${stageLabel(to)}”阶段的负责单位（“${label('stageUnit')}”）`,
    path: 'stageUnit',
  }),
  materialMissing: (to: Stage, field: MaterialField): DecisionReason => ({
    code: 'STAGE_MATERIAL_MISSING',
    message: `进入“${stageLabel(to)}”阶段须提供“${label(field)}”`,
    path: field,
  }),
  consultationDatesMissing: (): DecisionReason => ({
    code: 'CONSULTATION_DATES_MISSING',
    message: `公开征求意见须填写“${label('consultationStart')}”和“${label('consultationEnd')}”`,
    path: 'consultationStart',
  }),
  consultationEndBeforeStart: (start: string, end: string): DecisionReason => ({
    code: 'CONSULTATION_END_BEFORE_START',
    message: `征求意见截止日期 ${end} 早于开始日期 ${start}`,
    path: 'consultationEnd',
  }),
  consultationTooShort: (days: number): DecisionReason => ({
    code: 'CONSULTATION_TOO_SHORT',
    message: `征求意见期为 ${days} 日，少于 ${MIN_CONSULTATION_DAYS} 日，须填写“${label('consultationShortReason')}”`,
    path: 'consultationShortReason',
  }),
  consultationNotClosed: (end: string | null): DecisionReason => ({
    code: 'CONSULTATION_NOT_CLOSED',
    message: end
      ? `公开征求意见至 ${end} 24 时截止，截止后才能提交合法性审查`
      : '公开征求意见尚未设定截止日期，截止后才能提交合法性审查',
    path: 'stage',
  }),
  commentsPending: (count: number): DecisionReason => ({
    code: 'COMMENTS_PENDING_MODERATION',
    message: `尚有 ${count} 条公众意见待审核，审核完毕后才能提交合法性审查`,
    path: 'comments',
  }),
  commentsUnanswered: (count: number): DecisionReason => ({
    code: 'COMMENTS_UNANSWERED',
    message: `尚有 ${count} 条已公开的公众意见未反馈采纳情况，反馈完毕后才能提交合法性审查`,
    path: 'comments',
  }),
  resultDocumentMissing: (): DecisionReason => ({
    code: 'RESULT_DOCUMENT_MISSING',
    message: `结果公布须关联“${label('resultDocument')}”`,
    path: 'resultDocument',
  }),
  resultDocumentNotPublished: (title: string): DecisionReason => ({
    code: 'RESULT_DOCUMENT_NOT_PUBLISHED',
    message: `决策结果文件《${title}》尚未发布，发布后才能进入“结果公布”阶段`,
    path: 'resultDocument',
  }),
  adoptionSummaryNotPublished: (): DecisionReason => ({
    code: 'ADOPTION_SUMMARY_NOT_PUBLISHED',
    message: `“${label('commentAdoption')}”尚未公布：请填写并发布后再进入“结果公布”阶段`,
    path: 'commentAdoption',
  }),
  moderationReasonMissing: (): DecisionReason => ({
    code: 'MODERATION_REASON_MISSING',
    message: `不予公开的意见须填写“${fieldLabel('decision-comment', 'moderationReason')}”`,
    path: 'moderationReason',
  }),
  adoptionOnUnpublishedComment: (): DecisionReason => ({
    code: 'ADOPTION_ON_UNPUBLISHED_COMMENT',
    message: '只有审核后已公开的意见才能反馈采纳情况',
    path: 'adoption',
  }),
  adoptionReasonMissing: (adoption: 'partly_adopted' | 'not_adopted'): DecisionReason => ({
    code: 'ADOPTION_REASON_MISSING',
    message:
      adoption === 'not_adopted'
        ? `未采纳的意见须在“${fieldLabel('decision-comment', 'reply')}”中说明理由`
        : `部分采纳的意见须在“${fieldLabel('decision-comment', 'reply')}”中说明未采纳部分的理由`,
    path: 'reply',
  }),
};
