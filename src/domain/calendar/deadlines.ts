import { addWorkingDays, type OfficialSchedule } from './working-days';

/** SPEC rule 1: a force-published document's interpretation is due within 3 working days of issue. */
export const INTERPRETATION_DEADLINE_WORKING_DAYS = 3;

export const interpretationDueDate = (issuedOn: string, schedule: OfficialSchedule): string =>
  addWorkingDays(issuedOn, INTERPRETATION_DEADLINE_WORKING_DAYS, schedule);
