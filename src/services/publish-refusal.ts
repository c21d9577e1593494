import { errors } from '@strapi/utils';
import type { Reason } from '../domain/publish-gate/reasons';

/** HTTP 400 with every reason: codes for programs in details.reasons, the messages joined for editors. */
export const publishRefused = (reasons: readonly Reason[], heading?: string) =>
  new errors.ValidationError(`${heading ?? ''}${reasons.map((r) => r.message).join('；')}`, { reasons });
