import { consultationDays, isWindowOpenAt, isWindowOpenOn } from '../../../src/domain/decisions/consultation';

const window = { start: '2026-03-01', end: '2026-03-31' };

describe('征求意见窗口：首日 0 时至末日 24 时（北京时间）', () => {
  test.each`
    instant                       | expected | desc
    ${'2026-02-28T15:59:59.999Z'} | ${false} | ${'开始前一刻（北京时间 2 月 28 日 23:59:59）'}
    ${'2026-02-28T16:00:00.000Z'} | ${true}  | ${'首日 0 时（UTC 仍是 2 月 28 日）'}
    ${'2026-03-15T04:00:00.000Z'} | ${true}  | ${'期间'}
    ${'2026-03-31T15:59:59.999Z'} | ${true}  | ${'末日 23:59:59'}
    ${'2026-03-31T16:00:00.000Z'} | ${false} | ${'末日 24 时（北京时间 4 月 1 日 0 时）'}
    ${'2026-04-02T00:00:00.000Z'} | ${false} | ${'截止后'}
  `('$instant：$expected（$desc）', ({ instant, expected }) => {
    expect(isWindowOpenAt(window, new Date(instant))).toBe(expected);
  });

  test.each`
    today           | expected | desc
    ${'2026-02-28'} | ${false} | ${'开始前一日'}
    ${'2026-03-01'} | ${true}  | ${'首日'}
    ${'2026-03-31'} | ${true}  | ${'末日'}
    ${'2026-04-01'} | ${false} | ${'截止次日'}
  `('$today：$expected（$desc）', ({ today, expected }) => {
    expect(isWindowOpenOn(window, today)).toBe(expected);
    expect(isWindowOpenOn({ start: null, end: '2026-03-31' }, today)).toBe(false);
  });

  test.each`
    start           | end             | days  | desc
    ${'2026-03-01'} | ${'2026-03-30'} | ${30} | ${'首尾两日都计入'}
    ${'2026-02-01'} | ${'2026-03-02'} | ${30} | ${'跨二月'}
    ${'2026-03-01'} | ${'2026-03-01'} | ${1}  | ${'一天'}
  `('$start 至 $end 共 $days 日（$desc）', ({ start, end, days }) => {
    expect(consultationDays(start, end)).toBe(days);
  });
});
