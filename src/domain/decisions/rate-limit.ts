/** A fixed window of `seconds`, identified by its number since the epoch, and the wait until it ends. */
export interface RateWindow {
  windowStart: number;
  retryAfterSeconds: number;
}

export const rateWindowAt = (nowMs: number, seconds: number): RateWindow => {
  const length = seconds * 1000;
  const windowStart = Math.floor(nowMs / length);
  return { windowStart, retryAfterSeconds: Math.max(1, Math.ceil(((windowStart + 1) * length - nowMs) / 1000)) };
};

const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The instant the current China calendar day began (00:00 Asia/Shanghai). */
export const chinaDayStart = (nowMs: number): Date =>
  new Date(Math.floor((nowMs + CHINA_OFFSET_MS) / DAY_MS) * DAY_MS - CHINA_OFFSET_MS);

/** Seconds until the next China midnight, at least 1. */
export const secondsUntilChinaMidnight = (nowMs: number): number =>
  Math.max(1, Math.ceil((chinaDayStart(nowMs).getTime() + DAY_MS - nowMs) / 1000));
