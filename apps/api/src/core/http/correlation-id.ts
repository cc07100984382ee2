import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

const SAFE_ID = /^[A-Za-z0-9._-]{8,64}$/;

/**
 * Each request gets a correlation id: the caller's `X-Request-Id` when it is a plain token (so a
 * gateway's id carries through), otherwise a fresh UUID. It is echoed as `X-Correlation-Id`.
 */
export function correlationIdFor(request: IncomingMessage): string {
  const header = request.headers['x-request-id'];
  const candidate = Array.isArray(header) ? header[0] : header;
  return candidate && SAFE_ID.test(candidate) ? candidate : randomUUID();
}
