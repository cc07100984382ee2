import { daysBetween, type CalendarDate } from './calendar-date.js';

export interface TimeSinceSurgery {
  /** Whole days since the surgery date; negative before surgery. */
  days: number;
  /**
   * Completed postoperative weeks (day 0–6 is week 0), as rehabilitation protocols count them;
   * negative before surgery (-1 for the last week before it).
   */
  weeks: number;
  /** True before the day of surgery: the pre-operative phase. */
  preOperative: boolean;
}

/**
 * How far an episode is from its surgery on a given day. Null when there is no surgery date (not
 * operated, or not yet scheduled).
 */
export function timeSinceSurgery(surgeryDate: CalendarDate | null, today: CalendarDate): TimeSinceSurgery | null {
  if (surgeryDate === null) return null;
  const days = daysBetween(surgeryDate, today);
  return { days, weeks: Math.floor(days / 7), preOperative: days < 0 };
}
