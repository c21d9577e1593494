import type { Core } from '@strapi/strapi';
import { interpretationDueDate } from '../domain/calendar/deadlines';
import { chinaLocalDate } from '../domain/dates';
import type { Reason } from '../domain/publish-gate/reasons';
import { waivedInterpretation, waivedSecondPairOfEyes } from '../domain/publish-gate/waiver';
import { UID } from '../uid';
import { currentAdminUser } from './actor';
import { loadScheduleLookup } from './calendar';

/** What is written on a force-published document itself. */
export interface ForcePublishStamp {
  forcePublishedBy: string;
  forcePublishedAt: string;
  /** null unless the waiver let the document out without its interpretation */
  interpretationDueAt: string | null;
}

/** Who, when, and — when the interpretation was waived — by when it is due: 3 working days after 成文日期. */
export const forcePublishStamp = async (
  strapi: Core.Strapi,
  waived: readonly Reason[],
  issuedAt: string | null,
  now: Date,
): Promise<ForcePublishStamp> => ({
  forcePublishedBy: currentAdminUser(strapi)?.name ?? '系统',
  forcePublishedAt: now.toISOString(),
  interpretationDueAt: waivedInterpretation(waived)
    ? interpretationDueDate(issuedAt ?? chinaLocalDate(now), await loadScheduleLookup(strapi))
    : null,
});

/** What was force-published: a document, or an interpretation published on its own. */
export interface ForcedSubject {
  /** the policy document, or the document the interpretation interprets */
  document: string | null;
  /** the interpretation, when one was force-published on its own */
  interpretation: string | null;
  title: string;
  documentNumber: string | null;
  reason: string | null;
}

/**
 * Records what the gate waived: one row in 强制发布记录 (the disclosure office lists them) and a log line,
 * inside the publish's transaction.
 */
export const recordForcePublish = async (
  strapi: Core.Strapi,
  subject: ForcedSubject,
  waived: readonly Reason[],
  stamp: ForcePublishStamp,
): Promise<void> => {
  const byLastEditor = waivedSecondPairOfEyes(waived);
  await strapi.documents(UID.forcePublishRecord).create({
    data: {
      document: subject.document,
      interpretation: subject.interpretation,
      title: subject.title,
      documentNumber: subject.documentNumber,
      reason: subject.reason,
      publishedBy: stamp.forcePublishedBy,
      forcedAt: stamp.forcePublishedAt,
      interpretationDueAt: stamp.interpretationDueAt,
      withoutInterpretation: waivedInterpretation(waived),
      byLastEditor,
    },
  });
  const grounds = [
    stamp.interpretationDueAt !== null ? `解读后补，补发期限 ${stamp.interpretationDueAt}` : null,
    byLastEditor ? '本人为最后编辑人' : null,
  ].filter(Boolean);
  strapi.log.warn(
    `强制发布（${grounds.join('；')}）：《${subject.title}》 操作人 ${stamp.forcePublishedBy}，理由：${subject.reason}`,
  );
};
