import { csvDocument, type CsvValue } from '../csv';
import { formatAmount } from './figures';
import {
  APPLICANT_PARTS,
  DISCLOSURE_TABLE,
  OUTCOME_PARTS,
  REQUEST_TABLE,
  RESULT_ROWS,
  REVIEW_TABLE,
  type ColumnSpec,
  type RowSpec,
  type TableSpec,
  type TableValues,
} from './tables';

const RESULTS_HEADING = '三、本年度办理结果';

/** The tables by their number in the template, as the CSV URLs name them (table-2.csv …). */
export const TABLES_BY_NUMBER: Readonly<Record<string, TableSpec>> = {
  '2': DISCLOSURE_TABLE,
  '3': REQUEST_TABLE,
  '4': REVIEW_TABLE,
};

const figureText = (row: RowSpec, value: number | null | undefined): string =>
  value === null || value === undefined ? '' : row.kind === 'amount' ? formatAmount(value) : String(value);

const valueOf = (values: TableValues | null, row: RowSpec, column: ColumnSpec) =>
  figureText(row, values?.[row.key]?.[column.key]);

/** A row's name as one line: its heading, its group and its label (三、本年度办理结果 （三）不予公开 1.属于国家秘密). */
const rowHeading = (spec: TableSpec, row: RowSpec): string =>
  [
    spec === REQUEST_TABLE && (RESULT_ROWS.includes(row) || row.key === 'resultsTotal') ? RESULTS_HEADING : null,
    row.group ?? null,
    row.label,
  ]
    .filter(Boolean)
    .join(' ');

/** One table as CSV: a header row with every column of the template, one line per row, amounts with two decimals. */
export const tableCsv = (spec: TableSpec, values: TableValues | null): string => {
  const columns = spec.rows
    .flatMap((row) => row.columns)
    .filter((column, index, all) => all.findIndex((other) => other.label === column.label) === index);
  const header: CsvValue[] = [`${spec.name} ${spec.title}`, ...columns.map((column) => column.label)];
  return csvDocument([
    header,
    ...spec.rows.map((row) => [
      rowHeading(spec, row),
      ...columns.map((column) =>
        row.columns.some((own) => own.label === column.label) ? valueOf(values, row, column) : null,
      ),
    ]),
  ]);
};

const escapeHtml = (text: string): string =>
  text.replace(
    /[&<>"']/g,
    (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char] ?? char,
  );

/** Rich text as paragraphs: the page shows what the editor wrote, with markup escaped. */
const paragraphs = (text: string | null): string =>
  (text ?? '')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .map((paragraph) => `<p>${escapeHtml(paragraph).replace(/\n/g, '<br>')}</p>`)
    .join('\n');

const td = (row: RowSpec, values: TableValues | null, column: ColumnSpec, colspan = 1) =>
  `<td${colspan > 1 ? ` colspan="${colspan}"` : ''}>${escapeHtml(valueOf(values, row, column))}</td>`;

const rowOf = (spec: TableSpec, key: string) => spec.rows.find((row) => row.key === key) as RowSpec;

/** 表二 as the template lays it out: one block per article of 条例 第二十条, each with its own header. */
const disclosureTableHtml = (values: TableValues | null): string => {
  const blocks = DISCLOSURE_TABLE.rows
    .map((row) => row.group)
    .filter((group, index, all): group is string => Boolean(group) && all.indexOf(group) === index);
  return blocks
    .map((group) => {
      const rows = DISCLOSURE_TABLE.rows.filter((row) => row.group === group);
      const columns = rows[0].columns;
      const span = 3 / columns.length;
      return [
        `<tr><th colspan="4" class="block">${group}</th></tr>`,
        `<tr><th>信息内容</th>${columns.map((c) => `<th colspan="${span}">${c.label}</th>`).join('')}</tr>`,
        ...rows.map(
          (row) => `<tr><td>${row.label}</td>${row.columns.map((c) => td(row, values, c, span)).join('')}</tr>`,
        ),
      ].join('\n');
    })
    .join('\n');
};

const rowCells = (row: RowSpec, values: TableValues | null) => row.columns.map((c) => td(row, values, c)).join('');

/** 表三 with the template's merged headers: 申请人情况 over 自然人 / 法人或其他组织 (five columns) / 总计. */
const requestTableHtml = (values: TableValues | null): string => {
  const head = [
    '<thead>',
    '<tr><th colspan="3" rowspan="3" class="corner">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</th><th colspan="7">申请人情况</th></tr>',
    '<tr><th rowspan="2">自然人</th><th colspan="5">法人或其他组织</th><th rowspan="2">总计</th></tr>',
    `<tr>${APPLICANT_PARTS.slice(1)
      .map((column) => `<th>${column.label.replace('法人或其他组织·', '')}</th>`)
      .join('')}</tr>`,
    '</thead>',
  ];
  const whole = (key: string) => {
    const row = rowOf(REQUEST_TABLE, key);
    return `<tr><th colspan="3" class="item">${row.label}</th>${rowCells(row, values)}</tr>`;
  };
  const resultRows: string[] = [];
  const resultCount = RESULT_ROWS.length + 1;
  RESULT_ROWS.forEach((row, index) => {
    const lead = index === 0 ? `<th rowspan="${resultCount}" class="item">${RESULTS_HEADING}</th>` : '';
    if (!row.group) {
      resultRows.push(`<tr>${lead}<th colspan="2" class="item">${row.label}</th>${rowCells(row, values)}</tr>`);
      return;
    }
    const inGroup = RESULT_ROWS.filter((other) => other.group === row.group);
    const groupLead = inGroup[0] === row ? `<th rowspan="${inGroup.length}" class="item">${row.group}</th>` : '';
    resultRows.push(`<tr>${lead}${groupLead}<th class="item">${row.label}</th>${rowCells(row, values)}</tr>`);
  });
  const total = rowOf(REQUEST_TABLE, 'resultsTotal');
  resultRows.push(`<tr><th colspan="2" class="item">${total.label}</th>${rowCells(total, values)}</tr>`);
  return [
    ...head,
    '<tbody>',
    whole('newApplications'),
    whole('carriedOver'),
    ...resultRows,
    whole('carriedForward'),
    '</tbody>',
  ].join('\n');
};

/** 表四 on one line, as in the template: 行政复议 and 行政诉讼 (未经复议直接起诉 / 复议后起诉), each × five results. */
const reviewTableHtml = (values: TableValues | null): string => {
  const [reconsideration, direct, after] = REVIEW_TABLE.rows;
  const labels = (from: readonly ColumnSpec[]) => from.map((column) => `<th>${column.label}</th>`).join('');
  const outcomeColumns = [...OUTCOME_PARTS, { key: 'total', label: '总计' }];
  return [
    '<thead>',
    '<tr><th colspan="5">行政复议</th><th colspan="10">行政诉讼</th></tr>',
    `<tr>${outcomeColumns.map((c) => `<th rowspan="2">${c.label}</th>`).join('')}<th colspan="5">未经复议直接起诉</th><th colspan="5">复议后起诉</th></tr>`,
    `<tr>${labels(outcomeColumns)}${labels(outcomeColumns)}</tr>`,
    '</thead>',
    `<tbody><tr>${[reconsideration, direct, after].map((row) => rowCells(row, values)).join('')}</tr></tbody>`,
  ].join('\n');
};

export interface PrintableReport {
  documentId: string;
  title: string;
  year: number;
  departmentName: string | null;
  /** China-local date of publication, YYYY-MM-DD */
  publishedOn: string;
  sections: Readonly<Record<string, string | null>>;
  tables: Readonly<Record<'disclosureTable' | 'requestTable' | 'reviewTable', TableValues | null>>;
  correctionNote: string | null;
  replacedVersions: readonly { version: number; url: string }[];
  /** where the CSV of each table is: table number → URL */
  csvUrls: Readonly<Record<string, string>>;
}

const STYLE = `
body { font-family: "Noto Serif CJK SC", "Source Han Serif SC", "SimSun", serif; color: #111; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; line-height: 1.8; }
h1 { text-align: center; font-size: 1.6rem; margin-bottom: .25rem; }
.meta { text-align: center; color: #555; margin-top: 0; }
h2 { font-size: 1.2rem; margin-top: 2rem; }
p { text-indent: 2em; margin: .5rem 0; }
table { border-collapse: collapse; width: 100%; margin: 1rem 0; font-size: .9rem; }
th, td { border: 1px solid #333; padding: .3rem .4rem; text-align: center; }
th { background: #f2f2f2; font-weight: normal; }
th.item { text-align: left; } th.block { background: #e6e6e6; font-weight: bold; }
th.corner { font-size: .8rem; }
td { font-family: "Noto Sans CJK SC", sans-serif; }
.correction { border-left: 4px solid #b00; padding-left: 1rem; }
.downloads a { margin-right: 1rem; }
@page { size: A4; margin: 18mm 15mm; }
@media print {
  body { margin: 0; max-width: none; }
  .no-print { display: none; }
  table { page-break-inside: auto; } tr { page-break-inside: avoid; }
  h2 { page-break-after: avoid; }
}`;

/** The whole report as one page in the template's layout, with a print stylesheet. */
export const reportHtml = (report: PrintableReport): string => {
  const section = (heading: string, key: string, table = '') =>
    `<h2>${heading}</h2>\n${paragraphs(report.sections[key] ?? null)}\n${table}`;
  const correction = report.correctionNote
    ? `<div class="correction"><p>更正说明：${escapeHtml(report.correctionNote)}</p>${
        report.replacedVersions.length > 0
          ? `<p class="no-print">更正前的版本：${report.replacedVersions
              .map((v) => `<a href="${v.url}">第 ${v.version} 版</a>`)
              .join('、')}</p>`
          : ''
      }</div>`
    : '';
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(report.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<article>
<h1>${escapeHtml(report.title)}</h1>
<p class="meta">${escapeHtml(report.departmentName ?? '')} · ${report.publishedOn} 发布</p>
${correction}
<p>本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》（国办公开办函〔2021〕30号）要求编制，报告所列数据的统计期限自${report.year}年1月1日起至${report.year}年12月31日止。</p>
${section('一、总体情况', 'overview')}
${section('二、主动公开政府信息情况', 'proactiveDisclosure', `<table aria-label="表二 主动公开政府信息情况">\n${disclosureTableHtml(report.tables.disclosureTable)}\n</table>`)}
${section('三、收到和处理政府信息公开申请情况', 'requestHandling', `<table aria-label="表三 收到和处理政府信息公开申请情况">\n${requestTableHtml(report.tables.requestTable)}\n</table>`)}
${section('四、政府信息公开行政复议、行政诉讼情况', 'reviewAndLitigation', `<table aria-label="表四 政府信息公开行政复议、行政诉讼情况">\n${reviewTableHtml(report.tables.reviewTable)}\n</table>`)}
${section('五、存在的主要问题及改进情况', 'problemsAndImprovements')}
${section('六、其他需要报告的事项', 'otherMatters')}
<p class="downloads no-print">下载表格（CSV）：${Object.entries(report.csvUrls)
    .map(([number, url]) => `<a href="${url}">${TABLES_BY_NUMBER[number].name}</a>`)
    .join('')}（打印请使用浏览器的打印功能，打印时不含本行）</p>
</article>
</body>
</html>
`;
};
