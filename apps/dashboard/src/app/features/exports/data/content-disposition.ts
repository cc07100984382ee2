/**
 * The file name a response asks to be saved under, from its Content-Disposition header (RFC 6266):
 * `filename*` (RFC 8187, UTF-8 or ISO-8859-1, percent-encoded) wins over `filename` (quoted or a
 * bare token). The name is reduced to a plain file name, so a header can never point the download
 * at another folder; `fallback` is used when the header names nothing usable.
 */
export function filenameFromContentDisposition(header: string | null, fallback: string): string {
  if (!header) return fallback;
  const params = parameters(header);
  const extended = params.get('filename*');
  const name = (extended === undefined ? undefined : decodeExtended(extended)) ?? params.get('filename');
  return (name === undefined ? '' : plainFileName(name)) || fallback;
}

/** `; name=value` pairs after the disposition type; names are case-insensitive, the first one counts. */
function parameters(header: string): Map<string, string> {
  const params = new Map<string, string>();
  const pattern = /;\s*([^\s=;]+)\s*=\s*("(?:[^"\\]|\\.)*"|[^;]*)/g;
  for (const match of header.matchAll(pattern)) {
    const name = (match[1] ?? '').toLowerCase();
    const raw = (match[2] ?? '').trim();
    const value = raw.startsWith('"') ? raw.slice(1, -1).replace(/\\(.)/g, '$1') : raw;
    if (!params.has(name)) params.set(name, value);
  }
  return params;
}

/** `UTF-8''na%C3%AFve.pdf` → `naïve.pdf`; undefined for a charset or encoding that cannot be read. */
function decodeExtended(value: string): string | undefined {
  const match = /^([\w!#$%&+^`{}~-]+)'[^']*'(.*)$/.exec(value);
  if (!match) return undefined;
  const charset = (match[1] ?? '').toLowerCase();
  const encoded = match[2] ?? '';
  try {
    if (charset === 'utf-8') return decodeURIComponent(encoded);
    if (charset === 'iso-8859-1') {
      return encoded.replace(/%([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    }
  } catch {
    // Malformed percent-encoding: fall back on `filename`.
  }
  return undefined;
}

const MAX_NAME_LENGTH = 200;

/** The last path segment, without control characters or characters file systems refuse, nor leading dots. */
function plainFileName(name: string): string {
  const lastSegment = name.split(/[/\\]/).pop() ?? '';
  return (
    lastSegment
      // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
      .replace(/[\u0000-\u001f\u007f<>:"|?*]/g, '')
      .replace(/^[.\s]+/, '')
      .trim()
      .slice(0, MAX_NAME_LENGTH)
  );
}
