import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import {
  CLONE_REFUSED,
  CLONE_SOURCE_NOT_FOUND,
  cloneSourceNotFound,
  NOT_COPIED,
  NOT_COPYABLE,
} from '../domain/content/clone';
import { cloneDataOf } from '../repositories/clone-source';
import { permittedDocumentIds } from '../repositories/permitted-entries';
import { currentAdminAbility } from '../services/actor';
import { refusal } from '../services/refusal';
import { isOwnUid, typeName } from '../uid';
import { writeParams, type DocumentMiddleware } from './write-actions';

const notFound = () =>
  new errors.NotFoundError(cloneSourceNotFound, {
    reasons: [{ code: CLONE_SOURCE_NOT_FOUND, message: cloneSourceNotFound }],
  });

/**
 * Strapi's clone copies the source row as it is — 发文字号, 索引号 and slug, review notes — and moves
 * the source's inverse relations onto the copy, without asking whether the user may read the source
 * and without passing through `create`'s middlewares. Here a copy is a new draft made by `create`
 * from what the source says, so every create rule applies (department scope, input, identifiers):
 * the source must be one the user may read, and the copy gets fresh identifiers and no inverse
 * relations. Strapi's own clone is replaced, so `next()` is not called.
 */
export const cloneAsNewDraft =
  (strapi: Core.Strapi): DocumentMiddleware =>
  async (ctx, next) => {
    if (ctx.action !== 'clone' || !isOwnUid(ctx.uid)) return next();
    const uid = ctx.uid;
    const refused = NOT_COPYABLE[typeName(uid)];
    if (refused) throw refusal([{ code: CLONE_REFUSED, message: refused }]);
    const { documentId, data: submitted = {} } = writeParams(ctx);
    if (!documentId) throw notFound();
    const actor = currentAdminAbility(strapi);
    if (actor && !(await permittedDocumentIds(strapi, actor.ability, uid, [documentId], 'read')).has(documentId)) {
      throw notFound();
    }
    const source = await cloneDataOf(strapi, uid, documentId, NOT_COPIED[typeName(uid)] ?? []);
    if (!source) throw notFound();
    const { locale: _locale, ...data } = { ...source, ...submitted };
    const created = await strapi
      .documents(uid)
      .create({ data } as Parameters<ReturnType<typeof strapi.documents>['create']>[0]);
    return { documentId: created.documentId, entries: [created] };
  };
