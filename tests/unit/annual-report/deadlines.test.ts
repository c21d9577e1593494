import { reportDeadline, reportDueOn } from '../../../src/domain/annual-report/deadlines';

test.each`
  label               | level                  | year    | expected
  ${'区政府'}         | ${'government'}        | ${2025} | ${'2026-03-31'}
  ${'政府办公室'}     | ${'government_office'} | ${2025} | ${'2026-01-31'}
  ${'政府工作部门'}   | ${'department'}        | ${2025} | ${'2026-01-31'}
  ${'街道'}           | ${'subdistrict'}       | ${2024} | ${'2025-01-31'}
  ${'未设层级按部门'} | ${null}                | ${2025} | ${'2026-01-31'}
`('reportDueOn：$label $year 年度报告 → $expected', ({ level, year, expected }) => {
  expect(reportDueOn(level, year)).toBe(expected);
});

test.each`
  label                           | dueOn           | publishedOn     | today           | state        | daysLate
  ${'期限前发布'}                 | ${'2026-01-31'} | ${'2026-01-20'} | ${'2026-11-30'} | ${'on_time'} | ${0}
  ${'期限当天发布'}               | ${'2026-01-31'} | ${'2026-01-31'} | ${'2026-11-30'} | ${'on_time'} | ${0}
  ${'逾期 3 天发布'}              | ${'2026-01-31'} | ${'2026-02-03'} | ${'2026-11-30'} | ${'late'}    | ${3}
  ${'未发布、未到期限'}           | ${'2026-03-31'} | ${null}         | ${'2026-03-31'} | ${'not_due'} | ${0}
  ${'未发布、已逾期（跨闰二月）'} | ${'2028-01-31'} | ${null}         | ${'2028-03-01'} | ${'overdue'} | ${30}
  ${'未发布、逾期 303 天'}        | ${'2026-01-31'} | ${null}         | ${'2026-11-30'} | ${'overdue'} | ${303}
`('reportDeadline：$label', ({ dueOn, publishedOn, today, state, daysLate }) => {
  expect(reportDeadline(dueOn, publishedOn, today)).toEqual({ dueOn, publishedOn, state, daysLate });
});
