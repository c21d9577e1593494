import { ARCHIVE_QUEUE_PROTECTED } from '../domain/archive/batch';
import { refusal } from '../services/refusal';
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
  throw refusal([ARCHIVE_QUEUE_PROTECTED], { status: 403 });
};
