import type { Core } from '@strapi/strapi';
import { factsOfUid, uidsWhere, type OwnUid } from '../uid';

/** The published types that are transferred to the archive, with their department and attachment fields. */
export const ARCHIVED_TYPES: Partial<Record<OwnUid, { department: string; attachments: string | null }>> =
  Object.fromEntries(
    uidsWhere((facts) => facts.archive !== null).map((uid) => {
      const { archive, department } = factsOfUid(uid);
      return [uid, { department: department?.field ?? '', attachments: archive?.attachments ?? null }];
    }),
  );

export type PublishedSubject = Record<string, unknown> & { documentId: string; publishedAt: string | Date };

interface Attribute {
  type: string;
  target?: string;
  mappedBy?: string;
}

/**
 * Populate for a snapshot: owned relations as documentId (+ name/title), media with what identifies
 * the file, components whole. Inverse relations (e.g. a document's interpretations) belong to the
 * other side's snapshot.
 */
const snapshotPopulate = (strapi: Core.Strapi, uid: OwnUid) => {
  const attributes = strapi.contentType(uid).attributes as unknown as Record<string, Attribute>;
  const populate: Record<string, unknown> = {};
  for (const [name, attribute] of Object.entries(attributes)) {
    if (attribute.type === 'media') populate[name] = { select: ['name', 'url', 'hash', 'ext', 'mime', 'size'] };
    if (attribute.type === 'component') populate[name] = true;
    if (
      attribute.type === 'relation' &&
      attribute.target &&
      !attribute.mappedBy &&
      !['createdBy', 'updatedBy'].includes(name)
    ) {
      const target = strapi.contentType(attribute.target as OwnUid).attributes as Record<string, unknown>;
      populate[name] = { select: ['documentId', ...['name', 'title'].filter((field) => field in target)] };
    }
  }
  return populate;
};

/** Relations that are inverse sides, left out of the content. */
export const inverseRelations = (strapi: Core.Strapi, uid: OwnUid): string[] =>
  Object.entries(strapi.contentType(uid).attributes as unknown as Record<string, Attribute>)
    .filter(([, attribute]) => attribute.type === 'relation' && attribute.mappedBy)
    .map(([name]) => name);

export const findPublishedSubject = async (
  strapi: Core.Strapi,
  uid: OwnUid,
  documentId: string,
): Promise<PublishedSubject | null> =>
  strapi.db.query(uid).findOne({
    where: { documentId, publishedAt: { $notNull: true } },
    populate: snapshotPopulate(strapi, uid),
  });

/** The draft of a draft-and-publish item, populated like a snapshot. */
export const findDraftSubject = async (
  strapi: Core.Strapi,
  uid: OwnUid,
  documentId: string,
): Promise<Record<string, unknown> | null> =>
  strapi.db.query(uid).findOne({ where: { documentId, publishedAt: null }, populate: snapshotPopulate(strapi, uid) });
