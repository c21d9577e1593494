import type { PrintableReport } from '../domain/annual-report/output';
import { readTable } from '../domain/annual-report/figures';
import { DISCLOSURE_TABLE, REQUEST_TABLE, REVIEW_TABLE } from '../domain/annual-report/tables';
import { chinaLocalDate } from '../domain/dates';
import {
  ANNUAL_REPORT_SECTIONS,
  type AnnualReportDetailRow,
  type ReplacedVersionRow,
} from '../domain/public-api/shapes';

/** Where the public pages of a report are; the portal links to the first. */
export const reportUrls = (documentId: string) => ({
  page: `/api/annual-reports/${documentId}/print`,
  csv: (table: string) => `/api/annual-reports/${documentId}/table-${table}.csv`,
  version: (version: number) => `/api/annual-reports/${documentId}/versions/${version}`,
});

/** A published report as the printable page shows it. */
export const printableReport = (
  row: AnnualReportDetailRow,
  replaced: readonly ReplacedVersionRow[],
): PrintableReport => {
  const urls = reportUrls(row.documentId);
  return {
    documentId: row.documentId,
    title: row.title,
    year: row.year,
    departmentName: row.department?.name ?? null,
    publishedOn: chinaLocalDate(new Date(row.publishedAt)),
    sections: Object.fromEntries(ANNUAL_REPORT_SECTIONS.map((key) => [key, row[key]])),
    tables: {
      disclosureTable: readTable(DISCLOSURE_TABLE, row.disclosureTable).values,
      requestTable: readTable(REQUEST_TABLE, row.requestTable).values,
      reviewTable: readTable(REVIEW_TABLE, row.reviewTable).values,
    },
    correctionNote: row.correctionNote ?? null,
    replacedVersions: replaced.map((version) => ({ version: version.version, url: urls.version(version.version) })),
    csvUrls: { '2': urls.csv('2'), '3': urls.csv('3'), '4': urls.csv('4') },
  };
};
