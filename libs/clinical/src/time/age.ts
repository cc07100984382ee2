import { isCalendarDate, type CalendarDate } from './calendar-date.js';

/** Age in completed years on `today` (a birthday counts from its own day); null for invalid dates. */
export function ageInYears(dateOfBirth: CalendarDate, today: CalendarDate): number | null {
  if (!isCalendarDate(dateOfBirth) || !isCalendarDate(today) || today < dateOfBirth) return null;
  const years = Number(today.slice(0, 4)) - Number(dateOfBirth.slice(0, 4));
  return today.slice(5) < dateOfBirth.slice(5) ? years - 1 : years;
}
