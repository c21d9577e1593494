import { REPORT_REASONS, type ReportReason } from './reasons';
import type { TableSpec, TableValues } from './tables';

/** A count of items or decisions: a whole number, zero or more. */
export const isCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0;

/**
 * A sum in 万元: zero or more with at most two decimals. Binary floating point cannot hold most
 * decimals exactly (0.1 + 0.2 is 0.30000000000000004), so "two decimals" means the value is within
 * a millionth of a cent of a whole number of cents.
 */
export const isAmount = (value: unknown): value is number =>
  typeof value === 'number' &&
  Number.isFinite(value) &&
  value >= 0 &&
  Math.abs(value * 100 - Math.round(value * 100)) < 1e-6;

/** The amount as the nearest whole number of cents, so that what is stored is what is shown. */
export const roundAmount = (value: number): number => Math.round(value * 100) / 100;

/** 万元 with two decimals, as the template prints it: 12.3 → "12.30". */
export const formatAmount = (value: number): string => roundAmount(value).toFixed(2);

export interface ReadTable {
  /** every cell of the template, null where nothing valid was entered; null when the table is absent */
  values: TableValues | null;
  reasons: ReportReason[];
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads a stored or submitted table against its template: each unknown row or column and each figure
 * that is not a count (or, for money, an amount) is one reason. Empty cells are allowed here; whether a
 * table is complete is a question for publishing.
 */
export const readTable = (spec: TableSpec, raw: unknown): ReadTable => {
  if (raw === null || raw === undefined) return { values: null, reasons: [] };
  if (!isPlainObject(raw)) return { values: null, reasons: [REPORT_REASONS.tableInvalid(spec)] };
  const reasons: ReportReason[] = Object.keys(raw)
    .filter((key) => !spec.rows.some((row) => row.key === key))
    .map((key) => REPORT_REASONS.rowUnknown(spec, key));
  const values: TableValues = {};
  for (const row of spec.rows) {
    const submitted = raw[row.key] ?? {};
    if (!isPlainObject(submitted)) {
      reasons.push(REPORT_REASONS.tableInvalid(spec));
      values[row.key] = Object.fromEntries(row.columns.map((column) => [column.key, null]));
      continue;
    }
    for (const key of Object.keys(submitted)) {
      if (!row.columns.some((column) => column.key === key)) reasons.push(REPORT_REASONS.columnUnknown(spec, row, key));
    }
    values[row.key] = {};
    for (const column of row.columns) {
      const value = submitted[column.key];
      let figure: number | null = null;
      if (value === null || value === undefined) figure = null;
      else if (row.kind === 'amount' && isAmount(value)) figure = roundAmount(value);
      else if (row.kind === 'count' && isCount(value)) figure = value;
      else if (row.kind === 'amount') reasons.push(REPORT_REASONS.amountInvalid(spec, row, column, value));
      else reasons.push(REPORT_REASONS.figureInvalid(spec, row, column, value));
      values[row.key][column.key] = figure;
    }
  }
  return { values, reasons };
};

/** Every cell not filled in; a table with nothing filled in is one reason, not one per cell. */
export const missingFigures = (spec: TableSpec, values: TableValues | null): ReportReason[] => {
  const missing = spec.rows.flatMap((row) =>
    row.columns
      .filter((column) => values?.[row.key]?.[column.key] === null || values?.[row.key]?.[column.key] === undefined)
      .map((column) => REPORT_REASONS.figureMissing(spec, row, column)),
  );
  const cells = spec.rows.reduce((count, row) => count + row.columns.length, 0);
  return missing.length === cells ? [REPORT_REASONS.tableMissing(spec)] : missing;
};
