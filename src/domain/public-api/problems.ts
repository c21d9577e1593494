/** Why the public API refuses a request: a stable code (clients key on it) and a Chinese message. */
export type PublicApiCode =
  | 'INVALID_PAGINATION'
  | 'INVALID_SORT'
  | 'INVALID_FILTER'
  | 'INVALID_KEYWORD'
  | 'INVALID_QUERY'
  | 'NOT_FOUND'
  | 'INVALID_BODY'
  | 'DECISION_ITEM_NOT_FOUND'
  | 'CONSULTATION_CLOSED'
  | 'CONTENT_REQUIRED'
  | 'CONTENT_TOO_LONG'
  | 'CONTENT_TOO_SHORT'
  | 'CONTENT_NOT_TEXT'
  | 'CONTENT_HAS_MARKUP'
  | 'INVALID_CONTACT'
  | 'DUPLICATE_COMMENT'
  | 'RATE_LIMITED'
  | 'DAILY_LIMIT_REACHED';

export interface Problem {
  code: PublicApiCode;
  message: string;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: Problem };

export const refuse = <T>(code: PublicApiCode, message: string): Parsed<T> => ({
  ok: false,
  problem: { code, message },
});

export const NOT_FOUND: Problem = { code: 'NOT_FOUND', message: '未找到该内容，或该内容未公开' };
