import type { FastifyInstance } from 'fastify';

/**
 * The Content-Security-Policy of every response. Scripts only from our own origin, never inline
 * (the dashboard build and the Swagger UI both load theirs from files); inline styles are allowed
 * because Angular Material and the Swagger UI set style attributes at run time. `blob:` and `data:`
 * images cover icons and previews built in the browser; downloads through object URLs are
 * navigations, which the policy does not restrict.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join('; ');

/** Headers on every response, API and dashboard alike, errors and 404s included (QUALITY.md S23). */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'strict-transport-security': 'max-age=31536000; includeSubDomains',
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=()',
};

/** Headers that would only tell an attacker which software (and version) answers. */
const REVEALING_HEADERS = ['x-powered-by', 'server'];

/**
 * Sets the security headers just before each response is written. onSend runs for every reply
 * Fastify sends (routes, static files, the error handler, 404s), so no path can miss them.
 */
export function registerSecurityHeaders(fastify: FastifyInstance): void {
  fastify.addHook('onSend', async (_request, reply) => {
    void reply.headers(SECURITY_HEADERS);
    for (const name of REVEALING_HEADERS) void reply.removeHeader(name);
  });
}
