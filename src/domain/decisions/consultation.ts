import { chinaLocalDate } from '../dates';
import { DECISION_REASONS, MIN_CONSULTATION_DAYS, type DecisionReason } from './reasons';

/** A consultation window as entered: calendar dates (YYYY-MM-DD, China time) and the shortening reason. */
export interface ConsultationPeriod {
  start: string | null;
  end: string | null;
  shortReason: string | null;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Calendar days of a window, both the first and the last day counted. */
export const consultationDays = (start: string, end: string): number =>
  Math.round((Date.parse(`${end}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / DAY_MS) + 1;

const filled = (text: string | null): boolean => text !== null && text.trim() !== '';

/** Whatever is wrong with the window as entered; nothing when it is not (yet) entered. */
export const evaluateConsultationPeriod = ({ start, end, shortReason }: ConsultationPeriod): DecisionReason[] => {
  if (start === null || end === null) return [];
  if (end < start) return [DECISION_REASONS.consultationEndBeforeStart(start, end)];
  const days = consultationDays(start, end);
  return days < MIN_CONSULTATION_DAYS && !filled(shortReason) ? [DECISION_REASONS.consultationTooShort(days)] : [];
};

/** Open from the first day 00:00 to the last day 24:00, China time, on the day `today` (YYYY-MM-DD). */
export const isWindowOpenOn = (period: Pick<ConsultationPeriod, 'start' | 'end'>, today: string): boolean =>
  period.start !== null && period.end !== null && period.start <= today && today <= period.end;

/** Whether `instant` falls inside the window, read on the China calendar. */
export const isWindowOpenAt = (period: Pick<ConsultationPeriod, 'start' | 'end'>, instant: Date): boolean =>
  isWindowOpenOn(period, chinaLocalDate(instant));

/** The window is over once its last day has ended in China. */
export const isWindowClosedOn = (period: Pick<ConsultationPeriod, 'end'>, today: string): boolean =>
  period.end !== null && period.end < today;
