/** China local (Asia/Shanghai, UTC+8 all year, no DST) calendar date of an instant, as YYYY-MM-DD. */
export const chinaLocalDate = (instant: Date): string =>
  new Date(instant.getTime() + 8 * 60 * 60 * 1000).toISOString().slice(0, 10);

/** The year an index number belongs to: that of 成文日期 when known, else of the local date today. */
export const numberingYear = (issuedAt: unknown, today: string): number => {
  const source = typeof issuedAt === 'string' && /^\d{4}-\d{2}-\d{2}/.test(issuedAt) ? issuedAt : today;
  return Number(source.slice(0, 4));
};
