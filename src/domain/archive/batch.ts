import { statusChangeProblem, type ArchiveStatus } from './queue';

export interface QueuedItem {
  documentId: string;
  title: string | null;
  transferStatus: ArchiveStatus;
}

export type BatchProblemCode =
  'EMPTY_SELECTION' | 'BATCH_NUMBER_MISSING' | 'FAILURE_REASON_MISSING' | 'ITEM_NOT_FOUND' | 'INVALID_STATUS_CHANGE';

export interface BatchProblem {
  code: BatchProblemCode;
  message: string;
  documentId?: string;
}

const filled = (value: string | undefined): boolean => typeof value === 'string' && value.trim() !== '';

/**
 * Every reason the selected items cannot move to `to` together. The archivist marks a selection as
 * 已移交 under one 移交批次号, or as 移交失败 with a reason; nothing changes unless all of them can.
 */
export const batchProblems = (
  requested: readonly string[],
  found: readonly QueuedItem[],
  to: 'transferred' | 'failed',
  detail: { batchNumber?: string; failureReason?: string },
): BatchProblem[] => {
  const problems: BatchProblem[] = [];
  if (requested.length === 0) problems.push({ code: 'EMPTY_SELECTION', message: '请至少选择一个归档移交项' });
  if (to === 'transferred' && !filled(detail.batchNumber)) {
    problems.push({ code: 'BATCH_NUMBER_MISSING', message: '请填写移交批次号' });
  }
  if (to === 'failed' && !filled(detail.failureReason)) {
    problems.push({ code: 'FAILURE_REASON_MISSING', message: '请填写移交失败的原因' });
  }
  const byId = new Map(found.map((item) => [item.documentId, item]));
  for (const documentId of requested) {
    const item = byId.get(documentId);
    const problem = item ? statusChangeProblem(item.transferStatus, to) : null;
    if (!item) problems.push({ code: 'ITEM_NOT_FOUND', message: `归档移交项不存在：${documentId}`, documentId });
    else if (problem) {
      problems.push({
        code: 'INVALID_STATUS_CHANGE',
        message: `《${item.title ?? documentId}》${problem}`,
        documentId,
      });
    }
  }
  return problems;
};
