/**
 * Text for FHIR. A FHIR string is non-empty and may hold no whitespace but space, tab, CR and LF
 * (the R4 JSON schema's pattern), and the narrative is XHTML, where text must be escaped and XML
 * forbids most control characters. Clinicians paste from word processors (non-breaking spaces, form
 * feeds), so every free text goes through here.
 */

// C0 controls other than tab, LF and CR, and the two non-characters: not allowed in XML 1.0.
// eslint-disable-next-line no-control-regex
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
// Whitespace other than space, tab, CR and LF (no-break space, line separator, ideographic space...).
const ODD_WHITESPACE = /[^\S \t\r\n]/g;

/** The text as a FHIR string (trimmed, odd whitespace made spaces), or null when nothing is left. */
export function fhirString(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const cleaned = value.replace(XML_FORBIDDEN, ' ').replace(ODD_WHITESPACE, ' ').trim();
  return cleaned.length ? cleaned : null;
}

/** Escapes text for XHTML element content and attribute values. */
export function escapeXhtml(value: string): string {
  return value
    .replace(XML_FORBIDDEN, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** A FHIR narrative div around already-escaped XHTML. */
export function xhtmlDiv(inner: string): string {
  return `<div xmlns="http://www.w3.org/1999/xhtml">${inner}</div>`;
}

/**
 * Free text as XHTML paragraphs: a blank line starts a paragraph, a single line break is kept as
 * `<br/>`. Every character of the text is escaped; nothing in it can become markup.
 */
export function paragraphs(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter((block) => block.length > 0)
    .map((block) => `<p>${block.split('\n').map(escapeXhtml).join('<br/>')}</p>`)
    .join('');
}
