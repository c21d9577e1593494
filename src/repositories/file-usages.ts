import type { Core } from '@strapi/strapi';
import type { FileUsage } from '../domain/media/file-scope';
import { isOwnUid, type OwnUid } from '../uid';
import { tableQuery } from './own-tables';

interface MorphJoinTable {
  name: string;
  joinColumn: { name: string };
  morphColumn: { idColumn: { name: string }; typeColumn: { name: string } };
}

const FILE = 'plugin::upload.file';
/** Keeps every `IN (…)` well under SQLite's bound-variable limit. */
const CHUNK = 500;

const chunks = <T>(items: readonly T[]): T[][] =>
  Array.from({ length: Math.ceil(items.length / CHUNK) }, (_, i) => items.slice(i * CHUNK, (i + 1) * CHUNK));

/** The upload plugin's link table between files and the entries (and components) that use them. */
const linkTable = (strapi: Core.Strapi): MorphJoinTable =>
  (strapi.db.metadata.get(FILE).attributes.related as unknown as { joinTable: MorphJoinTable }).joinTable;

interface Link {
  fileId: number;
  entryId: number;
  uid: string;
}

const linksOf = async (strapi: Core.Strapi, fileIds: readonly number[] | null): Promise<Link[]> => {
  const table = linkTable(strapi);
  const columns = {
    fileId: table.joinColumn.name,
    entryId: table.morphColumn.idColumn.name,
    uid: table.morphColumn.typeColumn.name,
  };
  if (fileIds === null) return tableQuery(strapi, table.name).select(columns);
  const batches = await Promise.all(
    chunks(fileIds).map((batch) => tableQuery(strapi, table.name).select(columns).whereIn(columns.fileId, batch)),
  );
  return batches.flat();
};

/**
 * Every use of the given files (all files when `fileIds` is null) by an entry: whether that entry row is
 * published and which department owns it, read through `departmentFields` (content type → the relation
 * naming its department). Uses by other models count as owned by no department.
 */
export const fileUsages = async (
  strapi: Core.Strapi,
  departmentFields: Partial<Record<OwnUid, string>>,
  fileIds: readonly number[] | null,
): Promise<FileUsage[]> => {
  const links = await linksOf(strapi, fileIds);
  const entries = new Map<string, { published: boolean; departmentId: number | null }>();
  for (const uid of [...new Set(links.map((link) => link.uid))]) {
    const field = isOwnUid(uid) ? departmentFields[uid] : undefined;
    if (!isOwnUid(uid) || !field) continue;
    const ids = [...new Set(links.filter((link) => link.uid === uid).map((link) => link.entryId))];
    for (const batch of chunks(ids)) {
      const rows: (Record<string, unknown> & { id: number; publishedAt?: string | null })[] = await strapi.db
        .query(uid)
        .findMany({ where: { id: { $in: batch } }, populate: { [field]: { select: ['id'] } } });
      for (const row of rows) {
        const department = row[field] as { id: number } | null | undefined;
        entries.set(`${uid}:${row.id}`, {
          published: row.publishedAt !== null && row.publishedAt !== undefined,
          departmentId: department?.id ?? null,
        });
      }
    }
  }
  return links.map((link) => ({
    fileId: Number(link.fileId),
    uid: link.uid,
    ...(entries.get(`${link.uid}:${link.entryId}`) ?? { published: false, departmentId: null }),
  }));
};

/** Row ids of the files with these documentIds. */
export const fileIdsOf = async (strapi: Core.Strapi, documentIds: readonly string[]): Promise<Map<string, number>> => {
  const rows: { id: number; documentId: string }[] = [];
  for (const batch of chunks(documentIds)) {
    rows.push(
      ...(await strapi.db
        .query(FILE)
        .findMany({ where: { documentId: { $in: batch } }, select: ['id', 'documentId'] })),
    );
  }
  return new Map(rows.map((row) => [row.documentId, row.id]));
};
