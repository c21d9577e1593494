import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { LAST_EDITOR_TABLE } from './tables';
import { contentHash } from '../domain/archive/queue';
import { findDraftSubject, inverseRelations } from './archive-subjects';
import { tableQuery } from './own-tables';
import type { OwnUid } from '../uid';

/**
 * Runs `work` on the table inside the caller's transaction if there is one: the content manager saves
 * and publishes inside one, and on SQLite a query beside it would wait for its only connection.
 */
const withTable = async <T>(strapi: Core.Strapi, work: (table: () => Knex.QueryBuilder) => Promise<T>): Promise<T> =>
  await strapi.db.transaction(async ({ trx }) => await work(() => tableQuery(strapi, LAST_EDITOR_TABLE, trx)));

/** Records who changed a draft's content last; null when it was no one in the admin (API, code). */
export const recordLastEditor = async (
  strapi: Core.Strapi,
  uid: OwnUid,
  documentId: string,
  editorId: number | null,
): Promise<void> => {
  await withTable(strapi, (table) =>
    table()
      .insert({ subject_uid: uid, document_id: documentId, editor_id: editorId })
      .onConflict(['subject_uid', 'document_id'])
      .merge(['editor_id']),
  );
};

/** The last editor of each of `documentIds` that has one. */
export const lastEditorsOf = async (
  strapi: Core.Strapi,
  uid: OwnUid,
  documentIds: readonly string[],
): Promise<Map<string, number>> => {
  if (documentIds.length === 0) return new Map();
  const rows: { document_id: string; editor_id: number | string | null }[] = await withTable(strapi, (table) =>
    table()
      .where({ subject_uid: uid })
      .whereIn('document_id', [...documentIds])
      .select('document_id', 'editor_id'),
  );
  return new Map(
    rows.flatMap((row) => (row.editor_id === null ? [] : [[row.document_id, Number(row.editor_id)] as const])),
  );
};

/** A fingerprint of a draft's own content, to tell a real edit from a save that changed nothing. */
export const draftFingerprint = async (
  strapi: Core.Strapi,
  uid: OwnUid,
  documentId: string,
): Promise<string | null> => {
  const draft = await findDraftSubject(strapi, uid, documentId);
  if (!draft) return null;
  const inverse = inverseRelations(strapi, uid);
  return contentHash(Object.fromEntries(Object.entries(draft).filter(([name]) => !inverse.includes(name))));
};
