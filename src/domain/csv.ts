export type CsvValue = string | number | null;

const cell = (value: CsvValue): string => {
  const text = value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** RFC 4180 CSV with a UTF-8 BOM, so spreadsheet software opens the Chinese text correctly. */
export const csvDocument = (rows: readonly (readonly CsvValue[])[]): string =>
  '\uFEFF' + rows.map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
