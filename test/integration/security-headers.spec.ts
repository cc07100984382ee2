import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Response } from 'supertest';
import { createClinic, createPatient, type TestClinic } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** QUALITY.md S23: what every response must carry, written out here rather than read from the code. */
const EXPECTED_HEADERS: Record<string, string> = {
  'strict-transport-security': 'max-age=31536000; includeSubDomains',
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=()',
};

const EXPECTED_CSP: Record<string, string[]> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'frame-ancestors': ["'none'"],
  'form-action': ["'self'"],
};

function cspDirectives(header: string | undefined): Record<string, string[]> {
  expect(typeof header).toBe('string');
  const directives: Record<string, string[]> = {};
  for (const part of header!.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (!name) continue;
    expect(directives).not.toHaveProperty(name); // a repeated directive is ignored by browsers
    directives[name] = sources;
  }
  return directives;
}

function expectSecurityHeaders(response: Response): void {
  for (const [name, value] of Object.entries(EXPECTED_HEADERS)) {
    expect({ name, value: response.headers[name] }).toEqual({ name, value });
  }
  expect(cspDirectives(response.headers['content-security-policy'])).toEqual(EXPECTED_CSP);
  expect(response.headers).not.toHaveProperty('x-powered-by');
  expect(response.headers).not.toHaveProperty('server');
}

/** Inline `<script>` elements (with content, no src) and inline event-handler attributes such as onload=. */
function inlineScriptsOf(html: string): string[] {
  const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter(([, attributes, body]) => !/\bsrc\s*=/i.test(attributes!) || body!.trim() !== '')
    .map(([tag]) => tag);
  const handlers = [...html.matchAll(/<[a-z][^>]*?\s(on[a-z]+)\s*=/gi)].map(([, handler]) => handler!);
  return [...inline, ...handlers];
}

describe('inlineScriptsOf (the check used below)', () => {
  it('finds inline scripts and event handlers, and passes external scripts', () => {
    expect(
      inlineScriptsOf('<script src="main.js" type="module"></script><link rel="modulepreload" href="a.js">'),
    ).toEqual([]);
    expect(inlineScriptsOf('<script>alert(1)</script>')).toHaveLength(1);
    expect(inlineScriptsOf('<link rel="stylesheet" href="s.css" media="print" onload="this.media=\'all\'">')).toEqual([
      'onload',
    ]);
  });
});

let t: TestApp;
let c: TestClinic;
let patientId: string;
let dashboardDir: string;

beforeAll(async () => {
  // A dashboard build in miniature: the same static serving and SPA fallback as the real one.
  dashboardDir = mkdtempSync(join(tmpdir(), 'proprio-dashboard-'));
  writeFileSync(
    join(dashboardDir, 'index.html'),
    '<!doctype html><html><head><title>Proprio</title><link rel="stylesheet" href="styles.css"></head>' +
      '<body><app-root></app-root><script src="main.js" type="module"></script></body></html>',
  );
  writeFileSync(join(dashboardDir, 'main.js'), 'document.title = "Proprio";\n');
  writeFileSync(join(dashboardDir, 'styles.css'), 'body { margin: 0; }\n');
  t = await startTestApp({ DASHBOARD_DIR: dashboardDir });
  c = await createClinic(t, 'Security headers clinic');
  patientId = (await createPatient(t, c.therapist)).id;
});
afterAll(async () => {
  await t.close();
  rmSync(dashboardDir, { recursive: true, force: true });
});

describe('security headers on API responses', () => {
  it('are on a success carrying patient data, which is also never cached', async () => {
    const response = await t.http.get(`/api/v1/patients/${patientId}`).set('authorization', c.therapist.auth);
    expect(response.status).toBe(200);
    expectSecurityHeaders(response);
    expect(response.headers['cache-control']).toBe('no-store');
  });

  it('are on the unauthenticated health check', async () => {
    const response = await t.http.get('/api/health');
    expect(response.status).toBe(200);
    expectSecurityHeaders(response);
    expect(response.headers['cache-control']).toBe('no-store');
  });

  it('are on a 401 without a token and with a forged token', async () => {
    for (const response of [
      await t.http.get('/api/v1/patients'),
      await t.http.get('/api/v1/patients').set('authorization', 'Bearer not-a-token'),
    ]) {
      expect(response.status).toBe(401);
      expectSecurityHeaders(response);
      expect(response.headers['cache-control']).toBe('no-store');
    }
  });

  it('are on a 404 for an unknown route and for a record that does not exist', async () => {
    const unknownRoute = await t.http.get('/api/v1/nothing-here').set('authorization', c.therapist.auth);
    const missingRecord = await t.http
      .get('/api/v1/patients/00000000-0000-4000-8000-000000000000')
      .set('authorization', c.therapist.auth);
    for (const response of [unknownRoute, missingRecord]) {
      expect(response.status).toBe(404);
      expectSecurityHeaders(response);
      expect(response.headers['cache-control']).toBe('no-store');
    }
  });

  it('are on a 400 refused by the body parser before any route runs', async () => {
    const response = await t.http
      .post('/api/v1/patients')
      .set('authorization', c.therapist.auth)
      .set('content-type', 'application/json')
      .send('{"recordNumber":');
    expect(response.status).toBe(400);
    expectSecurityHeaders(response);
  });

  it('are on a CORS-less preflight and a HEAD request', async () => {
    const head = await t.http.head('/api/health');
    expect(head.status).toBe(200);
    expectSecurityHeaders(head);
    const options = await t.http.options('/api/v1/patients');
    expectSecurityHeaders(options);
  });
});

describe('security headers on the API docs', () => {
  it('are on the Swagger UI page, which needs no relaxation: it has no inline script', async () => {
    const page = await t.http.get('/api/docs');
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expectSecurityHeaders(page);
    expect(inlineScriptsOf(page.text)).toEqual([]);

    // Every script it loads is served from our origin under the same policy.
    const scripts = [...page.text.matchAll(/<script\b[^>]*\bsrc\s*=\s*["']([^"']+)["']/gi)].map(([, src]) => src!);
    expect(scripts.length).toBeGreaterThan(0);
    for (const src of scripts) {
      expect(src).not.toMatch(/^(https?:)?\/\//);
      const script = await t.http.get(new URL(src, 'http://localhost/api/docs').pathname);
      expect({ src, status: script.status }).toEqual({ src, status: 200 });
      expect(script.headers['content-type']).toMatch(/javascript/);
      expectSecurityHeaders(script);
    }
  });

  it('are on the OpenAPI document', async () => {
    const response = await t.http.get('/api/docs-json');
    expect(response.status).toBe(200);
    expectSecurityHeaders(response);
  });
});

describe('security headers on the dashboard', () => {
  it('are on index.html, served at / and as the fallback for deep links', async () => {
    for (const path of ['/', '/patients/some-deep-link']) {
      const response = await t.http.get(path);
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toMatch(/^text\/html/);
      expect(response.text).toContain('<app-root>');
      expectSecurityHeaders(response);
      expect(response.headers['cache-control']).not.toBe('no-store');
    }
  });

  it('are on static assets', async () => {
    for (const [path, type] of [
      ['/main.js', /javascript/],
      ['/styles.css', /^text\/css/],
    ] as const) {
      const response = await t.http.get(path);
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toMatch(type);
      expectSecurityHeaders(response);
    }
  });
});
