/**
 * A version of a report that a correction replaced, as it was published; the whole report as a
 * printable page; and each table as CSV (table-2.csv, table-3.csv, table-4.csv).
 */
export default {
  type: 'content-api',
  routes: [
    {
      method: 'GET',
      path: '/annual-reports/:id/versions/:version',
      handler: 'api::annual-report.annual-report.version',
    },
    { method: 'GET', path: '/annual-reports/:id/print', handler: 'api::annual-report.annual-report.print' },
    {
      method: 'GET',
      path: '/annual-reports/:id/table-:table.csv',
      handler: 'api::annual-report.annual-report.tableCsv',
    },
  ],
};
