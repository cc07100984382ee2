import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants.js';
import { RequestMethod } from '@nestjs/common';
import { ModulesContainer, Reflector } from '@nestjs/core';
import { hasPermission, ROLES, type Permission, type User } from '@proprio/contracts';
import type { Response } from 'supertest';
import { IS_PUBLIC, REQUIRED_PERMISSIONS } from '../../apps/api/src/core/access/access.decorators.js';
import { createClinic, createPatient, TEST_PASSWORD, type TestClinic } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
let a: TestClinic;
let doc: OpenApiDocument;

beforeAll(async () => {
  t = await startTestApp();
  a = await createClinic(t, 'Access clinic');
  const response = await t.http.get('/api/docs-json');
  expect(response.status).toBe(200);
  doc = response.body as OpenApiDocument;
});
afterAll(() => t.close());

/** The only operations anyone may call without a token. Adding one must be a deliberate change here. */
const PUBLIC_OPERATIONS = [
  'GET /api/health',
  'POST /api/v1/auth/login',
  'POST /api/v1/auth/logout',
  'POST /api/v1/auth/refresh',
];
const HTTP_METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;
type HttpMethod = (typeof HTTP_METHODS)[number];
const ERROR_SCHEMA = '#/components/schemas/ErrorResponseDto';

interface OpenApiResponse {
  description?: string;
  content?: Record<string, { schema?: { $ref?: string; type?: string } }>;
}
interface OpenApiOperation {
  summary?: string;
  security?: Record<string, string[]>[];
  parameters?: { name: string; in: string }[];
  responses: Record<string, OpenApiResponse>;
}
interface OpenApiDocument {
  openapi: string;
  paths: Record<string, Partial<Record<HttpMethod, OpenApiOperation>>>;
  components: { schemas: Record<string, unknown>; securitySchemes?: Record<string, { type: string; scheme?: string }> };
}
interface Operation {
  key: string;
  method: HttpMethod;
  path: string;
  operation: OpenApiOperation;
}

function operationsOf(document: OpenApiDocument): Operation[] {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    HTTP_METHODS.filter((method) => item[method]).map((method) => ({
      key: `${method.toUpperCase()} ${path}`,
      method,
      path,
      operation: item[method]!,
    })),
  );
}

const fill = (path: string, value: () => string) => path.replace(/\{[^}]+\}/g, () => value());

function call(method: HttpMethod | 'head', path: string, auth?: string) {
  const request = t.http[method](path);
  if (auth) void request.set('authorization', auth);
  return ['post', 'put', 'patch'].includes(method) ? request.send({}) : request;
}

function expectUnauthenticated(response: Response, what: string): void {
  expect({ what, status: response.status }).toEqual({ what, status: 401 });
  expect(response.body).toEqual({
    statusCode: 401,
    code: 'UNAUTHENTICATED',
    message: expect.any(String),
    correlationId: response.headers['x-correlation-id'],
  });
  expect(
    typeof (response.body as { message: unknown }).message === 'string' &&
      (response.body as { message: string }).message.length,
  ).toBeGreaterThan(0);
}

function expectForbidden(response: Response, what: string): void {
  expect({ what, status: response.status }).toEqual({ what, status: 403 });
  expect(response.body).toEqual({
    statusCode: 403,
    code: 'FORBIDDEN',
    message: expect.any(String),
    correlationId: response.headers['x-correlation-id'],
  });
}

/** Every controller route Nest registered, read from the routing metadata (not from the docs). */
interface NestRoute {
  key: string;
  handler: (...args: unknown[]) => unknown;
  controller: abstract new (...args: never[]) => unknown;
}
function nestRoutes(): NestRoute[] {
  const routes: NestRoute[] = [];
  const trim = (segment: string | undefined) => (segment ?? '').replace(/^\/+|\/+$/g, '');
  for (const module of t.app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as NestRoute['controller'];
      const base = Reflect.getMetadata(PATH_METADATA, controller) as string | undefined;
      for (const name of Object.getOwnPropertyNames(controller.prototype)) {
        const handler = (controller.prototype as Record<string, unknown>)[name];
        if (name === 'constructor' || typeof handler !== 'function') continue;
        const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
        if (method === undefined) continue;
        const path = ['api', trim(base), trim(Reflect.getMetadata(PATH_METADATA, handler) as string | undefined)]
          .filter(Boolean)
          .join('/');
        routes.push({
          key: `${RequestMethod[method]} /${path.replace(/:(\w+)/g, '{$1}')}`,
          handler: handler as NestRoute['handler'],
          controller,
        });
      }
    }
  }
  return routes;
}

/** Row counts of every table, for proving that refused requests wrote nothing. */
async function snapshot(): Promise<Record<string, number>> {
  const tables = await t.db.query<{ table_name: string }>(
    "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name",
  );
  const counts: Record<string, number> = {};
  for (const { table_name } of tables.rows) {
    counts[table_name] = Number(
      (await t.db.query<{ n: string }>(`SELECT count(*)::text AS n FROM "${table_name}"`)).rows[0]!.n,
    );
  }
  return counts;
}

describe('deny by default', () => {
  it('the OpenAPI document lists every route Nest serves, and only the known ones are public', () => {
    const documented = operationsOf(doc)
      .map((o) => o.key)
      .sort();
    const routes = nestRoutes();
    expect(routes.map((r) => r.key).sort()).toEqual(documented);
    // Sanity: the sweep below covers the real API, not an empty or partial document.
    expect(documented).toEqual(
      expect.arrayContaining([
        'GET /api/v1/me',
        'POST /api/v1/me/password',
        'GET /api/v1/users',
        'PATCH /api/v1/users/{id}',
        'POST /api/v1/patients/{id}/archive',
        'GET /api/v1/episodes/{id}',
        'POST /api/v1/episodes/{episodeId}/programme',
        'PUT /api/v1/episodes/{episodeId}/programme',
        'POST /api/v1/episodes/{episodeId}/programme/advance',
        'GET /api/v1/episodes/{episodeId}/programme/progression',
        'GET /api/v1/caseload',
        'GET /api/v1/exercises',
        'PUT /api/v1/exercises/{id}',
        'POST /api/v1/protocols/{id}/clone',
        'PUT /api/v1/protocol-versions/{id}',
        'POST /api/v1/episodes/{episodeId}/sessions',
        'GET /api/v1/episodes/{episodeId}/sessions',
      ]),
    );
    const reflector = new Reflector();
    const publicRoutes = routes
      .filter((r) => reflector.getAllAndOverride<boolean>(IS_PUBLIC, [r.handler, r.controller]))
      .map((r) => r.key)
      .sort();
    expect(publicRoutes).toEqual(PUBLIC_OPERATIONS);
    const unsecured = operationsOf(doc)
      .filter((o) => !o.operation.security?.length)
      .map((o) => o.key)
      .sort();
    expect(unsecured).toEqual(PUBLIC_OPERATIONS);
  });

  it('answers 401 UNAUTHENTICATED, in the error shape, on every non-public operation called without a token', async () => {
    const protectedOps = operationsOf(doc).filter((o) => !PUBLIC_OPERATIONS.includes(o.key));
    expect(protectedOps.length).toBeGreaterThanOrEqual(15);
    const before = await snapshot();
    for (const op of protectedOps) {
      expectUnauthenticated(await call(op.method, fill(op.path, randomUUID)), `${op.key} (uuid)`);
      // Authentication comes before input validation: a malformed id does not change the answer.
      expectUnauthenticated(
        await call(
          op.method,
          fill(op.path, () => 'not-a-uuid'),
        ),
        `${op.key} (malformed id)`,
      );
      if (op.method === 'get') {
        const head = await call('head', fill(op.path, randomUUID));
        expect({ what: `HEAD ${op.path}`, status: head.status }).toEqual({ what: `HEAD ${op.path}`, status: 401 });
      }
    }
    expect(await snapshot()).toEqual(before);
  });

  it('keeps the public operations open without a token', async () => {
    expect((await t.http.get('/api/health')).status).toBe(200);
    const login = await t.http.post('/api/v1/auth/login').send({});
    expect(login.status).toBe(400);
    expect(login.body).toMatchObject({ code: 'VALIDATION_FAILED' });
    const refresh = await t.http.post('/api/v1/auth/refresh').send({});
    expect(refresh.status).toBe(401);
    expect(refresh.body).toMatchObject({ code: 'INVALID_REFRESH_TOKEN' });
    expect((await t.http.post('/api/v1/auth/logout').send({})).status).toBe(204);
  });

  it('every non-public route declares its permissions, and each role gets exactly what its permissions allow', async () => {
    const reflector = new Reflector();
    const routes = nestRoutes().filter((r) => !PUBLIC_OPERATIONS.includes(r.key));
    let refusals = 0;
    for (const route of routes) {
      const required = reflector.getAllAndOverride<Permission[] | undefined>(REQUIRED_PERMISSIONS, [
        route.handler,
        route.controller,
      ]);
      expect({ route: route.key, declared: Array.isArray(required) }).toEqual({ route: route.key, declared: true });
      const [verb, template] = route.key.split(' ') as [string, string];
      const method = verb.toLowerCase() as HttpMethod;
      for (const role of ROLES) {
        const what = `${role} ${route.key}`;
        if (required!.every((permission) => hasPermission(role, permission))) {
          const response = await call(method, fill(template, randomUUID), a[role].auth);
          expect({ what, status: response.status }).not.toEqual({ what, status: 403 });
          expect({ what, status: response.status }).not.toEqual({ what, status: 401 });
        } else {
          const before = await snapshot();
          expectForbidden(await call(method, fill(template, randomUUID), a[role].auth), what);
          expect(await snapshot()).toEqual(before);
          refusals += 1;
        }
      }
    }
    expect(refusals).toBeGreaterThan(0);
  });

  it('matches the reviewed route → permission matrix (a change in who may call what shows up here as a diff)', () => {
    const reflector = new Reflector();
    const matrix = nestRoutes()
      .map((route) => {
        const required = reflector.getAllAndOverride<Permission[] | undefined>(REQUIRED_PERMISSIONS, [
          route.handler,
          route.controller,
        ]);
        const open = PUBLIC_OPERATIONS.includes(route.key);
        return `${route.key} → ${open ? 'public' : required?.length ? required.join(' + ') : 'any signed-in user'}`;
      })
      .sort();
    expect(matrix).toMatchInlineSnapshot(`
     [
       "DELETE /api/v1/notes/{noteId} → note:write",
       "GET /api/health → public",
       "GET /api/v1/assessments/{id} → episode:read",
       "GET /api/v1/caseload → episode:read",
       "GET /api/v1/clinic → any signed-in user",
       "GET /api/v1/episodes/{episodeId}/assessments → episode:read",
       "GET /api/v1/episodes/{episodeId}/fhir → export:read",
       "GET /api/v1/episodes/{episodeId}/measures.csv → export:read",
       "GET /api/v1/episodes/{episodeId}/note-objective → episode:read",
       "GET /api/v1/episodes/{episodeId}/notes → episode:read",
       "GET /api/v1/episodes/{episodeId}/programme → episode:read",
       "GET /api/v1/episodes/{episodeId}/programme/history → episode:read",
       "GET /api/v1/episodes/{episodeId}/programme/progression → episode:read",
       "GET /api/v1/episodes/{episodeId}/programme/readiness → episode:read",
       "GET /api/v1/episodes/{episodeId}/prom-trends → episode:read",
       "GET /api/v1/episodes/{episodeId}/questionnaires → episode:read",
       "GET /api/v1/episodes/{episodeId}/rts-report.pdf → export:read",
       "GET /api/v1/episodes/{episodeId}/sessions → episode:read",
       "GET /api/v1/episodes/{episodeId}/summary.pdf → export:read",
       "GET /api/v1/episodes/{episodeId}/symmetry → episode:read",
       "GET /api/v1/episodes/{id} → episode:read",
       "GET /api/v1/exercises → library:read",
       "GET /api/v1/exercises/{id} → library:read",
       "GET /api/v1/me → any signed-in user",
       "GET /api/v1/notes/{noteId} → episode:read",
       "GET /api/v1/notes/{noteId}/pdf → export:read",
       "GET /api/v1/patients → patient:read",
       "GET /api/v1/patients/{id} → patient:read",
       "GET /api/v1/patients/{patientId}/episodes → episode:read",
       "GET /api/v1/protocol-versions/{id} → library:read",
       "GET /api/v1/protocols → library:read",
       "GET /api/v1/protocols/{id} → library:read",
       "GET /api/v1/questionnaires/{id} → episode:read",
       "GET /api/v1/users → user:read",
       "GET /api/v1/users/{id} → user:read",
       "PATCH /api/v1/clinic → clinic:manage",
       "PATCH /api/v1/episodes/{id} → episode:write",
       "PATCH /api/v1/patients/{id} → patient:write",
       "PATCH /api/v1/users/{id} → user:manage",
       "POST /api/v1/auth/login → public",
       "POST /api/v1/auth/logout → public",
       "POST /api/v1/auth/refresh → public",
       "POST /api/v1/episodes/{episodeId}/assessments → measure:write",
       "POST /api/v1/episodes/{episodeId}/notes → note:write",
       "POST /api/v1/episodes/{episodeId}/programme → programme:write",
       "POST /api/v1/episodes/{episodeId}/programme/advance → programme:advance",
       "POST /api/v1/episodes/{episodeId}/questionnaires → measure:write",
       "POST /api/v1/episodes/{episodeId}/sessions → session:write",
       "POST /api/v1/episodes/{id}/archive → episode:write",
       "POST /api/v1/exercises → library:write",
       "POST /api/v1/exercises/{id}/archive → library:write",
       "POST /api/v1/exercises/{id}/restore → library:write",
       "POST /api/v1/me/password → any signed-in user",
       "POST /api/v1/measurements/{id}/amend → measure:write",
       "POST /api/v1/measurements/{id}/void → measure:write",
       "POST /api/v1/notes/{noteId}/addenda → note:sign",
       "POST /api/v1/notes/{noteId}/sign → note:sign",
       "POST /api/v1/patients → patient:write",
       "POST /api/v1/patients/{id}/archive → patient:archive",
       "POST /api/v1/patients/{id}/restore → patient:archive",
       "POST /api/v1/patients/{patientId}/episodes → episode:write",
       "POST /api/v1/protocols → library:write",
       "POST /api/v1/protocols/{id}/clone → library:write",
       "POST /api/v1/protocols/{id}/versions → library:write",
       "POST /api/v1/questionnaires/{id}/amend → measure:write",
       "POST /api/v1/questionnaires/{id}/void → measure:write",
       "POST /api/v1/users → user:manage",
       "PUT /api/v1/episodes/{episodeId}/programme → programme:write",
       "PUT /api/v1/exercises/{id} → library:write",
       "PUT /api/v1/notes/{noteId} → note:write",
       "PUT /api/v1/protocol-versions/{id} → library:write",
     ]
    `);
  });
});

describe('the OpenAPI document', () => {
  it('uses bearer JWT security and has the ErrorResponseDto schema', () => {
    expect(doc.openapi).toMatch(/^3\./);
    expect(doc.components.securitySchemes?.['bearer']).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(doc.components.schemas['ErrorResponseDto']).toMatchObject({
      required: expect.arrayContaining(['statusCode', 'code', 'message', 'correlationId']),
    });
  });

  it('describes every operation completely: summary, success schema, 401 and 500 errors, security', () => {
    const problems: string[] = [];
    const operations = operationsOf(doc);
    expect(operations.length).toBeGreaterThanOrEqual(PUBLIC_OPERATIONS.length + 15);
    for (const { key, operation } of operations) {
      const isPublic = PUBLIC_OPERATIONS.includes(key);
      if (!operation.summary?.trim()) problems.push(`${key}: no summary`);
      const successes = Object.entries(operation.responses).filter(([status]) => /^2\d\d$/.test(status));
      // A file download documents its own media type (text/csv, application/pdf, application/fhir+json).
      const documentedSuccess = successes.some(
        ([status, response]) =>
          status === '204' || Object.values(response.content ?? {}).some((media) => Boolean(media.schema)),
      );
      if (!documentedSuccess) problems.push(`${key}: no 2xx response with a schema (or 204)`);
      const errorStatuses = isPublic ? ['500'] : ['401', '500'];
      for (const status of errorStatuses) {
        const ref = operation.responses[status]?.content?.['application/json']?.schema?.$ref;
        if (ref !== ERROR_SCHEMA) problems.push(`${key}: ${status} does not reference ErrorResponseDto`);
      }
      // Every other documented error status uses the one error shape too.
      for (const [status, response] of Object.entries(operation.responses)) {
        if (/^(4\d\d|500)$/.test(status) && response.content?.['application/json']?.schema?.$ref !== ERROR_SCHEMA) {
          problems.push(`${key}: ${status} does not reference ErrorResponseDto`);
        }
      }
      const bearer = operation.security?.some((requirement) => 'bearer' in requirement) ?? false;
      if (!isPublic && !bearer) problems.push(`${key}: no bearer security`);
      if (isPublic && operation.security?.length) problems.push(`${key}: public but declares security`);
    }
    expect(problems).toEqual([]);
  });
});

describe('role checks', () => {
  const newUserBody = () => ({
    email: `role.${randomBytes(4).toString('hex')}@clinic.test`,
    displayName: 'Role check',
    role: 'therapist',
    password: TEST_PASSWORD,
  });

  it('an assistant cannot archive a patient (403, nothing written); a therapist and an admin can', async () => {
    const patient = await createPatient(t, a.therapist);
    const before = await snapshot();
    expectForbidden(
      await t.http
        .post(`/api/v1/patients/${patient.id}/archive`)
        .set('authorization', a.assistant.auth)
        .send({ version: patient.version }),
      'assistant archive',
    );
    expect(await snapshot()).toEqual(before);
    expect((await t.db.query('SELECT archived_at, version FROM patient WHERE id = $1', [patient.id])).rows).toEqual([
      { archived_at: null, version: 1 },
    ]);

    const byAdmin = await t.http
      .post(`/api/v1/patients/${patient.id}/archive`)
      .set('authorization', a.admin.auth)
      .send({ version: 1 });
    expect(byAdmin.status).toBe(200);
    expect(byAdmin.body).toMatchObject({ archived: true, version: 2 });
    const byTherapist = await t.http
      .post(`/api/v1/patients/${patient.id}/restore`)
      .set('authorization', a.therapist.auth)
      .send({ version: 2 });
    expect(byTherapist.status).toBe(200);
  });

  it('therapists and assistants cannot create users (403, nothing written); an admin can', async () => {
    for (const role of ['therapist', 'assistant'] as const) {
      const body = newUserBody();
      const before = await snapshot();
      expectForbidden(
        await t.http.post('/api/v1/users').set('authorization', a[role].auth).send(body),
        `${role} POST /users`,
      );
      expect(await snapshot()).toEqual(before);
      expect((await t.db.query('SELECT 1 FROM app_user WHERE email = $1', [body.email])).rowCount).toBe(0);
    }
    const body = newUserBody();
    const created = await t.http.post('/api/v1/users').set('authorization', a.admin.auth).send(body);
    expect(created.status).toBe(201);
    expect((await t.db.query('SELECT role FROM app_user WHERE email = $1', [body.email])).rows).toEqual([
      { role: 'therapist' },
    ]);
  });

  it('therapists and assistants cannot change users (403, row unchanged); an admin can', async () => {
    const target = (await t.http.post('/api/v1/users').set('authorization', a.admin.auth).send(newUserBody()))
      .body as User;
    const read = () =>
      t.db.query('SELECT display_name, role, disabled_at, version FROM app_user WHERE id = $1', [target.id]);
    const original = (await read()).rows;
    for (const role of ['therapist', 'assistant'] as const) {
      for (const change of [{ role: 'admin' }, { disabled: true }, { displayName: 'Renamed' }]) {
        const before = await snapshot();
        expectForbidden(
          await t.http
            .patch(`/api/v1/users/${target.id}`)
            .set('authorization', a[role].auth)
            .send({ ...change, version: target.version }),
          `${role} PATCH /users ${JSON.stringify(change)}`,
        );
        expect(await snapshot()).toEqual(before);
      }
      // Nor may they promote themselves.
      expectForbidden(
        await t.http
          .patch(`/api/v1/users/${a[role].id}`)
          .set('authorization', a[role].auth)
          .send({ role: 'admin', version: 1 }),
        `${role} promoting themself`,
      );
    }
    expect((await read()).rows).toEqual(original);
    expect(
      (
        await t.db.query('SELECT role FROM app_user WHERE id = ANY($1) ORDER BY role', [
          [a.therapist.id, a.assistant.id],
        ])
      ).rows,
    ).toEqual([{ role: 'assistant' }, { role: 'therapist' }]);

    const byAdmin = await t.http
      .patch(`/api/v1/users/${target.id}`)
      .set('authorization', a.admin.auth)
      .send({ role: 'assistant', version: target.version });
    expect(byAdmin.status).toBe(200);
    expect(byAdmin.body).toMatchObject({ role: 'assistant', version: target.version + 1 });
  });

  it('an assistant cannot list or read users (403); a therapist and an admin can', async () => {
    expectForbidden(await t.http.get('/api/v1/users').set('authorization', a.assistant.auth), 'assistant GET /users');
    expectForbidden(
      await t.http.get(`/api/v1/users/${a.admin.id}`).set('authorization', a.assistant.auth),
      'assistant GET /users/{id}',
    );
    for (const role of ['therapist', 'admin'] as const) {
      const list = await t.http.get('/api/v1/users').set('authorization', a[role].auth);
      expect(list.status).toBe(200);
      expect((list.body as { items: User[] }).items.map((u) => u.id)).toContain(a.assistant.id);
      const one = await t.http.get(`/api/v1/users/${a.admin.id}`).set('authorization', a[role].auth);
      expect(one.status).toBe(200);
      expect(one.body).toMatchObject({ id: a.admin.id, role: 'admin' });
    }
  });
});
