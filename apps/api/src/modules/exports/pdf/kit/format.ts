import { COMPARATOR_SIGNS, type CriterionComparator } from '@proprio/clinical';

/**
 * How the documents write dates, times and values. Fixed English month names and UTC (the clinic's
 * calendar day is UTC throughout the API), so a document reads the same whatever the server's locale.
 */
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** `2026-05-02` → `2 May 2026`. */
export function formatDate(date: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  if (!match) return date;
  const [, year, month, day] = match;
  return `${Number(day)} ${MONTHS[Number(month) - 1] ?? month} ${year}`;
}

/** An instant as `2 May 2026, 14:05 UTC`. */
export function formatDateTime(instant: string | Date): string {
  const d = typeof instant === 'string' ? new Date(instant) : instant;
  if (Number.isNaN(d.getTime())) return String(instant);
  const hh = String(d.getUTCHours()).padStart(2, '0');
  const mm = String(d.getUTCMinutes()).padStart(2, '0');
  return `${formatDate(d.toISOString())}, ${hh}:${mm} UTC`;
}

/** The calendar date (UTC) of an instant, `YYYY-MM-DD`. */
export function calendarDateOf(instant: Date): string {
  return instant.toISOString().slice(0, 10);
}

/**
 * A number as printed: at most `decimals` decimals, trailing zeros dropped (90 → "90", 88.43 → "88.4").
 * Display only: the value itself was computed by the clinical library.
 */
export function formatNumber(value: number, decimals = 1): string {
  const fixed = value.toFixed(decimals);
  const trimmed = fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
  return trimmed === '-0' ? '0' : trimmed.replace('-', '−');
}

/**
 * A measured number printed beside its threshold with enough decimals that the two never look equal
 * when they are not (89.96 against ≥ 90 prints "89.96", not "90").
 */
export function formatNumberAgainst(value: number, threshold: number | string | boolean): string {
  if (typeof threshold !== 'number') return formatNumber(value);
  for (const decimals of [1, 2, 3]) {
    const shown = formatNumber(value, decimals);
    if (shown !== formatNumber(threshold, decimals)) return shown;
  }
  return formatNumber(value);
}

/** A value with its unit: `88.4%`, `11.2 s`, `39 weeks`, `Yes`, `1+`. */
export function formatValue(value: number | string | boolean, unit: string | null): string {
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'string') return value;
  return withUnit(formatNumber(value), unit);
}

/** `88.4` + `%` → `88.4%`; `11.2` + `s` → `11.2 s`. */
export function withUnit(number: string, unit: string | null): string {
  if (unit === null || unit === '') return number;
  return unit === '%' ? `${number}%` : `${number} ${unit}`;
}

/** A rule as printed: `≥ 90%`, `< 11 s`, `= Yes`. */
export function formatRule(comparator: CriterionComparator, threshold: number | string | boolean, unit: string | null) {
  return `${COMPARATOR_SIGNS[comparator]} ${formatValue(threshold, unit)}`;
}

/** "1 visit", "3 visits". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

const COMPARATOR_WORDS: Readonly<Record<CriterionComparator, string>> = {
  '>': 'more than',
  '>=': 'at least',
  '<': 'less than',
  '<=': 'at most',
  '==': '',
};

/** A rule in plain words: `at least 90%`, `less than 11 s`, `Yes`, `good`. */
export function ruleInWords(
  comparator: CriterionComparator,
  threshold: number | string | boolean,
  unit: string | null,
): string {
  const value = formatValue(threshold, unit);
  const words = COMPARATOR_WORDS[comparator];
  return words ? `${words} ${value}` : value;
}

/** A criterion's measured value beside its threshold (see formatNumberAgainst), with its unit. */
export function formatCriterionValue(
  value: number | string | boolean,
  threshold: number | string | boolean,
  unit: string | null,
): string {
  return typeof value === 'number' ? withUnit(formatNumberAgainst(value, threshold), unit) : formatValue(value, unit);
}
