import type { Core } from '@strapi/strapi';
import { BODY_PROBLEMS, checkBodyShape } from '../domain/requests/body-limits';
import { requestRefused } from '../services/refusal';

const WRITES = ['POST', 'PUT', 'PATCH', 'DELETE'];

/**
 * After `strapi::body`: a text body where JSON is expected, a body nested deeper or with a longer list
 * than BODY_LIMITS allows are refused before any route, validator or query sees them.
 */
const bodyShapeGuard: Core.MiddlewareFactory = () => async (ctx, next) => {
  if (WRITES.includes(ctx.method)) {
    const body: unknown = ctx.request.body;
    if (typeof body === 'string' && body.trim() !== '') throw requestRefused(BODY_PROBLEMS.notJsonObject());
    const problem = checkBodyShape(body);
    if (problem) throw requestRefused(problem);
  }
  await next();
};

export default bodyShapeGuard;
