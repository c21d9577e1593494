import type { Core } from '@strapi/strapi';
import { evaluateReportPublish } from '../domain/annual-report/evaluate';
import { chinaLocalDate } from '../domain/dates';
import { evaluatePublish } from '../domain/publish-gate/evaluate';
import { loadReportFacts } from '../repositories/annual-reports';
import { loadDocumentFacts } from '../repositories/publish-facts';
import { findWritableEntry } from '../repositories/stored-entries';
import { UID } from '../uid';
import { currentActor } from './actor';
import { refusal, type RefusalReason } from './refusal';

interface DocumentManager {
  publishMany(uid: string, documentIds: string[], locale?: string): Promise<number>;
}

interface Checked {
  title: string;
  /** what the refusal calls the selected items */
  noun: string;
  reasons: RefusalReason[];
}

/** The publish rules of each gated type, for one stored draft. */
const CHECKS: Partial<Record<string, (strapi: Core.Strapi, documentId: string) => Promise<Checked>>> = {
  [UID.policyDocument]: async (strapi, documentId) => {
    const facts = await loadDocumentFacts(strapi, documentId, {}, null);
    return { title: facts.title, noun: '文件', reasons: evaluatePublish(facts, currentActor(strapi)) };
  },
  [UID.annualReport]: async (strapi, documentId) => {
    const stored = await findWritableEntry(strapi, UID.annualReport, documentId);
    const facts = await loadReportFacts(strapi, { documentId, data: {}, stored });
    return {
      title: String(stored?.title ?? ''),
      noun: '报告',
      reasons: evaluateReportPublish(facts, chinaLocalDate(new Date())),
    };
  },
};

/**
 * Admin bulk publish is all or nothing (Strapi runs it in one transaction). Checking every selected
 * document first lets the refusal name each offending document, instead of only the first one to fail.
 */
export const checkBulkPublishFirst = (strapi: Core.Strapi): void => {
  const manager = strapi.plugin('content-manager').service('document-manager') as DocumentManager;
  const publishMany = manager.publishMany.bind(manager);
  manager.publishMany = async (uid, documentIds, locale) => {
    const check = CHECKS[uid];
    if (check) {
      const refused: RefusalReason[] = [];
      let noun = '';
      for (const documentId of documentIds) {
        const { title, reasons, ...checked } = await check(strapi, documentId);
        noun = checked.noun;
        for (const reason of reasons) {
          refused.push({
            ...reason,
            message: `《${title}》${reason.message}`,
            documentId: reason.documentId ?? documentId,
          });
        }
      }
      if (refused.length > 0) throw refusal(refused, `批量发布未执行，以下${noun}不能发布：`);
    }
    return publishMany(uid, documentIds, locale);
  };
};
