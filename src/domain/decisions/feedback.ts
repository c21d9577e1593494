import { addWorkingDays, type ScheduleLookup } from '../calendar/working-days';
import type { EnumValue } from '../enums';
import { DECISION_REASONS, type DecisionReason } from './reasons';

export type Moderation = EnumValue<'commentModeration'>;
export type Adoption = EnumValue<'commentAdoption'>;

/** A public comment as moderation and adoption feedback see it. */
export interface CommentReview {
  moderation: Moderation;
  moderationReason: string | null;
  adoption: Adoption;
  reply: string | null;
}

const filled = (text: string | null): boolean => text !== null && text.trim() !== '';

/** Every reason a comment's moderation or adoption feedback cannot be saved as it is. */
export const evaluateCommentReview = (comment: CommentReview): DecisionReason[] => {
  const reasons: DecisionReason[] = [];
  if (comment.moderation === 'moderation_withheld' && !filled(comment.moderationReason)) {
    reasons.push(DECISION_REASONS.moderationReasonMissing());
  }
  if (comment.adoption !== 'unreviewed' && comment.moderation !== 'moderation_published') {
    reasons.push(DECISION_REASONS.adoptionOnUnpublishedComment());
  }
  if ((comment.adoption === 'not_adopted' || comment.adoption === 'partly_adopted') && !filled(comment.reply)) {
    reasons.push(DECISION_REASONS.adoptionReasonMissing(comment.adoption));
  }
  return reasons;
};

/** How the comments on one item stand: what the public sees and what the legality gate needs. */
export interface CommentTally {
  received: number;
  pending: number;
  published: number;
  withheld: number;
  adopted: number;
  partlyAdopted: number;
  notAdopted: number;
  /** published comments whose adoption is not yet decided */
  unanswered: number;
}

export const tallyComments = (comments: readonly Pick<CommentReview, 'moderation' | 'adoption'>[]): CommentTally => {
  const count = (test: (c: Pick<CommentReview, 'moderation' | 'adoption'>) => boolean) => comments.filter(test).length;
  const published = (c: Pick<CommentReview, 'moderation'>) => c.moderation === 'moderation_published';
  return {
    received: comments.length,
    pending: count((c) => c.moderation === 'moderation_pending'),
    published: count(published),
    withheld: count((c) => c.moderation === 'moderation_withheld'),
    adopted: count((c) => published(c) && c.adoption === 'adopted'),
    partlyAdopted: count((c) => published(c) && c.adoption === 'partly_adopted'),
    notAdopted: count((c) => published(c) && c.adoption === 'not_adopted'),
    unanswered: count((c) => published(c) && c.adoption === 'unreviewed'),
  };
};

/** The district notice: 决策文件出台后的10个工作日内 the adoption of public comments is made public. */
export const ADOPTION_FEEDBACK_WORKING_DAYS = 10;

export const adoptionSummaryDueDate = (resultIssuedOn: string, schedule: ScheduleLookup): string =>
  addWorkingDays(resultIssuedOn, ADOPTION_FEEDBACK_WORKING_DAYS, schedule);

/** What the overdue list knows about an item's adoption summary. */
export interface FeedbackFacts {
  /** 成文日期 of the linked result document; null while there is none */
  resultIssuedOn: string | null;
  /** the published version carries the 公众意见收集采纳情况 */
  summaryPublished: boolean;
  /** no public consultation took place (recorded reason), so there is nothing to feed back */
  consultationSkipped: boolean;
}

/** The summary's due date when it is past on `today` and the summary is still not public; else null. */
export const overdueFeedbackDue = (facts: FeedbackFacts, today: string, schedule: ScheduleLookup): string | null => {
  if (facts.resultIssuedOn === null || facts.summaryPublished || facts.consultationSkipped) return null;
  const due = adoptionSummaryDueDate(facts.resultIssuedOn, schedule);
  return today > due ? due : null;
};
