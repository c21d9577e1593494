import type { Core, Modules } from '@strapi/strapi';
import { findWritableEntry, type StoredEntry } from '../repositories/stored-entries';
import type { OwnUid } from '../uid';

export type DocumentContext = Modules.Documents.Middleware.Context;
export type DocumentMiddleware = Modules.Documents.Middleware.Middleware;

/** The params every write action may carry; the document service's own types differ per action. */
export interface WriteParams {
  documentId?: string;
  status?: string;
  data?: Record<string, unknown>;
}

export const writeParams = (ctx: DocumentContext): WriteParams => ctx.params as WriteParams;

/**
 * Whether this call makes content public. The content API and code publish through create/update
 * with `status: 'published'` and never call `publish` (see STYLE.md, "Publish paths").
 */
export const isPublishWrite = (ctx: DocumentContext): boolean =>
  ctx.action === 'publish' ||
  ((ctx.action === 'create' || ctx.action === 'update') && writeParams(ctx).status === 'published');

/** The document a write targets; null when it creates a new one. */
export const targetDocumentId = (ctx: DocumentContext): string | null =>
  ctx.action === 'create' ? null : (writeParams(ctx).documentId ?? null);

const writableEntries = new WeakMap<DocumentContext, Promise<StoredEntry | null>>();

/**
 * The stored row this call writes to, read once per document-service call: every middleware of one
 * call receives the same `ctx`, and none of them changes the row before `next()`.
 */
export const writableEntryOf = (strapi: Core.Strapi, ctx: DocumentContext): Promise<StoredEntry | null> => {
  const documentId = targetDocumentId(ctx);
  if (documentId === null) return Promise.resolve(null);
  const cached = writableEntries.get(ctx);
  if (cached) return cached;
  const entry = findWritableEntry(strapi, ctx.uid as OwnUid, documentId);
  writableEntries.set(ctx, entry);
  return entry;
};
