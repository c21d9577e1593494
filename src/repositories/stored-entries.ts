import type { Core } from '@strapi/strapi';
import type { OwnUid } from '../uid';

export type StoredEntry = Record<string, unknown> & { id: number; documentId: string };

const relationFields = (strapi: Core.Strapi, uid: OwnUid): string[] =>
  Object.entries(strapi.contentType(uid).attributes)
    .filter(([, attribute]) => attribute.type === 'relation')
    .map(([name]) => name);

const hasDraftAndPublish = (strapi: Core.Strapi, uid: OwnUid): boolean =>
  strapi.contentType(uid).options?.draftAndPublish === true;

/** The row that a write applies to: the draft of a draft-and-publish type, else the only row. */
export const findWritableEntry = async (
  strapi: Core.Strapi,
  uid: OwnUid,
  documentId: string,
): Promise<StoredEntry | null> => {
  const populate = Object.fromEntries(relationFields(strapi, uid).map((name) => [name, { select: ['documentId'] }]));
  const where = hasDraftAndPublish(strapi, uid) ? { documentId, publishedAt: null } : { documentId };
  return strapi.db.query(uid).findOne({ where, populate });
};

/** documentIds a stored relation value points at (one object, a list, or nothing). */
export const storedTargets = (value: unknown): string[] => {
  const items = Array.isArray(value) ? value : value ? [value] : [];
  return items.flatMap((item) =>
    typeof item === 'object' && item !== null && typeof (item as { documentId?: unknown }).documentId === 'string'
      ? [(item as { documentId: string }).documentId]
      : [],
  );
};

export const hasPublishedVersion = async (strapi: Core.Strapi, uid: OwnUid, documentId: string): Promise<boolean> =>
  (await strapi.db.query(uid).count({ where: { documentId, publishedAt: { $notNull: true } } })) > 0;

/** Another document (not `documentId`) whose `field` holds `value`, if any. */
export const findOtherWithValue = async (
  strapi: Core.Strapi,
  uid: OwnUid,
  field: string,
  value: string,
  documentId: string | null,
): Promise<StoredEntry | null> =>
  strapi.db.query(uid).findOne({
    where: { [field]: value, ...(documentId ? { documentId: { $ne: documentId } } : {}) },
  });

/** Writes `data` onto the stored draft itself, bypassing the document service (and its middlewares). */
export const updateDraftRow = async (
  strapi: Core.Strapi,
  uid: OwnUid,
  documentId: string,
  data: Record<string, unknown>,
): Promise<void> => {
  await strapi.db.query(uid).update({ where: { documentId, publishedAt: null }, data });
};

/** The title of any version of `documentId`, or null when there is none. */
export const titleOf = async (strapi: Core.Strapi, uid: OwnUid, documentId: string): Promise<string | null> => {
  const row = await strapi.db.query(uid).findOne({ where: { documentId }, select: ['title'] });
  return row ? String(row.title) : null;
};
