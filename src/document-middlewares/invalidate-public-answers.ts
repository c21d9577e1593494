import type { Core } from '@strapi/strapi';
import { contentTypes } from '@strapi/utils';
import { markPublicContentChanged } from '../services/public-cache';
import { UID } from '../uid';
import { isPublishWrite, writeParams, type DocumentMiddleware } from './write-actions';

/**
 * After a write that changes what the public API can show, every instance's cached public answers are
 * stale. Draft saves of draft-and-publish types show nothing new and leave the caches alone. Registered
 * outermost, so that the write (and the publish rules' transaction) has committed when the version rises.
 */
export const invalidatePublicAnswers =
  (strapi: Core.Strapi): DocumentMiddleware =>
  async (ctx, next) => {
    const result = await next();
    if (ctx.uid.startsWith('api::') && changesPublishedContent(strapi, ctx)) await markPublicContentChanged(strapi);
    return result;
  };

const changesPublishedContent = (strapi: Core.Strapi, ctx: Parameters<DocumentMiddleware>[0]): boolean => {
  switch (ctx.action) {
    case 'publish':
    case 'unpublish':
    case 'delete':
      return true;
    case 'create':
      // A new public comment awaits moderation, and comments are not public until moderated: accepting
      // one must not empty every instance's cache (anyone can send them).
      if (ctx.uid === UID.decisionComment) return writeParams(ctx).data?.moderation === 'moderation_published';
      return !contentTypes.hasDraftAndPublish(strapi.getModel(ctx.uid)) || isPublishWrite(ctx);
    case 'update':
      return !contentTypes.hasDraftAndPublish(strapi.getModel(ctx.uid)) || isPublishWrite(ctx);
    default:
      return false;
  }
};
