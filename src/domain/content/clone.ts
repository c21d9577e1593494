import type { ContentTypeName } from './labels';

/**
 * What a copy (内容管理 → 复制) leaves behind: identifiers that must stay unique, the source's review
 * and publication record, and for decision items the process so far. A copy is a new draft: it is
 * numbered, reviewed and published on its own.
 */
export const NOT_COPIED: Partial<Record<ContentTypeName, readonly string[]>> = {
  'policy-document': [
    'documentNumber',
    'indexNumber',
    'slug',
    'legalityReviewed',
    'secrecyReviewed',
    'reviewNotes',
    'approvedBy',
    'forcePublishReason',
    'forcePublishedBy',
    'forcePublishedAt',
    'interpretationDueAt',
  ],
  'policy-interpretation': ['slug'],
  'decision-item': [
    'stage',
    'stageReachedOn',
    'stageUnit',
    'stageSkipReason',
    'stageHistory',
    'expertOpinion',
    'riskAssessment',
    'legalityOpinion',
    'meetingMinutes',
    'effectEvaluation',
    'consultationStart',
    'consultationEnd',
    'consultationShortReason',
    'commentAdoption',
    'publicAttendance',
    'decisionResult',
    'resultDocument',
  ],
};

/** Types that cannot be copied at all, with the reason shown to the editor. */
export const NOT_COPYABLE: Partial<Record<ContentTypeName, string>> = {
  'decision-comment': '公众意见由公众提交，不能复制',
};

export const CLONE_REFUSED = 'CLONE_NOT_ALLOWED';
export const CLONE_SOURCE_NOT_FOUND = 'CLONE_SOURCE_NOT_FOUND';
export const cloneSourceNotFound = '要复制的条目不存在，或您无权查看';
