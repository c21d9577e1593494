import { chinaDayStart, rateWindowAt, secondsUntilChinaMidnight } from '../../../src/domain/decisions/rate-limit';

describe('rateWindowAt：固定时间窗口与 Retry-After', () => {
  test.each`
    now                           | seconds | retryAfter | desc
    ${'2026-11-30T00:00:00.000Z'} | ${600}  | ${600}     | ${'窗口开始'}
    ${'2026-11-30T00:09:59.500Z'} | ${600}  | ${1}       | ${'窗口最后半秒，至少 1 秒'}
    ${'2026-11-30T00:05:00.000Z'} | ${600}  | ${300}     | ${'窗口中间'}
  `('$desc：$retryAfter 秒', ({ now, seconds, retryAfter }) => {
    expect(rateWindowAt(Date.parse(now), seconds).retryAfterSeconds).toBe(retryAfter);
  });

  test('同一窗口内编号相同，下一窗口加一', () => {
    const a = rateWindowAt(Date.parse('2026-11-30T00:00:01Z'), 600).windowStart;
    expect(rateWindowAt(Date.parse('2026-11-30T00:09:59Z'), 600).windowStart).toBe(a);
    expect(rateWindowAt(Date.parse('2026-11-30T00:10:00Z'), 600).windowStart).toBe(a + 1);
  });
});

describe('北京时间的一天', () => {
  test.each`
    now                           | dayStart                      | untilMidnight | desc
    ${'2026-11-30T15:59:59.000Z'} | ${'2026-11-29T16:00:00.000Z'} | ${1}          | ${'北京时间 23:59:59'}
    ${'2026-11-30T16:00:00.000Z'} | ${'2026-11-30T16:00:00.000Z'} | ${86400}      | ${'北京时间 0 时（UTC 仍是 30 日）'}
    ${'2026-11-30T04:00:00.000Z'} | ${'2026-11-29T16:00:00.000Z'} | ${43200}      | ${'北京时间正午'}
  `('$desc', ({ now, dayStart, untilMidnight }) => {
    expect(chinaDayStart(Date.parse(now)).toISOString()).toBe(dayStart);
    expect(secondsUntilChinaMidnight(Date.parse(now))).toBe(untilMidnight);
  });
});
