/** Whitespace does not make two comments different. */
export const normalizedCommentContent = (content: string): string => content.replace(/\s+/gu, ' ').trim();

/** 回执编号: YJ, the China date and random hex, e.g. YJ20261130-3F9A0C1B. */
export const receiptNumber = (today: string, randomHex: string): string =>
  `YJ${today.replaceAll('-', '')}-${randomHex.toUpperCase()}`;
