import { APPLICANT_PARTS, APPLICANT_TOTAL, REQUEST_TABLE, RESULT_ROWS } from './tables';

type Figures = Partial<Record<string, number>>;

/**
 * 表三 from the figures of each applicant column (row key → figure, zero where not given): the 总计
 * column, （七）总计 and 结转下年度 (what came in and was not handled) are derived, so the table adds up.
 * For demo content and tests; an editor's table is checked, never completed behind their back.
 */
export const requestTableFrom = (
  byColumn: Partial<Record<string, Figures>>,
): Record<string, Record<string, number>> => {
  const table: Record<string, Record<string, number>> = Object.fromEntries(
    REQUEST_TABLE.rows.map((row) => [row.key, {}]),
  );
  for (const { key: column } of APPLICANT_PARTS) {
    const given = byColumn[column] ?? {};
    for (const row of REQUEST_TABLE.rows) table[row.key][column] = given[row.key] ?? 0;
    table.resultsTotal[column] = RESULT_ROWS.reduce((sum, row) => sum + table[row.key][column], 0);
    table.carriedForward[column] =
      table.newApplications[column] + table.carriedOver[column] - table.resultsTotal[column];
  }
  for (const row of REQUEST_TABLE.rows) {
    table[row.key][APPLICANT_TOTAL.key] = APPLICANT_PARTS.reduce((sum, { key }) => sum + table[row.key][key], 0);
  }
  return table;
};
