import type { Core } from '@strapi/strapi';
import type { OwnUid } from '../uid';

interface Attribute {
  type: string;
  relation?: string;
  mappedBy?: string;
  multiple?: boolean;
  repeatable?: boolean;
}

/** Attributes Strapi manages itself; a copy never takes them from its source. */
const SYSTEM = [
  'id',
  'documentId',
  'createdAt',
  'updatedAt',
  'publishedAt',
  'createdBy',
  'updatedBy',
  'locale',
  'localizations',
];

const withoutIds = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(withoutIds);
  if (typeof value !== 'object' || value === null) return value;
  const { id: _id, ...rest } = value as Record<string, unknown>;
  return rest;
};

const documentIdsOf = (value: unknown): string[] =>
  (Array.isArray(value) ? value : value ? [value] : []).map((item) => (item as { documentId: string }).documentId);

const fileIdsOf = (value: unknown): number[] =>
  (Array.isArray(value) ? value : value ? [value] : []).map((item) => (item as { id: number }).id);

/**
 * The stored draft (or only version) of `documentId` as data for a new entry: its own fields, the
 * entries it links to, its files and components, without `omit`, without system fields and without
 * inverse relations (those belong to the other entries: a document's interpretations, an item's
 * comments). Null when there is no such entry.
 */
export const cloneDataOf = async (
  strapi: Core.Strapi,
  uid: OwnUid,
  documentId: string,
  omit: readonly string[],
): Promise<Record<string, unknown> | null> => {
  const contentType = strapi.contentType(uid);
  const attributes = Object.entries(contentType.attributes as unknown as Record<string, Attribute>).filter(
    ([name, attribute]) => !SYSTEM.includes(name) && !omit.includes(name) && attribute.mappedBy === undefined,
  );
  const populate = Object.fromEntries(
    attributes.flatMap(([name, attribute]): [string, unknown][] => {
      if (attribute.type === 'relation') return [[name, { select: ['documentId'] }]];
      if (attribute.type === 'media') return [[name, { select: ['id'] }]];
      if (attribute.type === 'component') return [[name, true]];
      return [];
    }),
  );
  const draftOnly = contentType.options?.draftAndPublish === true ? { publishedAt: null } : {};
  const source = await strapi.db.query(uid).findOne({ where: { documentId, ...draftOnly }, populate });
  if (!source) return null;
  return Object.fromEntries(
    attributes.map(([name, attribute]) => {
      const value = source[name];
      if (attribute.type === 'relation') return [name, { set: documentIdsOf(value).map((id) => ({ documentId: id })) }];
      if (attribute.type === 'media')
        return [name, attribute.multiple ? fileIdsOf(value) : (fileIdsOf(value)[0] ?? null)];
      if (attribute.type === 'component') return [name, withoutIds(value ?? null)];
      return [name, value ?? null];
    }),
  );
};
