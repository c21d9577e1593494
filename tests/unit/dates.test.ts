import { chinaLocalDate, numberingYear } from '../../src/domain/dates';

test.each`
  label                         | instant                   | expected
  ${'UTC 下午五点已是北京次日'} | ${'2026-09-30T17:00:00Z'} | ${'2026-10-01'}
  ${'UTC 下午三点仍是当日'}     | ${'2026-09-30T15:59:59Z'} | ${'2026-09-30'}
  ${'跨年'}                     | ${'2026-12-31T16:00:00Z'} | ${'2027-01-01'}
`('chinaLocalDate：$label', ({ instant, expected }) => {
  expect(chinaLocalDate(new Date(instant))).toBe(expected);
});

test.each`
  label                   | issuedAt        | today           | expected
  ${'取成文日期的年份'}   | ${'2021-05-20'} | ${'2026-11-23'} | ${2021}
  ${'无成文日期取今年'}   | ${undefined}    | ${'2026-11-23'} | ${2026}
  ${'成文日期无效取今年'} | ${'去年'}       | ${'2026-11-23'} | ${2026}
`('numberingYear：$label', ({ issuedAt, today, expected }) => {
  expect(numberingYear(issuedAt, today)).toBe(expected);
});
