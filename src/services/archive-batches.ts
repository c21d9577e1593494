import fs from 'fs';
import path from 'path';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import tar from 'tar-stream';
import { batchProblems } from '../domain/archive/batch';
import { catalogueCsv, type CatalogueRow } from '../domain/archive/catalogue';
import { chinaLocalDate } from '../domain/dates';
import { findQueuedItems as findItems, transferredItemsOf, updateQueuedItems } from '../repositories/archive-items';
import { currentAdminUser } from './actor';
import { refusal } from './refusal';

/** Marks the selection 已移交 under one batch number, recording who and when; all or nothing. */
export const markTransferred = async (strapi: Core.Strapi, documentIds: string[], batchNumber: string, now: Date) =>
  strapi.db.transaction(async () => {
    const problems = batchProblems(documentIds, await findItems(strapi, documentIds), 'transferred', { batchNumber });
    if (problems.length > 0) throw refusal(problems);
    await updateQueuedItems(strapi, documentIds, {
      transferStatus: 'transferred',
      batchNumber: batchNumber.trim(),
      transferredAt: now,
      transferredBy: currentAdminUser(strapi)?.name ?? '系统',
    });
    return { count: documentIds.length, batchNumber: batchNumber.trim() };
  });

/** Marks the selection 移交失败 with the reason; all or nothing. */
export const markFailed = async (strapi: Core.Strapi, documentIds: string[], failureReason: string) =>
  strapi.db.transaction(async () => {
    const problems = batchProblems(documentIds, await findItems(strapi, documentIds), 'failed', { failureReason });
    if (problems.length > 0) throw refusal(problems);
    await updateQueuedItems(strapi, documentIds, { transferStatus: 'failed', failureReason: failureReason.trim() });
    return { count: documentIds.length };
  });

interface BatchItem {
  documentId: string;
  title: string | null;
  indexNumber: string | null;
  documentNumber: string | null;
  department: string | null;
  subjectPublishedAt: string | Date;
  contentHash: string | null;
  snapshot: { attachments?: { name?: string; url?: string }[] } | null;
}

const batchItems = async (strapi: Core.Strapi, batchNumber: string): Promise<BatchItem[]> => {
  const items = await transferredItemsOf<BatchItem>(strapi, batchNumber);
  if (items.length === 0) throw new errors.NotFoundError(`移交批次“${batchNumber}”不存在或没有已移交的项`);
  return items;
};

const catalogueRows = (items: readonly BatchItem[]): CatalogueRow[] =>
  items.map((item) => ({
    indexNumber: item.indexNumber,
    title: item.title,
    documentNumber: item.documentNumber,
    department: item.department,
    publishedOn: chinaLocalDate(new Date(item.subjectPublishedAt)),
    attachmentCount: item.snapshot?.attachments?.length ?? 0,
    contentHash: item.contentHash,
  }));

/** 送交目录 of a batch as CSV. */
export const exportCatalogue = async (strapi: Core.Strapi, batchNumber: string): Promise<string> =>
  catalogueCsv(catalogueRows(await batchItems(strapi, batchNumber)));

/**
 * The batch as a tar archive: 送交目录.csv, and per item `NNN-<documentId>/snapshot.json` with its
 * attachments (files kept by the local upload provider under public/).
 */
export const exportArchive = async (strapi: Core.Strapi, batchNumber: string): Promise<Buffer> => {
  const items = await batchItems(strapi, batchNumber);
  const pack = tar.pack();
  const chunks: Buffer[] = [];
  pack.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    pack.on('end', () => resolve());
    pack.on('error', reject);
  });
  pack.entry({ name: '送交目录.csv' }, catalogueCsv(catalogueRows(items)));
  const publicDir = strapi.dirs.static.public;
  items.forEach((item, index) => {
    const folder = `${String(index + 1).padStart(3, '0')}-${item.documentId}`;
    pack.entry({ name: `${folder}/snapshot.json` }, JSON.stringify(item.snapshot, null, 2));
    for (const attachment of item.snapshot?.attachments ?? []) {
      const file = attachment.url?.startsWith('/') ? path.join(publicDir, attachment.url) : null;
      if (file && file.startsWith(publicDir) && fs.existsSync(file)) {
        pack.entry({ name: `${folder}/attachments/${path.basename(attachment.name ?? file)}` }, fs.readFileSync(file));
      }
    }
  });
  pack.finalize();
  await done;
  return Buffer.concat(chunks);
};
