import { addWorkingDays, type ScheduleLookup } from './working-days';

/** SPEC rule 1: a force-published document's interpretation is due within 3 working days of issue. */
export const INTERPRETATION_DEADLINE_WORKING_DAYS = 3;

/** SPEC rule 5: a published item is transferred to the archive within 20 working days. */
export const ARCHIVE_TRANSFER_WORKING_DAYS = 20;

export const interpretationDueDate = (issuedOn: string, schedule: ScheduleLookup): string =>
  addWorkingDays(issuedOn, INTERPRETATION_DEADLINE_WORKING_DAYS, schedule);

export const archiveTransferDueDate = (publishedOn: string, schedule: ScheduleLookup): string =>
  addWorkingDays(publishedOn, ARCHIVE_TRANSFER_WORKING_DAYS, schedule);
