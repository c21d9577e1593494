import type { Core } from '@strapi/strapi';
import { PUBLIC_DOCUMENT } from '../domain/public-api/specs';
import { UID } from '../uid';

export const PUBLIC_DOCUMENT_LIST_INDEX = 'gov_public_documents_issued_idx';

/**
 * The public document list, newest 成文日期 first, reads only published 主动公开 非密 rows: a partial
 * index over exactly those rows in that order lets PostgreSQL take a page and count without touching
 * the drafts. Created after each schema sync rather than in database/migrations, which Strapi runs
 * before the sync, when a fresh database has no tables yet. Strapi leaves indexes it did not create
 * alone. MySQL/MariaDB have no partial indexes; there the list works without it. The index only makes
 * lists faster, so failing to create it (two instances starting at once) is logged, not fatal.
 */
export const ensurePublicDocumentListIndex = async (strapi: Core.Strapi): Promise<void> => {
  const client = strapi.db.dialect.client;
  if (client !== 'postgres' && client !== 'sqlite') return;
  const { tableName, attributes } = strapi.db.metadata.get(UID.policyDocument);
  const column = (attribute: string) => (attributes[attribute] as { columnName?: string }).columnName ?? attribute;
  const schema = strapi.db.getSchemaName();
  const table = schema ? `"${schema}"."${tableName}"` : `"${tableName}"`;
  try {
    await strapi.db.connection.raw(
      `CREATE INDEX IF NOT EXISTS "${PUBLIC_DOCUMENT_LIST_INDEX}" ON ${table} ("${column('issuedAt')}", "id") ` +
        `WHERE "${column('publishedAt')}" IS NOT NULL AND "${column('disclosure')}" = '${PUBLIC_DOCUMENT.disclosure}' ` +
        `AND "${column('classification')}" = '${PUBLIC_DOCUMENT.classification}'`,
    );
  } catch (error) {
    strapi.log.warn(`未能创建公开文件列表索引 ${PUBLIC_DOCUMENT_LIST_INDEX}（列表仍可用，只是较慢）：${String(error)}`);
  }
};
