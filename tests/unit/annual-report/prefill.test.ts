import {
  mergePrefill,
  normativeDocumentFigures,
  overviewParagraph,
  type NormativeDocument,
} from '../../../src/domain/annual-report/prefill';

const doc = (issuedAt: string | null, validity = 'in_force', expiresAt: string | null = null): NormativeDocument => ({
  issuedAt,
  validity,
  expiresAt,
});

describe('normativeDocumentFigures：表二 行政规范性文件（2025 年度）', () => {
  test.each`
    label                              | documents                                        | expected
    ${'本年印发、有效'}                | ${[doc('2025-03-10')]}                           | ${{ issued: 1, repealed: 0, inForce: 1 }}
    ${'本年印发、本年废止'}            | ${[doc('2025-06-01', 'repealed', '2025-11-30')]} | ${{ issued: 1, repealed: 1, inForce: 0 }}
    ${'往年印发、本年废止'}            | ${[doc('2022-01-01', 'repealed', '2025-02-01')]} | ${{ issued: 0, repealed: 1, inForce: 0 }}
    ${'往年已废止'}                    | ${[doc('2021-04-01', 'repealed', '2024-12-31')]} | ${{ issued: 0, repealed: 0, inForce: 0 }}
    ${'已修订、下一年才失效'}          | ${[doc('2024-09-09', 'amended', '2026-06-30')]}  | ${{ issued: 0, repealed: 0, inForce: 1 }}
    ${'12 月 31 日失效：年底已不有效'} | ${[doc('2024-01-01', 'in_force', '2025-12-31')]} | ${{ issued: 0, repealed: 0, inForce: 0 }}
    ${'已废止而无失效日期'}            | ${[doc('2020-01-01', 'repealed')]}               | ${{ issued: 0, repealed: 0, inForce: 0 }}
    ${'下一年印发'}                    | ${[doc('2026-01-05')]}                           | ${{ issued: 0, repealed: 0, inForce: 0 }}
    ${'没有成文日期'}                  | ${[doc(null)]}                                   | ${{ issued: 0, repealed: 0, inForce: 0 }}
  `('$label', ({ documents, expected }) => {
    expect(normativeDocumentFigures(documents, 2025)).toEqual(expected);
  });
});

describe('overviewParagraph：一 总体情况', () => {
  const activity = {
    year: 2025,
    departmentName: '清河区教育局',
    documents: 12,
    normativeDocuments: 3,
    interpretationsByForm: { press_qa: 1, text_reading: 4, infographic: 2 },
    decisions: [{ title: '学区划分调整', stage: 'public_consultation' }],
  };
  test.each`
    label                       | overrides                                       | expected
    ${'解读按形式表的顺序列出'} | ${{}}                                           | ${'2025年，清河区教育局在政府网站主动公开政策文件12件，其中行政规范性文件3件；发布政策解读7件，其中文字解读4件、图表图解2件、答记者问1件。列入本年度重大行政决策目录的事项1项：《学区划分调整》（公开征求意见）。'}
    ${'没有解读、没有决策事项'} | ${{ interpretationsByForm: {}, decisions: [] }} | ${'2025年，清河区教育局在政府网站主动公开政策文件12件，其中行政规范性文件3件；发布政策解读0件。本年度无列入重大行政决策目录的事项。'}
  `('$label', ({ overrides, expected }) => {
    expect(overviewParagraph({ ...activity, ...overrides })).toBe(expected);
  });
});

describe('mergePrefill：不经确认不覆盖编辑填写的内容', () => {
  const prefill = { normativeDocuments: { issued: 2, repealed: 1, inForce: 9 }, overview: '系统统计的总体情况。' };
  const table = (normativeDocuments: Record<string, number | null>) => ({
    rules: { issued: 0, repealed: 0, inForce: 0 },
    normativeDocuments,
  });
  test.each`
    label                 | stored                                                                                                  | overwrite | applied                                          | conflicts
    ${'空白处全部填入'}   | ${{ disclosureTable: null, overview: null }}                                                            | ${false}  | ${['issued', 'repealed', 'inForce', 'overview']} | ${[]}
    ${'相同的不动'}       | ${{ disclosureTable: table({ issued: 2, repealed: 1, inForce: 9 }), overview: '系统统计的总体情况。' }} | ${false}  | ${[]}                                            | ${[]}
    ${'不同的保留并列出'} | ${{ disclosureTable: table({ issued: 3, repealed: null, inForce: 9 }), overview: '我写的。' }}          | ${false}  | ${['repealed']}                                  | ${['issued', 'overview']}
    ${'确认后覆盖'}       | ${{ disclosureTable: table({ issued: 3, repealed: null, inForce: 9 }), overview: '我写的。' }}          | ${true}   | ${['issued', 'repealed', 'overview']}            | ${[]}
  `('$label', ({ stored, overwrite, applied, conflicts }) => {
    const merge = mergePrefill(stored, prefill, overwrite);
    expect(merge.applied.map((item) => item.path[item.path.length - 1])).toEqual(applied);
    expect(merge.conflicts.map((item) => item.path[item.path.length - 1])).toEqual(conflicts);
  });

  test('写回时保留表二的其他行', () => {
    const merge = mergePrefill(
      { disclosureTable: table({ issued: null, repealed: 1, inForce: 9 }), overview: '系统统计的总体情况。' },
      prefill,
      false,
    );
    expect(merge.data).toEqual({ disclosureTable: table({ issued: 2, repealed: 1, inForce: 9 }) });
  });
});
