import {
  evaluateReportInput,
  evaluateReportPublish,
  type ReportFacts,
} from '../../../src/domain/annual-report/evaluate';
import { formatAmount, isAmount, readTable } from '../../../src/domain/annual-report/figures';
import { reportContent } from '../../../src/domain/annual-report/versions';
import { blankTables, DISCLOSURE_TABLE } from '../../../src/domain/annual-report/tables';
import { VALID_REQUEST_TABLE, validReportTables } from '../../helpers/annual-report-tables';

const TODAY = '2026-11-30';

type Tables = ReturnType<typeof validReportTables>;
type Edit = (tables: Tables) => void;

/** A valid 2025 report, changed by `edit` (which receives fresh copies of the tables). */
const report = (edit: Edit = () => {}, overrides: Partial<ReportFacts> = {}): ReportFacts => {
  const tables = validReportTables();
  edit(tables);
  const content = reportContent({ title: '清河区教育局2025年政府信息公开工作年度报告', year: 2025, ...tables });
  return { year: 2025, content, correctionNote: null, published: null, duplicate: null, previous: null, ...overrides };
};

const reason = (code: string, message: string, path: string[]) => ({ code, message, path });

test('一份数字齐全、各项相加一致的报告可以发布', () => {
  expect(evaluateReportPublish(report(), TODAY)).toEqual([]);
  expect(evaluateReportInput(report())).toEqual([]);
});

describe('表三 运算关系：每一处不符是一条原因，写明单元格和两边的数，一次列出', () => {
  test.each`
    label                                            | edit                                                                                                                                                            | expected
    ${'某行的总计不等于各栏之和'}                    | ${(t: Tables) => (t.requestTable.disclosed.total = 16)}                                                                                                         | ${[reason('REPORT_TOTAL_MISMATCH', '表三 予以公开：自然人与法人或其他组织各栏之和（17）≠ 总计（16）', ['requestTable', 'disclosed', 'total']), reason('REPORT_TOTAL_MISMATCH', '表三 总计：办理结果（一）至（六）各项之和（36）≠ （七）总计（37）', ['requestTable', 'resultsTotal', 'total'])]}
    ${'某栏（七）总计不等于办理结果各项之和'}        | ${(t: Tables) => (t.requestTable.withheldThirdParty.naturalPerson = 3)}                                                                                         | ${[reason('REPORT_TOTAL_MISMATCH', '表三 不予公开·保护第三方合法权益：自然人与法人或其他组织各栏之和（3）≠ 总计（2）', ['requestTable', 'withheldThirdParty', 'total']), reason('REPORT_TOTAL_MISMATCH', '表三 自然人：办理结果（一）至（六）各项之和（30）≠ （七）总计（29）', ['requestTable', 'resultsTotal', 'naturalPerson'])]}
    ${'商业企业一栏：新收 + 结转 ≠ 办结 + 结转下年'} | ${(t: Tables) => ((t.requestTable.carriedForward.commercialEnterprise = 0), (t.requestTable.carriedForward.total = 4))}                                         | ${[reason('REPORT_BALANCE_MISMATCH', '表三 法人或其他组织·商业企业：本年新收 + 上年结转（6）≠ 办理结果总计 + 结转下年度（5）', ['requestTable', 'carriedForward', 'commercialEnterprise']), reason('REPORT_BALANCE_MISMATCH', '表三 总计：本年新收 + 上年结转（42）≠ 办理结果总计 + 结转下年度（41）', ['requestTable', 'carriedForward', 'total'])]}
    ${'同时有行、栏、平衡三类错误（总计栏仍平衡）'}  | ${(t: Tables) => ((t.requestTable.newApplications.total = 40), (t.requestTable.resultsTotal.legalServiceAgency = 3), (t.requestTable.resultsTotal.total = 38))} | ${[reason('REPORT_TOTAL_MISMATCH', '表三 本年新收：自然人与法人或其他组织各栏之和（39）≠ 总计（40）', ['requestTable', 'newApplications', 'total']), reason('REPORT_TOTAL_MISMATCH', '表三 法人或其他组织·法律服务机构：办理结果（一）至（六）各项之和（2）≠ （七）总计（3）', ['requestTable', 'resultsTotal', 'legalServiceAgency']), reason('REPORT_TOTAL_MISMATCH', '表三 总计：办理结果（一）至（六）各项之和（37）≠ （七）总计（38）', ['requestTable', 'resultsTotal', 'total']), reason('REPORT_BALANCE_MISMATCH', '表三 法人或其他组织·法律服务机构：本年新收 + 上年结转（3）≠ 办理结果总计 + 结转下年度（4）', ['requestTable', 'carriedForward', 'legalServiceAgency'])]}
  `('$label', ({ edit, expected }) => {
    expect(evaluateReportPublish(report(edit), TODAY)).toEqual(expected);
  });
});

describe('表四：每行总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结', () => {
  test.each`
    label                       | edit                                                                           | expected
    ${'行政复议总计少算'}       | ${(t: Tables) => (t.reviewTable.reconsideration.total = 3)}                    | ${[reason('REPORT_TOTAL_MISMATCH', '表四 行政复议：结果维持 + 结果纠正 + 其他结果 + 尚未审结（4）≠ 总计（3）', ['reviewTable', 'reconsideration', 'total'])]}
    ${'复议后起诉有结果无总计'} | ${(t: Tables) => (t.reviewTable.litigationAfterReconsideration.corrected = 1)} | ${[reason('REPORT_TOTAL_MISMATCH', '表四 行政诉讼·复议后起诉：结果维持 + 结果纠正 + 其他结果 + 尚未审结（1）≠ 总计（0）', ['reviewTable', 'litigationAfterReconsideration', 'total'])]}
  `('$label', ({ edit, expected }) => {
    expect(evaluateReportPublish(report(edit), TODAY)).toEqual(expected);
  });
});

describe('数字本身：非负整数，金额最多两位小数；保存草稿时即拒绝', () => {
  test.each`
    label               | edit                                                                                           | expected
    ${'负数'}           | ${(t: Tables) => (t.requestTable.newApplications.naturalPerson = -1 as number)}                | ${[reason('REPORT_FIGURE_INVALID', '表三 本年新收·自然人：须为不小于 0 的整数（当前为“-1”）', ['requestTable', 'newApplications', 'naturalPerson'])]}
    ${'小数件数'}       | ${(t: Tables) => (t.disclosureTable.normativeDocuments.issued = 4.5)}                          | ${[reason('REPORT_FIGURE_INVALID', '表二 行政规范性文件·本年制发件数：须为不小于 0 的整数（当前为“4.5”）', ['disclosureTable', 'normativeDocuments', 'issued'])]}
    ${'文字'}           | ${(t: Tables) => ((t.reviewTable.reconsideration as Record<string, unknown>).pending = '一')}  | ${[reason('REPORT_FIGURE_INVALID', '表四 行政复议·尚未审结：须为不小于 0 的整数（当前为“一”）', ['reviewTable', 'reconsideration', 'pending'])]}
    ${'数字写成字符串'} | ${(t: Tables) => ((t.disclosureTable.licensing as Record<string, unknown>).decisions = '312')} | ${[reason('REPORT_FIGURE_INVALID', '表二 行政许可·本年处理决定数量：须为不小于 0 的整数（当前为“312”）', ['disclosureTable', 'licensing', 'decisions'])]}
    ${'金额三位小数'}   | ${(t: Tables) => (t.disclosureTable.fees.amount = 12.345)}                                     | ${[reason('REPORT_AMOUNT_INVALID', '表二 行政事业性收费·本年收费金额（单位：万元）：须为不小于 0、最多两位小数的金额（当前为“12.345”）', ['disclosureTable', 'fees', 'amount'])]}
    ${'金额为负'}       | ${(t: Tables) => (t.disclosureTable.fees.amount = -0.01)}                                      | ${[reason('REPORT_AMOUNT_INVALID', '表二 行政事业性收费·本年收费金额（单位：万元）：须为不小于 0、最多两位小数的金额（当前为“-0.01”）', ['disclosureTable', 'fees', 'amount'])]}
    ${'模板中没有的行'} | ${(t: Tables) => ((t.requestTable as Record<string, unknown>).appeals = { total: 1 })}         | ${[reason('REPORT_CELL_UNKNOWN', '表三 收到和处理政府信息公开申请情况：模板中没有“appeals”这一行', ['requestTable', 'appeals'])]}
    ${'模板中没有的栏'} | ${(t: Tables) => ((t.reviewTable.reconsideration as Record<string, unknown>).withdrawn = 1)}   | ${[reason('REPORT_CELL_UNKNOWN', '表四 行政复议：模板中没有“withdrawn”这一栏', ['reviewTable', 'reconsideration', 'withdrawn'])]}
    ${'整张表写成文字'} | ${(t: Tables) => ((t as Record<string, unknown>).reviewTable = '无')}                          | ${[reason('REPORT_TABLE_INVALID', '表四 政府信息公开行政复议、行政诉讼情况：须按模板逐行逐栏填写（行 → 栏目 → 数字），不能是文字或列表', ['reviewTable'])]}
  `('$label', ({ edit, expected }) => {
    expect(evaluateReportInput(report(edit))).toEqual(expected);
    expect(evaluateReportPublish(report(edit), TODAY)).toEqual(expected);
  });
});

describe('发布时每一格都要填写（没有的事项填 0）', () => {
  test.each`
    label             | edit                                                                                                   | expected
    ${'表四整张未填'} | ${(t: Tables) => ((t as Record<string, unknown>).reviewTable = blankTables().reviewTable)}             | ${[reason('REPORT_TABLE_MISSING', '表四 政府信息公开行政复议、行政诉讼情况：尚未填写，没有发生的事项请填 0', ['reviewTable'])]}
    ${'表二缺少整张'} | ${(t: Tables) => delete (t as Partial<Tables>).disclosureTable}                                        | ${[reason('REPORT_TABLE_MISSING', '表二 主动公开政府信息情况：尚未填写，没有发生的事项请填 0', ['disclosureTable'])]}
    ${'表三漏填一格'} | ${(t: Tables) => ((t.requestTable.carriedOver as Record<string, unknown>).researchInstitution = null)} | ${[reason('REPORT_FIGURE_MISSING', '表三 上年结转·法人或其他组织·科研机构：尚未填写，没有发生的事项请填 0', ['requestTable', 'carriedOver', 'researchInstitution'])]}
  `('$label', ({ edit, expected }) => {
    expect(evaluateReportInput(report(edit))).toEqual([]);
    expect(evaluateReportPublish(report(edit), TODAY)).toEqual(expected);
  });
});

describe('年度与唯一性', () => {
  test.each`
    label               | year    | today           | expected
    ${'上一年度'}       | ${2025} | ${'2026-01-01'} | ${[]}
    ${'本年度尚未结束'} | ${2026} | ${'2026-12-31'} | ${[reason('REPORT_YEAR_NOT_PAST', '2026年尚未结束，年度报告只能在报告年度结束后发布', ['year'])]}
    ${'将来的年度'}     | ${2027} | ${TODAY}        | ${[reason('REPORT_YEAR_NOT_PAST', '2027年尚未结束，年度报告只能在报告年度结束后发布', ['year'])]}
  `('$label', ({ year, today, expected }) => {
    expect(evaluateReportPublish(report(undefined, { year }), today)).toEqual(expected);
  });

  test('同一部门同一年度已有报告：保存和发布都拒绝', () => {
    const facts = report(undefined, {
      duplicate: { departmentName: '清河区教育局', title: '清河区教育局2025年政府信息公开工作年度报告' },
    });
    const expected = [
      reason(
        'REPORT_DUPLICATE',
        '清河区教育局已有2025年度报告《清河区教育局2025年政府信息公开工作年度报告》，每个部门每年只有一份年度报告；需要更正时请修改该报告后重新发布',
        ['year'],
      ),
    ];
    expect(evaluateReportInput(facts)).toEqual(expected);
    expect(evaluateReportPublish(facts, TODAY)).toEqual(expected);
  });
});

describe('上年结转 = 上一年度报告的结转下年度（逐栏）', () => {
  const previousWith = (edit: (table: typeof VALID_REQUEST_TABLE) => void) => {
    const table = structuredClone(VALID_REQUEST_TABLE);
    edit(table);
    return { year: 2024, requestTable: table };
  };
  test.each`
    label                         | previous                                                                                                                                                                             | expected
    ${'没有上一年度报告'}         | ${null}                                                                                                                                                                              | ${[]}
    ${'上年结转与上年报告一致'}   | ${previousWith((t) => ((t.carriedForward.naturalPerson = 2), (t.carriedForward.commercialEnterprise = 0), (t.carriedForward.legalServiceAgency = 1), (t.carriedForward.total = 3)))} | ${[]}
    ${'自然人一栏不一致'}         | ${previousWith((t) => ((t.carriedForward.naturalPerson = 4), (t.carriedForward.commercialEnterprise = 0), (t.carriedForward.legalServiceAgency = 1), (t.carriedForward.total = 5)))} | ${[reason('REPORT_CARRY_OVER_MISMATCH', '表三 自然人：上年结转（2）≠ 2024年度报告的结转下年度（4）', ['requestTable', 'carriedOver', 'naturalPerson']), reason('REPORT_CARRY_OVER_MISMATCH', '表三 总计：上年结转（3）≠ 2024年度报告的结转下年度（5）', ['requestTable', 'carriedOver', 'total'])]}
    ${'上年报告表三不完整时不比'} | ${{ year: 2024, requestTable: null }}                                                                                                                                                | ${[]}
  `('$label', ({ previous, expected }) => {
    expect(evaluateReportPublish(report(undefined, { previous }), TODAY)).toEqual(expected);
  });
});

describe('金额：两位小数与浮点数', () => {
  test.each`
    label                         | value            | valid    | shown
    ${'整数'}                     | ${12}            | ${true}  | ${'12.00'}
    ${'一位小数'}                 | ${12.5}          | ${true}  | ${'12.50'}
    ${'两位小数'}                 | ${0.07}          | ${true}  | ${'0.07'}
    ${'0.1 + 0.2 的浮点误差'}     | ${0.1 + 0.2}     | ${true}  | ${'0.30'}
    ${'1.005 在二进制下仍是两位'} | ${1.005 - 0.005} | ${true}  | ${'1.00'}
    ${'三位小数'}                 | ${0.125}         | ${false} | ${''}
    ${'零'}                       | ${0}             | ${true}  | ${'0.00'}
    ${'无穷大'}                   | ${Infinity}      | ${false} | ${''}
  `('$label', ({ value, valid, shown }) => {
    expect(isAmount(value)).toBe(valid);
    const read = readTable(DISCLOSURE_TABLE, { ...validReportTables().disclosureTable, fees: { amount: value } });
    const stored = read.values?.fees.amount ?? null;
    expect(stored === null ? '' : formatAmount(stored)).toBe(shown);
  });

  test('存储的是最接近的分：0.1 + 0.2 存为 0.3', () => {
    const read = readTable(DISCLOSURE_TABLE, { ...validReportTables().disclosureTable, fees: { amount: 0.1 + 0.2 } });
    expect(read.values?.fees.amount).toBe(0.3);
  });
});

describe('更正已发布的报告：须写本次的更正说明', () => {
  const published = report();
  const publishedVersion = (correctionNote: string | null) => ({ content: published.content, correctionNote });
  const corrected = reportContent({ ...published.content, otherMatters: '补充：本年度未收取信息处理费。' });
  const missing = [
    reason('REPORT_CORRECTION_NOTE_MISSING', '该报告已经发布，更正后重新发布须在“更正说明”中写明本次更正的内容和原因', [
      'correctionNote',
    ]),
  ];
  test.each`
    label                       | publishedNote     | content                                                                                                                                | note                      | expected
    ${'首次发布'}               | ${undefined}      | ${published.content}                                                                                                                   | ${null}                   | ${[]}
    ${'内容未变，重新发布'}     | ${null}           | ${published.content}                                                                                                                   | ${null}                   | ${[]}
    ${'内容有变，没有说明'}     | ${null}           | ${corrected}                                                                                                                           | ${'  '}                   | ${missing}
    ${'沿用上次的说明'}         | ${'更正表三数字'} | ${corrected}                                                                                                                           | ${'更正表三数字'}         | ${missing}
    ${'写明本次更正'}           | ${'更正表三数字'} | ${corrected}                                                                                                                           | ${'补充第六部分收费情况'} | ${[]}
    ${'表格键顺序不同不算更正'} | ${null}           | ${reportContent({ ...published.content, reviewTable: Object.fromEntries(Object.entries(validReportTables().reviewTable).reverse()) })} | ${null}                   | ${[]}
  `('$label', ({ publishedNote, content, note, expected }) => {
    const facts = report(undefined, {
      content,
      correctionNote: note,
      published: publishedNote === undefined ? null : publishedVersion(publishedNote),
    });
    expect(evaluateReportPublish(facts, TODAY)).toEqual(expected);
  });
});
