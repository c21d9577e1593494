import type { Core } from '@strapi/strapi';
import { BODY_LIMITS, BODY_PROBLEMS, checkContentType, type RequestProblem } from '../domain/requests/body-limits';
import { requestRefused } from '../services/refusal';

/** Errors of the body parsers (raw-body's `type`, formidable's `httpCode`), which Strapi answers with 500. */
const parseProblem = (error: unknown): RequestProblem | null => {
  if (typeof error !== 'object' || error === null) return null;
  const { type, httpCode, status } = error as { type?: unknown; httpCode?: unknown; status?: unknown };
  if (type === 'entity.too.large') return BODY_PROBLEMS.tooLarge(BODY_LIMITS.jsonBytes);
  // co-body rethrows JSON.parse's SyntaxError with status 400.
  if (type === 'entity.parse.failed' || (error instanceof SyntaxError && status === 400)) {
    return BODY_PROBLEMS.invalidJson();
  }
  if (typeof httpCode === 'number' && httpCode !== 413) return BODY_PROBLEMS.invalidMultipart();
  return null;
};

/**
 * Before `strapi::body`: a multipart request without a boundary is refused before any parser sees it,
 * and the parsers' own errors become a Chinese reason with a code instead of a 500.
 */
const bodyParseGuard: Core.MiddlewareFactory = () => async (ctx, next) => {
  const problem = checkContentType(ctx.get('content-type'));
  if (problem) throw requestRefused(problem);
  try {
    await next();
  } catch (error) {
    const parsed = parseProblem(error);
    throw parsed ? requestRefused(parsed) : error;
  }
};

export default bodyParseGuard;
