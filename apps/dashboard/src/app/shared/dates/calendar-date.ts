import { ageInYears as ageOn, isCalendarDate, timeSinceSurgery } from '@proprio/clinical';

/**
 * Calendar dates (YYYY-MM-DD) as the API sends them. The arithmetic is the shared clinical library's
 * (the API uses the same); this file only adds "today" as the browser's local day.
 */

/** Today's date in the user's own time zone: "today" at the clinic, not in UTC. */
export function todayIsoDate(now: Date = new Date()): string {
  const year = now.getFullYear();
  const month = String(now.getMonth() + 1).padStart(2, '0');
  const day = String(now.getDate()).padStart(2, '0');
  return `${year}-${month}-${day}`;
}

export function isIsoDate(value: string): boolean {
  return isCalendarDate(value);
}

/** Completed weeks since surgery, negative while it is still ahead; null for an invalid date. */
export function weeksSince(isoDate: string, today: string = todayIsoDate()): number | null {
  if (!isCalendarDate(isoDate) || !isCalendarDate(today)) return null;
  return timeSinceSurgery(isoDate, today)?.weeks ?? null;
}

/** Age in completed years on `today` (a birthday counts from its own day). */
export function ageInYears(dateOfBirth: string, today: string = todayIsoDate()): number | null {
  return ageOn(dateOfBirth, today);
}
