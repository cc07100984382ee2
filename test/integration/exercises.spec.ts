import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { SEEDED_EXERCISES, type SeededExercise } from '@proprio/clinical';
import type { ApiError, Exercise, Page } from '@proprio/contracts';
import {
  countLibraryRows,
  createClinic,
  createExercise,
  exerciseInput,
  type TestClinic,
  type TestUser,
} from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
let a: TestClinic;
let b: TestClinic;

beforeAll(async () => {
  t = await startTestApp();
  a = await createClinic(t, 'Library clinic A');
  b = await createClinic(t, 'Library clinic B');
});
afterAll(() => t.close());

const MISSING_ID = '00000000-0000-4000-8000-000000000000';

async function list(user: TestUser, query: string): Promise<Page<Exercise>> {
  const response = await t.http.get(`/api/v1/exercises?${query}`).set('authorization', user.auth);
  expect({ query, status: response.status }).toEqual({ query, status: 200 });
  return response.body as Page<Exercise>;
}

const numbers = (page: Page<Exercise>) => page.items.map((e) => e.catalogueNumber);
const catalogueNumbers = (keep: (e: SeededExercise) => boolean) =>
  SEEDED_EXERCISES.filter(keep).map((e) => e.catalogueNumber);

describe('the seeded exercise catalogue', () => {
  it('lists the 38 seeded exercises of REFERENCE §5 in catalogue order, read-only and identical for every clinic', async () => {
    expect(SEEDED_EXERCISES).toHaveLength(38);
    const page = await list(a.assistant, 'source=seeded&limit=100');
    expect(page.total).toBe(38);
    expect(numbers(page)).toEqual(Array.from({ length: 38 }, (_, i) => i + 1));
    for (const [i, seed] of SEEDED_EXERCISES.entries()) {
      expect(page.items[i]).toEqual({
        id: seed.id,
        source: 'seeded',
        catalogueNumber: seed.catalogueNumber,
        name: seed.name,
        description: seed.description,
        skills: seed.skills,
        equipment: seed.equipment,
        phases: seed.phases,
        defaultDosage: seed.defaultDosage,
        dosageSource: seed.dosageSource,
        dosageEvidence: seed.dosageEvidence,
        progressionVariables: seed.progressionVariables,
        progressionNotes: seed.progressionNotes,
        archivedAt: null,
        version: 1,
      });
    }
    expect(await list(b.therapist, 'source=seeded&limit=100')).toEqual(page);

    const one = await t.http.get(`/api/v1/exercises/${SEEDED_EXERCISES[17]!.id}`).set('authorization', b.admin.auth);
    expect(one.status).toBe(200);
    expect(one.body).toEqual(page.items[17]);
  });

  it('pages with a stable order and the full total', async () => {
    const pages = [];
    for (let offset = 0; offset < 38; offset += 10) {
      pages.push(...numbers(await list(a.therapist, `source=seeded&limit=10&offset=${offset}`)));
    }
    expect(pages).toEqual(Array.from({ length: 38 }, (_, i) => i + 1));
    const first = await list(a.therapist, 'source=seeded');
    expect({ total: first.total, limit: first.limit, offset: first.offset, size: first.items.length }).toEqual({
      total: 38,
      limit: 20,
      offset: 0,
      size: 20,
    });
  });

  const has = <T>(list: readonly T[], wanted: readonly T[]) => wanted.every((w) => list.includes(w));
  const FILTERS: { query: string; keep: (e: SeededExercise) => boolean }[] = [
    { query: 'skill=balance', keep: (e) => has(e.skills, ['balance']) },
    { query: 'skill=balance&skill=reaction_time', keep: (e) => has(e.skills, ['balance', 'reaction_time']) },
    { query: 'skill=power&phase=p3', keep: (e) => has(e.skills, ['power']) && has(e.phases, ['p3']) },
    {
      query: 'skill=agility&phase=p4&phase=p5',
      keep: (e) => has(e.skills, ['agility']) && has(e.phases, ['p4', 'p5']),
    },
    { query: 'phase=p1', keep: (e) => has(e.phases, ['p1']) },
    { query: 'equipment=cones', keep: (e) => has(e.equipment, ['cones']) },
    {
      query: 'equipment=cones&skill=speed&phase=p3',
      keep: (e) => has(e.equipment, ['cones']) && has(e.skills, ['speed']) && has(e.phases, ['p3']),
    },
    { query: 'equipment=ball&equipment=balance_disc', keep: (e) => has(e.equipment, ['ball', 'balance_disc']) },
    // availableOnly: what the clinic has; the exercise needs nothing else.
    { query: 'availableOnly=true', keep: (e) => e.equipment.length === 0 },
    {
      query: 'availableOnly=true&equipment=mat&equipment=chair',
      keep: (e) => e.equipment.every((q) => ['mat', 'chair'].includes(q)),
    },
    {
      query: 'availableOnly=true&equipment=cones&skill=agility',
      keep: (e) => e.equipment.every((q) => q === 'cones') && has(e.skills, ['agility']),
    },
  ];

  it.each(FILTERS)(
    'filters by $query (every skill and phase asked for; equipment used or available)',
    async ({ query, keep }) => {
      const expected = catalogueNumbers(keep);
      expect(expected.length).toBeGreaterThan(0);
      const page = await list(a.therapist, `source=seeded&limit=100&${query}`);
      expect(numbers(page)).toEqual(expected);
      expect(page.total).toBe(expected.length);
    },
  );

  it('filters combine: nothing trains every skill at once', async () => {
    const all = ['agility', 'balance', 'coordination', 'reaction_time', 'speed', 'power'];
    expect((await list(a.therapist, all.map((s) => `skill=${s}`).join('&'))).total).toBe(0);
  });

  it('searches names: every word, case-insensitively, wildcards taken literally', async () => {
    const wordsIn = (e: SeededExercise, words: string[]) => words.every((w) => e.name.toLowerCase().includes(w));
    expect(numbers(await list(a.therapist, 'source=seeded&limit=100&q=single%20LEG'))).toEqual(
      catalogueNumbers((e) => wordsIn(e, ['single', 'leg'])),
    );
    expect(numbers(await list(a.therapist, 'source=seeded&q=nordic'))).toEqual([13]);
    expect(numbers(await list(a.therapist, 'source=seeded&q=plank&skill=coordination'))).toEqual([11, 12]);
    expect((await list(a.therapist, 'q=%25')).total).toBe(0);
    expect((await list(a.therapist, 'q=_')).total).toBe(0);
    expect((await list(a.therapist, 'q=nothing-like-this')).total).toBe(0);
  });

  it('refuses filter values outside the vocabulary and oversized pages with a 400 naming the parameter', async () => {
    for (const [query, field] of [
      ['skill=balance&skill=juggling', 'skill'],
      ['skill=Balance', 'skill'],
      ['equipment=trampoline', 'equipment'],
      ['phase=p9', 'phase'],
      ['source=theirs', 'source'],
      ['availableOnly=maybe', 'availableOnly'],
      ['limit=101', 'limit'],
      ['limit=0', 'limit'],
    ] as const) {
      const response = await t.http.get(`/api/v1/exercises?${query}`).set('authorization', a.therapist.auth);
      expect({ query, status: response.status }).toEqual({ query, status: 400 });
      const body = response.body as ApiError;
      expect({ query, code: body.code, fields: body.details?.map((d) => d.field) }).toEqual({
        query,
        code: 'VALIDATION_FAILED',
        fields: [field],
      });
    }
  });

  it('is read-only: updating or archiving a seeded exercise is 403 SEEDED_READ_ONLY and writes nothing', async () => {
    const seed = SEEDED_EXERCISES[3]!;
    const before = await countLibraryRows(t);
    const read = () =>
      t.db.query('SELECT name, default_dosage, archived_at, version FROM exercise WHERE id = $1', [seed.id]);
    const original = (await read()).rows;
    for (const user of [a.therapist, a.admin]) {
      const update = await t.http
        .put(`/api/v1/exercises/${seed.id}`)
        .set('authorization', user.auth)
        .send({ ...exerciseInput({ name: 'Renamed' }), version: 1 });
      expect(update.status).toBe(403);
      expect(update.body).toMatchObject({ statusCode: 403, code: 'SEEDED_READ_ONLY' });
      for (const action of ['archive', 'restore']) {
        const response = await t.http
          .post(`/api/v1/exercises/${seed.id}/${action}`)
          .set('authorization', user.auth)
          .send({ version: 1 });
        expect({ action, status: response.status, code: (response.body as ApiError).code }).toEqual({
          action,
          status: 403,
          code: 'SEEDED_READ_ONLY',
        });
      }
    }
    expect(await countLibraryRows(t)).toEqual(before);
    expect((await read()).rows).toEqual(original);
  });
});

describe("a clinic's own exercises", () => {
  it('creates one stamped with the clinic, listed after the catalogue, and reads it back', async () => {
    const input = exerciseInput({
      name: 'Zig-zag hops on a ladder',
      defaultDosage: { sets: 2, reps: 8, frequencyPerWeek: 2 },
    });
    const created = await t.http.post('/api/v1/exercises').set('authorization', a.therapist.auth).send(input);
    expect(created.status).toBe(201);
    const exercise = created.body as Exercise;
    expect(exercise).toEqual({
      ...input,
      id: expect.any(String),
      source: 'clinic',
      catalogueNumber: null,
      // Normalised by the clinical library: every key present.
      defaultDosage: { sets: 2, reps: 8, holdSeconds: null, frequencyPerWeek: 2, loadKg: null },
      dosageSource: null,
      dosageEvidence: null,
      archivedAt: null,
      version: 1,
    });
    const row = await t.db.query('SELECT clinic_id, created_by FROM exercise WHERE id = $1', [exercise.id]);
    expect(row.rows).toEqual([{ clinic_id: a.id, created_by: a.therapist.id }]);

    const read = await t.http.get(`/api/v1/exercises/${exercise.id}`).set('authorization', a.assistant.auth);
    expect(read.status).toBe(200);
    expect(read.body).toEqual(exercise);

    const all = await list(a.assistant, 'limit=100&q=zig-zag');
    expect(all.items.map((e) => e.id)).toEqual([exercise.id]);
    const everything = await list(a.assistant, 'limit=100');
    expect(everything.items.at(-1)?.source).toBe('clinic');
    expect(everything.items.slice(0, 38).every((e) => e.source === 'seeded')).toBe(true);
    const own = await list(a.assistant, 'source=clinic&limit=100');
    expect(own.items.every((e) => e.source === 'clinic')).toBe(true);
    expect(own.items.map((e) => e.id)).toContain(exercise.id);
    // Filters apply to a clinic's exercises too.
    expect((await list(a.assistant, 'q=zig-zag&skill=balance&phase=p3&equipment=step')).total).toBe(1);
    expect((await list(a.assistant, 'q=zig-zag&skill=power')).total).toBe(0);
    expect((await list(a.assistant, 'q=zig-zag&availableOnly=true&equipment=cones')).total).toBe(0);
  });

  it('orders the clinic’s exercises by name after the catalogue', async () => {
    const c = await createClinic(t, 'Ordering clinic');
    for (const name of ['Charlie drill', 'alpha drill', 'Bravo drill']) await createExercise(t, c.admin, { name });
    const own = await list(c.therapist, 'source=clinic');
    expect(own.items.map((e) => e.name)).toEqual(['alpha drill', 'Bravo drill', 'Charlie drill']);
    const tail = await list(c.therapist, 'limit=3&offset=38');
    expect(tail.items.map((e) => e.name)).toEqual(['alpha drill', 'Bravo drill', 'Charlie drill']);
    expect(tail.total).toBe(41);
  });

  it('replaces it with the version read and refuses a stale version with 409, keeping the first write', async () => {
    const exercise = await createExercise(t, a.therapist);
    const first = await t.http
      .put(`/api/v1/exercises/${exercise.id}`)
      .set('authorization', a.admin.auth)
      .send({
        ...exerciseInput({
          name: 'Step-down, 20 cm',
          skills: ['coordination'],
          defaultDosage: { sets: 4, holdSeconds: 5, frequencyPerWeek: 3, loadKg: 2.5 },
        }),
        version: exercise.version,
      });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({
      name: 'Step-down, 20 cm',
      skills: ['coordination'],
      defaultDosage: { sets: 4, reps: null, holdSeconds: 5, frequencyPerWeek: 3, loadKg: 2.5 },
      version: exercise.version + 1,
    });

    const stale = await t.http
      .put(`/api/v1/exercises/${exercise.id}`)
      .set('authorization', a.therapist.auth)
      .send({ ...exerciseInput({ name: 'Lost update' }), version: exercise.version });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ code: 'VERSION_CONFLICT', details: [{ field: 'version' }] });
    const row = await t.db.query('SELECT name, version FROM exercise WHERE id = $1', [exercise.id]);
    expect(row.rows).toEqual([{ name: 'Step-down, 20 cm', version: 2 }]);
  });

  it('archives instead of deleting: the exercise leaves the default list and comes back on restore', async () => {
    const exercise = await createExercise(t, a.therapist, { name: 'Archivable drill' });
    const archived = await t.http
      .post(`/api/v1/exercises/${exercise.id}/archive`)
      .set('authorization', a.therapist.auth)
      .send({ version: exercise.version });
    expect(archived.status).toBe(200);
    expect(archived.body).toMatchObject({ archivedAt: expect.any(String), version: 2 });
    expect((await list(a.therapist, 'q=archivable')).total).toBe(0);
    expect((await list(a.therapist, 'q=archivable&includeArchived=true')).items.map((e) => e.id)).toEqual([
      exercise.id,
    ]);
    // Still readable by id (programmes that prescribe it keep showing it).
    expect((await t.http.get(`/api/v1/exercises/${exercise.id}`).set('authorization', a.therapist.auth)).status).toBe(
      200,
    );
    const stale = await t.http
      .post(`/api/v1/exercises/${exercise.id}/restore`)
      .set('authorization', a.therapist.auth)
      .send({ version: 1 });
    expect(stale.status).toBe(409);
    const restored = await t.http
      .post(`/api/v1/exercises/${exercise.id}/restore`)
      .set('authorization', a.therapist.auth)
      .send({ version: 2 });
    expect(restored.status).toBe(200);
    expect(restored.body).toMatchObject({ archivedAt: null, version: 3 });
    expect((await list(a.therapist, 'q=archivable')).total).toBe(1);
    const deleted = await t.http.delete(`/api/v1/exercises/${exercise.id}`).set('authorization', a.admin.auth);
    expect(deleted.status).toBe(404);
  });

  it('lets admins and therapists write the library; an assistant reads it but cannot write (403, nothing written)', async () => {
    const exercise = await createExercise(t, a.admin);
    const before = await countLibraryRows(t);
    const create = await t.http.post('/api/v1/exercises').set('authorization', a.assistant.auth).send(exerciseInput());
    expect(create.status).toBe(403);
    expect(create.body).toMatchObject({ code: 'FORBIDDEN' });
    const update = await t.http
      .put(`/api/v1/exercises/${exercise.id}`)
      .set('authorization', a.assistant.auth)
      .send({ ...exerciseInput(), version: 1 });
    expect(update.status).toBe(403);
    const archive = await t.http
      .post(`/api/v1/exercises/${exercise.id}/archive`)
      .set('authorization', a.assistant.auth)
      .send({ version: 1 });
    expect(archive.status).toBe(403);
    expect(await countLibraryRows(t)).toEqual(before);
    expect((await t.db.query('SELECT version FROM exercise WHERE id = $1', [exercise.id])).rows).toEqual([
      { version: 1 },
    ]);
    expect((await t.http.get(`/api/v1/exercises/${exercise.id}`).set('authorization', a.assistant.auth)).status).toBe(
      200,
    );
  });
});

describe('exercise input validation', () => {
  const CASES: { what: string; body: Record<string, unknown>; fields: string[] }[] = [
    { what: 'an unknown skill', body: exerciseInput({ skills: ['balance', 'juggling'] }), fields: ['skills'] },
    { what: 'no skill', body: exerciseInput({ skills: [] }), fields: ['skills'] },
    { what: 'no phase', body: exerciseInput({ phases: [] }), fields: ['phases'] },
    { what: 'an unknown phase', body: exerciseInput({ phases: ['p7'] }), fields: ['phases'] },
    { what: 'unknown equipment', body: exerciseInput({ equipment: ['treadmill'] }), fields: ['equipment'] },
    { what: 'a repeated skill', body: exerciseInput({ skills: ['balance', 'balance'] }), fields: ['skills'] },
    {
      what: 'an unknown progression variable',
      body: exerciseInput({ progressionVariables: ['colour'] }),
      fields: ['progressionVariables'],
    },
    { what: 'a missing name', body: exerciseInput({ name: undefined }), fields: ['name'] },
    { what: 'a blank name', body: exerciseInput({ name: '   ' }), fields: ['name'] },
    { what: 'a name too long', body: exerciseInput({ name: 'x'.repeat(121) }), fields: ['name'] },
    { what: 'no dosage', body: exerciseInput({ defaultDosage: undefined }), fields: ['defaultDosage'] },
    { what: 'a clinic id (mass assignment)', body: exerciseInput({ clinicId: MISSING_ID }), fields: ['clinicId'] },
    {
      what: 'reps 0',
      body: exerciseInput({
        defaultDosage: { sets: 3, reps: 0, holdSeconds: null, frequencyPerWeek: 3, loadKg: null },
      }),
      fields: ['defaultDosage.reps'],
    },
    {
      what: 'sets 11',
      body: exerciseInput({
        defaultDosage: { sets: 11, reps: 10, holdSeconds: null, frequencyPerWeek: 3, loadKg: null },
      }),
      fields: ['defaultDosage.sets'],
    },
    {
      what: 'neither reps nor hold',
      body: exerciseInput({ defaultDosage: { sets: 3, frequencyPerWeek: 3 } }),
      fields: ['defaultDosage.reps'],
    },
    {
      what: 'a misspelt dosage key and a fractional load',
      body: exerciseInput({ defaultDosage: { sets: 3, rep: 10, holdSeconds: 20, frequencyPerWeek: 3, loadKg: 2.25 } }),
      fields: ['defaultDosage.rep', 'defaultDosage.loadKg'],
    },
  ];

  it.each(CASES)('refuses $what with a 400 naming the field, and writes nothing', async ({ body, fields }) => {
    const before = await countLibraryRows(t);
    const response = await t.http.post('/api/v1/exercises').set('authorization', a.therapist.auth).send(body);
    expect(response.status).toBe(400);
    const error = response.body as ApiError;
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.details?.map((d) => d.field).sort()).toEqual([...fields].sort());
    expect(await countLibraryRows(t)).toEqual(before);
  });

  it('refuses an invalid replacement, a missing version and a malformed id, leaving the row unchanged', async () => {
    const exercise = await createExercise(t, a.therapist);
    const read = () => t.db.query('SELECT name, default_dosage, version FROM exercise WHERE id = $1', [exercise.id]);
    const original = (await read()).rows;
    const badDosage = await t.http
      .put(`/api/v1/exercises/${exercise.id}`)
      .set('authorization', a.therapist.auth)
      .send({ ...exerciseInput({ defaultDosage: { sets: 3, reps: 10, frequencyPerWeek: 15 } }), version: 1 });
    expect(badDosage.status).toBe(400);
    expect((badDosage.body as ApiError).details?.map((d) => d.field)).toEqual(['defaultDosage.frequencyPerWeek']);
    const noVersion = await t.http
      .put(`/api/v1/exercises/${exercise.id}`)
      .set('authorization', a.therapist.auth)
      .send(exerciseInput());
    expect(noVersion.status).toBe(400);
    expect((noVersion.body as ApiError).details?.map((d) => d.field)).toEqual(['version']);
    const malformed = await t.http.get('/api/v1/exercises/not-a-uuid').set('authorization', a.therapist.auth);
    expect(malformed.status).toBe(400);
    expect((malformed.body as ApiError).details).toEqual([{ field: 'id', issue: 'must be a UUID' }]);
    expect((await read()).rows).toEqual(original);
  });
});

describe('exercises: tenant isolation', () => {
  it('clinic B cannot see, list, change or archive clinic A’s exercise (404 like a missing one, row unchanged)', async () => {
    const exercise = await createExercise(t, a.therapist, { name: 'Only clinic A drill' });
    const missing = await t.http.get(`/api/v1/exercises/${MISSING_ID}`).set('authorization', b.therapist.auth);
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ code: 'EXERCISE_NOT_FOUND' });
    const read = await t.http.get(`/api/v1/exercises/${exercise.id}`).set('authorization', b.therapist.auth);
    expect(read.status).toBe(404);
    expect({ ...read.body, correlationId: '' }).toEqual({ ...missing.body, correlationId: '' });

    for (const query of ['q=only%20clinic', 'source=clinic&limit=100', 'limit=100&offset=0&includeArchived=true']) {
      expect((await list(b.admin, query)).items.map((e) => e.id)).not.toContain(exercise.id);
    }
    expect((await list(b.admin, 'q=only%20clinic')).total).toBe(0);

    const row = () => t.db.query('SELECT name, archived_at, version FROM exercise WHERE id = $1', [exercise.id]);
    const original = (await row()).rows;
    const update = await t.http
      .put(`/api/v1/exercises/${exercise.id}`)
      .set('authorization', b.admin.auth)
      .send({ ...exerciseInput({ name: 'Hijacked' }), version: exercise.version });
    expect(update.status).toBe(404);
    expect({ ...update.body, correlationId: '' }).toEqual({ ...missing.body, correlationId: '' });
    for (const action of ['archive', 'restore']) {
      const response = await t.http
        .post(`/api/v1/exercises/${exercise.id}/${action}`)
        .set('authorization', b.therapist.auth)
        .send({ version: exercise.version });
      expect({ action, status: response.status }).toEqual({ action, status: 404 });
    }
    expect((await row()).rows).toEqual(original);
  });
});
