import { errors } from '@strapi/utils';
import { UID } from '../uid';
import type { DocumentMiddleware } from './write-actions';

const WRITES = ['create', 'update', 'delete', 'clone', 'publish', 'unpublish', 'discardDraft'];

/**
 * Archive queue items are records of what was published: the system writes them, the archivist moves
 * them with 标记为已移交/移交失败 (which keep batch, who and when). Nobody creates, edits or deletes them
 * through the content manager or the content API.
 */
export const protectArchiveQueue: DocumentMiddleware = (ctx, next) => {
  if (ctx.uid !== UID.archiveTransfer || !WRITES.includes(ctx.action)) return next();
  throw new errors.ForbiddenError(
    '归档移交项由系统在发布时生成，不能新建、修改或删除；请在归档移交列表中选择后使用“标记为已移交”或“移交失败”',
  );
};
