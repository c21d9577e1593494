import { errors } from '@strapi/utils';
import type { Reason } from '../domain/reasons';
import type { RequestProblem } from '../domain/requests/body-limits';

/**
 * How a refusal answers: 400 for a rule or input, 403 for an action nobody may take, 404 for what is not
 * there, 413 for a request body over the size limit, 429 for a client over its limit.
 */
export type RefusalStatus = 400 | 403 | 404 | 413 | 429;

const errorOfStatus = (status: RefusalStatus, message: string, details: Record<string, unknown>) => {
  if (status === 403) return new errors.ForbiddenError(message, details);
  if (status === 404) return new errors.NotFoundError(message, details);
  if (status === 413) return new errors.PayloadTooLargeError(message, details);
  if (status === 429) return new errors.RateLimitError(message, details);
  return new errors.ValidationError(message, details);
};

export interface RefusalOptions {
  status?: RefusalStatus;
  /** put before the joined messages (批量发布未执行，以下文件不能发布：) */
  heading?: string;
  /**
   * Also answer `details.code`, the first reason's code: only where the public API contract (OpenAPI)
   * documents it.
   */
  withContractCode?: boolean;
  /** more details after the reasons (a rate limit's `retryAfterSeconds`) */
  also?: Record<string, unknown>;
}

/**
 * The one refusal shape: `error.message` joins every reason's message (the admin shows it in its
 * notification), `details.reasons` lists them all with their codes. Reasons about a field (`path`) are
 * repeated in Strapi's own `details.errors`, which the admin's edit form reads to show each message
 * under its field.
 */
export const refusal = (reasons: readonly Reason[], options: RefusalOptions = {}) => {
  const { status = 400, heading = '', withContractCode = false, also = {} } = options;
  const onFields = reasons.filter((reason) => reason.path !== undefined);
  return errorOfStatus(status, `${heading}${reasons.map((reason) => reason.message).join('；')}`, {
    ...(withContractCode && reasons.length > 0 ? { code: reasons[0].code } : {}),
    reasons,
    ...(onFields.length > 0
      ? { errors: onFields.map(({ path, message }) => ({ path, message, name: 'ValidationError' })) }
      : {}),
    ...also,
  });
};

/** A request refused before any route sees it: 413 for a body over the size limit, else 400. */
export const requestRefused = (problem: RequestProblem) =>
  refusal([problem], { status: problem.code === 'BODY_TOO_LARGE' ? 413 : 400 });
