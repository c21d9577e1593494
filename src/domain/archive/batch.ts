import type { Reason } from '../reasons';
import { statusChangeProblem, type ArchiveStatus } from './queue';

export interface QueuedItem {
  documentId: string;
  title: string | null;
  transferStatus: ArchiveStatus;
}

export type BatchProblemCode =
  | 'ARCHIVE_QUEUE_READ_ONLY'
  | 'BATCH_NOT_FOUND'
  | 'EMPTY_SELECTION'
  | 'BATCH_NUMBER_MISSING'
  | 'FAILURE_REASON_MISSING'
  | 'ITEM_NOT_FOUND'
  | 'INVALID_STATUS_CHANGE';

/** Queue items are records of what was published: nobody writes them through the content manager or API. */
export const ARCHIVE_QUEUE_PROTECTED: Reason<BatchProblemCode> = {
  code: 'ARCHIVE_QUEUE_READ_ONLY',
  message: '归档移交项由系统在发布时生成，不能新建、修改或删除；请在归档移交列表中选择后使用“标记为已移交”或“移交失败”',
};

export const batchNotFound = (batchNumber: string): Reason<BatchProblemCode> => ({
  code: 'BATCH_NOT_FOUND',
  message: `移交批次“${batchNumber}”不存在或没有已移交的项`,
});

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
): Reason<BatchProblemCode>[] => {
  const problems: Reason<BatchProblemCode>[] = [];
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
