import type { Core } from '@strapi/strapi';
import { evaluatePublish } from '../domain/publish-gate/evaluate';
import type { Reason } from '../domain/publish-gate/reasons';
import { loadDocumentFacts } from '../repositories/publish-facts';
import { UID } from '../uid';
import { currentActor } from './actor';
import { refusal } from './refusal';

interface DocumentManager {
  publishMany(uid: string, documentIds: string[], locale?: string): Promise<number>;
}

/**
 * Admin bulk publish is all or nothing (Strapi runs it in one transaction). Checking every selected
 * document first lets the refusal name each offending document, instead of only the first one to fail.
 */
export const checkBulkPublishFirst = (strapi: Core.Strapi): void => {
  const manager = strapi.plugin('content-manager').service('document-manager') as DocumentManager;
  const publishMany = manager.publishMany.bind(manager);
  manager.publishMany = async (uid, documentIds, locale) => {
    if (uid === UID.policyDocument) {
      const refused: Reason[] = [];
      for (const documentId of documentIds) {
        const facts = await loadDocumentFacts(strapi, documentId, {}, null);
        for (const reason of evaluatePublish(facts, currentActor(strapi)).reasons) {
          refused.push({
            ...reason,
            message: `《${facts.title}》${reason.message}`,
            documentId: reason.documentId ?? documentId,
          });
        }
      }
      if (refused.length > 0) throw refusal(refused, { heading: '批量发布未执行，以下文件不能发布：' });
    }
    return publishMany(uid, documentIds, locale);
  };
};
