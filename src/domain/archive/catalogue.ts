import { csvDocument } from '../csv';

/** One row of the 送交目录 (transfer catalogue) of a batch. */
export interface CatalogueRow {
  indexNumber: string | null;
  title: string | null;
  documentNumber: string | null;
  department: string | null;
  /** China-local publish date, YYYY-MM-DD */
  publishedOn: string;
  attachmentCount: number;
  contentHash: string | null;
}

export const CATALOGUE_COLUMNS = [
  '序号',
  '索引号',
  '题名',
  '发文字号',
  '发布机构',
  '发布日期',
  '附件数',
  '内容摘要值',
] as const;

/** The batch's 送交目录 as CSV (see csvDocument). */
export const catalogueCsv = (rows: readonly CatalogueRow[]): string =>
  csvDocument([
    CATALOGUE_COLUMNS,
    ...rows.map((row, index) => [
      index + 1,
      row.indexNumber,
      row.title,
      row.documentNumber,
      row.department,
      row.publishedOn,
      row.attachmentCount,
      row.contentHash,
    ]),
  ]);
