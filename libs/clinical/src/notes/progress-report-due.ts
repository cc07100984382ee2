import { daysBetween, type CalendarDate } from '../time/calendar-date.js';

/**
 * When a progress report is due (REFERENCE §6.2, US Medicare Pub. 100-02 Ch. 15 §220.3):
 * at least once every `visitInterval` treatment days [V], and, when the clinic sets one, once per
 * `dayLimit` calendar days, whichever comes first (the archived 30-day alternative, [V historical]).
 * Both are clinic settings, not constants.
 */
export interface ProgressReportRule {
  visitInterval: number;
  dayLimit: number | null;
}

export interface ReportingPeriod {
  /** Treatment visits after the last progress report's period (all visits before the first report). */
  visitsSinceLastReport: number;
  /** First day of the current reporting period; null while the episode has no visit to report on. */
  periodStart: CalendarDate | null;
}

/**
 * Due on the visit that completes the interval (the 10th visit of a 10-visit rule), or on the day
 * that completes the calendar limit counting the period's first day as day 1. Nothing is due before
 * the first visit of a period.
 */
export function isProgressReportDue(period: ReportingPeriod, rule: ProgressReportRule, today: CalendarDate): boolean {
  if (period.visitsSinceLastReport === 0 || period.periodStart === null) return false;
  if (period.visitsSinceLastReport >= rule.visitInterval) return true;
  return rule.dayLimit !== null && daysBetween(period.periodStart, today) + 1 >= rule.dayLimit;
}
