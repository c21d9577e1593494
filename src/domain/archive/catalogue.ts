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

const cell = (value: string | number | null): string => {
  const text = value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** RFC 4180 CSV with a UTF-8 BOM, so spreadsheet software opens the Chinese text correctly. */
export const catalogueCsv = (rows: readonly CatalogueRow[]): string =>
  '\uFEFF' +
  [
    CATALOGUE_COLUMNS.join(','),
    ...rows.map((row, index) =>
      [
        index + 1,
        row.indexNumber,
        row.title,
        row.documentNumber,
        row.department,
        row.publishedOn,
        row.attachmentCount,
        row.contentHash,
      ]
        .map(cell)
        .join(','),
    ),
  ].join('\r\n') +
  '\r\n';
