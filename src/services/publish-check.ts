import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { archiveTransferDueDate } from '../domain/calendar/deadlines';
import { chinaLocalDate } from '../domain/dates';
import { checkPublish, type PublishCheck } from '../domain/publish-gate/check';
import { permittedDocumentIds } from '../repositories/permitted-entries';
import { loadDocumentFacts } from '../repositories/publish-facts';
import { UID } from '../uid';
import { currentActor } from './actor';
import { loadScheduleLookup } from './calendar';

const PUBLISH_ACTION = 'plugin::content-manager.explorer.publish';

/** The 发布检查 of one policy document for the admin user asking, as the edit view's side panel shows it. */
export interface DocumentPublishCheck extends PublishCheck {
  /** 档案移交期限 a publish today would set (20 working days) */
  archiveDueAt: string;
  /** the asking user holds the publish permission (their department's reviewer, or 公开办) */
  mayPublish: boolean;
  /** the asking user may force-publish with a recorded reason (公开办) */
  mayForcePublish: boolean;
}

interface Ability {
  can(action: string, subject?: unknown): boolean;
}

/**
 * Runs the gate's own domain function on the stored draft for the user asking. Another department's
 * document, or one that does not exist, is a 404 that says nothing about it.
 */
export const documentPublishCheck = async (
  strapi: Core.Strapi,
  userAbility: Ability,
  documentId: string,
  now: Date,
): Promise<DocumentPublishCheck> => {
  if ((await permittedDocumentIds(strapi, userAbility, UID.policyDocument, [documentId], 'read')).size === 0) {
    throw new errors.NotFoundError('文件不存在或您无权查看');
  }
  const actor = currentActor(strapi);
  const facts = await loadDocumentFacts(strapi, documentId, {}, actor.id);
  return {
    ...checkPublish(facts, actor),
    archiveDueAt: archiveTransferDueDate(chinaLocalDate(now), await loadScheduleLookup(strapi)),
    mayPublish: userAbility.can(PUBLISH_ACTION, UID.policyDocument),
    mayForcePublish: actor.canForcePublish,
  };
};
