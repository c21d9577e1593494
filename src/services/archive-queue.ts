import type { Core } from '@strapi/strapi';
import { archiveTransferDueDate } from '../domain/calendar/deadlines';
import { archiveReasonFor, contentHash } from '../domain/archive/queue';
import { chinaLocalDate } from '../domain/dates';
import { createArchiveItem, lastArchiveItemOf } from '../repositories/archive-items';
import { ARCHIVED_TYPES, inverseRelations, type PublishedSubject } from '../repositories/archive-subjects';
import type { OwnUid } from '../uid';
import { loadScheduleLookup } from './calendar';

interface FileRef {
  name?: string;
  url?: string;
  hash?: string;
  mime?: string;
  size?: number;
}

const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : value ? [value] : []);
const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/**
 * Adds the archive item a publish or withdrawal calls for (if any), recording when the subject was
 * published (`subjectPublishedAt`); runs inside the caller's transaction.
 */
export const enqueueArchiveItem = async (
  strapi: Core.Strapi,
  uid: OwnUid,
  subject: PublishedSubject,
  event: 'publish' | 'withdraw',
  now: Date,
): Promise<void> => {
  const fields = ARCHIVED_TYPES[uid];
  if (!fields) return;
  const content = Object.fromEntries(
    Object.entries(subject).filter(([name]) => !inverseRelations(strapi, uid).includes(name)),
  );
  const hash = contentHash(content);
  const last = await lastArchiveItemOf(strapi, uid, subject.documentId);
  const reason = archiveReasonFor(event, last, hash);
  if (!reason) return;
  const publishedAt = new Date(subject.publishedAt);
  const eventDay = chinaLocalDate(event === 'publish' ? publishedAt : now);
  const department = subject[fields.department] as { name?: string } | null | undefined;
  const attachments = (fields.attachments ? asList(subject[fields.attachments]) : []) as FileRef[];
  await createArchiveItem(strapi, {
    subjectUid: uid,
    subjectDocumentId: subject.documentId,
    title: text(subject.title),
    indexNumber: text(subject.indexNumber),
    documentNumber: text(subject.documentNumber),
    department: department?.name ?? null,
    // Strapi's own publishedAt of a type without draft & publish: when the row was written.
    publishedAt: now,
    subjectPublishedAt: publishedAt,
    dueAt: archiveTransferDueDate(eventDay, await loadScheduleLookup(strapi)),
    transferStatus: 'pending',
    reason,
    contentHash: hash,
    overdue: false,
    snapshot: {
      uid,
      documentId: subject.documentId,
      title: text(subject.title),
      indexNumber: text(subject.indexNumber),
      documentNumber: text(subject.documentNumber),
      department: department?.name ?? null,
      publishedAt: publishedAt.toISOString(),
      attachments: attachments.map(({ name, url, hash: fileHash, mime, size }) => ({
        name,
        url,
        hash: fileHash,
        mime,
        size,
      })),
      contentHash: hash,
      content,
    },
  });
};
