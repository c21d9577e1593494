import type { Modules } from '@strapi/strapi';

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
