import type { Core } from '@strapi/strapi';
import { interpretationDueDate } from '../domain/calendar/deadlines';
import { chinaLocalDate } from '../domain/dates';
import type { Actor, DocumentFacts } from '../domain/publish-gate/facts';
import { lacksInterpretation, publishedByLastEditor } from '../domain/publish-gate/rules';
import { UID } from '../uid';
import { currentAdminUser } from './actor';
import { loadScheduleLookup } from './calendar';

/** What is written on the document itself. */
export interface ForcePublishRecord {
  forcePublishedBy: string;
  forcePublishedAt: string;
  /** null when the interpretation went out with the document (forced only for 第二双眼睛) */
  interpretationDueAt: string | null;
}

/** Who, when, and by when a missing interpretation is due: 3 working days after the document's issue date. */
export const forcePublishRecord = async (
  strapi: Core.Strapi,
  facts: DocumentFacts,
  now: Date,
): Promise<ForcePublishRecord> => ({
  forcePublishedBy: currentAdminUser(strapi)?.name ?? '系统',
  forcePublishedAt: now.toISOString(),
  interpretationDueAt: lacksInterpretation(facts)
    ? interpretationDueDate(facts.issuedAt ?? chinaLocalDate(now), await loadScheduleLookup(strapi))
    : null,
});

/** Every force publish leaves a record the disclosure office can list (强制发布记录) and a log line. */
export const logForcePublish = async (
  strapi: Core.Strapi,
  documentId: string,
  facts: DocumentFacts,
  actor: Actor,
  record: ForcePublishRecord,
): Promise<void> => {
  const byLastEditor = publishedByLastEditor(facts, actor);
  await strapi.documents(UID.forcePublishRecord).create({
    data: {
      document: documentId,
      title: facts.title,
      documentNumber: facts.documentNumber,
      reason: facts.forcePublishReason,
      publishedBy: record.forcePublishedBy,
      forcedAt: record.forcePublishedAt,
      interpretationDueAt: record.interpretationDueAt,
      withoutInterpretation: record.interpretationDueAt !== null,
      byLastEditor,
    },
  });
  const grounds = [
    record.interpretationDueAt !== null ? `解读后补，补发期限 ${record.interpretationDueAt}` : null,
    byLastEditor ? '本人为最后编辑人' : null,
  ].filter(Boolean);
  strapi.log.warn(
    `强制发布（${grounds.join('；')}）：《${facts.title}》 操作人 ${record.forcePublishedBy}，理由：${facts.forcePublishReason}`,
  );
};
