import type { Core } from '@strapi/strapi';
import { interpretationDueDate } from '../domain/calendar/deadlines';
import { chinaLocalDate } from '../domain/dates';
import type { DocumentFacts } from '../domain/publish-gate/facts';
import { UID } from '../uid';
import { currentAdminUser } from './actor';
import { loadScheduleLookup } from './calendar';

export interface ForcePublishRecord {
  forcePublishedBy: string;
  forcePublishedAt: string;
  interpretationDueAt: string;
}

/** Who, when, and by when the interpretation is due: 3 working days after the document's issue date. */
export const forcePublishRecord = async (
  strapi: Core.Strapi,
  issuedAt: string | null,
  now: Date,
): Promise<ForcePublishRecord> => {
  const issuedOn = issuedAt ?? chinaLocalDate(now);
  return {
    forcePublishedBy: currentAdminUser(strapi)?.name ?? '系统',
    forcePublishedAt: now.toISOString(),
    interpretationDueAt: interpretationDueDate(issuedOn, await loadScheduleLookup(strapi)),
  };
};

/** Every force publish leaves a record the disclosure office can list (强制发布记录) and a log line. */
export const logForcePublish = async (
  strapi: Core.Strapi,
  documentId: string,
  facts: DocumentFacts,
  record: ForcePublishRecord,
): Promise<void> => {
  await strapi.documents(UID.forcePublishRecord).create({
    data: {
      document: documentId,
      title: facts.title,
      documentNumber: facts.documentNumber,
      reason: facts.forcePublishReason,
      publishedBy: record.forcePublishedBy,
      forcedAt: record.forcePublishedAt,
      interpretationDueAt: record.interpretationDueAt,
    },
  });
  strapi.log.warn(
    `强制发布（解读后补）：《${facts.title}》 操作人 ${record.forcePublishedBy}，理由：${facts.forcePublishReason}，解读补发期限 ${record.interpretationDueAt}`,
  );
};
