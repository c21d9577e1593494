import { errors } from '@strapi/utils';
import type { RequestProblem } from '../domain/requests/body-limits';

/** A reason something was refused: a stable code for programs, a Chinese message for editors. */
export interface RefusalReason {
  code: string;
  message: string;
  /**
   * the field concerned: a field name (decision items) or, like Strapi's own validation errors, a list
   * of keys down to a table cell (annual reports: ['requestTable', 'newApplications', 'total'])
   */
  path?: string | string[];
  documentId?: string;
}

/**
 * HTTP 400 with every reason at once: codes in details.reasons, the messages joined for the admin's
 * notification. Shared by the publish gate, bulk publish and the archivist's actions.
 */
export const refusal = (reasons: readonly RefusalReason[], heading?: string) =>
  new errors.ValidationError(`${heading ?? ''}${reasons.map((r) => r.message).join('；')}`, { reasons });

/** A request refused before any route sees it: 413 for a body over the size limit, else 400. */
export const requestRefused = (problem: RequestProblem) =>
  problem.code === 'BODY_TOO_LARGE'
    ? new errors.PayloadTooLargeError(problem.message, { reasons: [problem] })
    : refusal([problem]);
