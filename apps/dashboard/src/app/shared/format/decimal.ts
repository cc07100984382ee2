/**
 * Numbers as clinicians type them. Parsing and display only: every clinical computation is the
 * clinical library's.
 */

const DECIMAL = /^[-+]?(\d+[.,]?\d*|[.,]\d+)$/;

/**
 * Reads a typed number. Blank is "not entered" (null). A comma decimal separator is accepted
 * ("12,5" is 12.5). Any other text gives NaN, which the clinical library then reports with its own
 * rule ("must be a positive number of centimetres"), so the dashboard never invents a second rule.
 */
export function parseDecimal(text: string | null | undefined): number | null {
  const trimmed = (text ?? '').trim();
  if (trimmed === '') {
    return null;
  }
  return DECIMAL.test(trimmed) ? Number(trimmed.replace(',', '.')) : Number.NaN;
}

/** A stored number back into the text an input shows (for corrections of recorded values). */
export function decimalText(value: unknown): string {
  return typeof value === 'number' && Number.isFinite(value) ? String(value) : '';
}

/** "82.4": one decimal, as symmetry indices and scores are reported; an em dash when absent. */
export function formatOneDecimal(value: number | null | undefined): string {
  return value === null || value === undefined || !Number.isFinite(value) ? '—' : value.toFixed(1);
}

/** "82.4%"; never clamped, so 112.3% stays 112.3%. */
export function formatPercent(value: number | null | undefined): string {
  const text = formatOneDecimal(value);
  return text === '—' ? text : `${text}%`;
}

/** "+11.4" / "−3.0": a signed change in points. */
export function formatSignedChange(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) {
    return '—';
  }
  const magnitude = Math.abs(value).toFixed(1);
  return value < 0 ? `−${magnitude}` : `+${magnitude}`;
}
