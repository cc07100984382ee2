import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { SEEDED_EXERCISES, SEEDED_PROTOCOL, type ProtocolDefinition, type SeededProtocol } from '@proprio/clinical';
import type { ApiError, Page, Protocol, ProtocolSummary, ProtocolVersion } from '@proprio/contracts';
import { DataSource, QueryFailedError } from 'typeorm';
import { fromProtocolVersionTrigger } from '../../apps/api/src/modules/library/library-errors.js';
import {
  REFERENCE_LIBRARY,
  syncReferenceLibrary,
  type ReferenceLibrary,
} from '../../apps/api/src/modules/library/reference-library.js';
import {
  assignVersionToProgramme,
  countLibraryRows,
  createClinic,
  createExercise,
  type TestClinic,
  type TestUser,
} from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
let a: TestClinic;
let b: TestClinic;

beforeAll(async () => {
  t = await startTestApp();
  a = await createClinic(t, 'Protocol clinic A');
  b = await createClinic(t, 'Protocol clinic B');
});
afterAll(() => t.close());

const MISSING_ID = '00000000-0000-4000-8000-000000000000';
const DOSAGE = { sets: 3, reps: 10, holdSeconds: null, frequencyPerWeek: 3, loadKg: null };

/** A small valid definition in the normalised form the API stores (so it reads back equal). */
function definition(exerciseIds: string[] = [SEEDED_EXERCISES[0]!.id]): ProtocolDefinition {
  return {
    phases: [
      {
        key: 'p1',
        name: 'Early',
        typicalWeeks: { from: 0, to: 4 },
        preoperative: false,
        returnToSportGate: false,
        exitCriteria: [
          { measure: 'quad_lag_deg', comparator: '<=', threshold: 5, evidence: 'S', source: 'Our audit', bonus: false },
        ],
        exercises: exerciseIds.map((exerciseId) => ({
          exerciseId,
          dosage: DOSAGE,
          progression: { surface: 'firm' },
          notes: null,
        })),
        guidance: null,
      },
      {
        key: 'rts',
        name: 'Return to sport',
        typicalWeeks: { from: 36, to: null },
        preoperative: false,
        returnToSportGate: true,
        exitCriteria: [],
        exercises: [],
        guidance: 'Pick a set per patient.',
      },
    ],
    returnToSportSets: [
      {
        key: 'clinic',
        name: 'Our gate',
        evidence: null,
        source: null,
        criteria: [
          {
            measure: 'single_hop_lsi_pct',
            comparator: '>=',
            threshold: 90,
            evidence: 'V',
            source: 'Grindem 2016',
            bonus: false,
          },
        ],
      },
    ],
  };
}

async function createProtocol(user: TestUser, body: Record<string, unknown> = {}): Promise<Protocol> {
  const response = await t.http
    .post('/api/v1/protocols')
    .set('authorization', user.auth)
    .send({ title: 'Our protocol', definition: definition(), ...body });
  expect(response.status).toBe(201);
  return response.body as Protocol;
}

async function getVersion(user: TestUser, id: string): Promise<ProtocolVersion> {
  const response = await t.http.get(`/api/v1/protocol-versions/${id}`).set('authorization', user.auth);
  expect(response.status).toBe(200);
  return response.body as ProtocolVersion;
}

async function seededProtocol(user: TestUser): Promise<Protocol> {
  const response = await t.http.get(`/api/v1/protocols/${SEEDED_PROTOCOL.id}`).set('authorization', user.auth);
  expect(response.status).toBe(200);
  return response.body as Protocol;
}

const versionRow = async (id: string): Promise<unknown[]> =>
  (await t.db.query('SELECT number, definition, version FROM protocol_version WHERE id = $1', [id])).rows as unknown[];

describe('the seeded protocol', () => {
  it('is listed for every clinic with its latest version, and reads with its 6 phases and exercise names', async () => {
    for (const user of [a.assistant, b.therapist]) {
      const response = await t.http.get('/api/v1/protocols').set('authorization', user.auth);
      expect(response.status).toBe(200);
      const page = response.body as Page<ProtocolSummary>;
      expect(page.items[0]).toEqual({
        id: SEEDED_PROTOCOL.id,
        source: 'seeded',
        title: SEEDED_PROTOCOL.title,
        description: SEEDED_PROTOCOL.description,
        latestVersion: {
          id: expect.any(String),
          number: 1,
          createdAt: expect.any(String),
          createdBy: null,
          inUse: false,
        },
        archivedAt: null,
      });
    }

    const protocol = await seededProtocol(a.therapist);
    expect(protocol).toMatchObject({ source: 'seeded', clonedFromVersionId: null, version: 1 });
    expect(protocol.versions).toEqual([protocol.latestVersion]);

    const version = await getVersion(a.therapist, protocol.latestVersion.id);
    expect(version).toMatchObject({
      protocolId: SEEDED_PROTOCOL.id,
      title: SEEDED_PROTOCOL.title,
      number: 1,
      inUse: false,
    });
    expect(version.definition.phases.map((p) => p.key)).toEqual(['preop', 'p1', 'p2', 'p3', 'p4', 'p5']);
    expect(version.definition).toEqual(JSON.parse(JSON.stringify(SEEDED_PROTOCOL.definition)));
    const ids = new Set(version.definition.phases.flatMap((p) => p.exercises.map((e) => e.exerciseId)));
    expect(ids.size).toBeGreaterThan(10);
    expect(Object.keys(version.exerciseNames).sort()).toEqual([...ids].sort());
    for (const id of ids) {
      expect(version.exerciseNames[id]).toBe(SEEDED_EXERCISES.find((e) => e.id === id)!.name);
    }
  });

  it('is read-only: a new version or an edit is 403 SEEDED_READ_ONLY and writes nothing', async () => {
    const protocol = await seededProtocol(a.admin);
    const before = await countLibraryRows(t);
    const original = await versionRow(protocol.latestVersion.id);
    const append = await t.http
      .post(`/api/v1/protocols/${SEEDED_PROTOCOL.id}/versions`)
      .set('authorization', a.admin.auth)
      .send({ definition: definition() });
    expect(append.status).toBe(403);
    expect(append.body).toMatchObject({ code: 'SEEDED_READ_ONLY' });
    const edit = await t.http
      .put(`/api/v1/protocol-versions/${protocol.latestVersion.id}`)
      .set('authorization', a.therapist.auth)
      .send({ version: 1, definition: definition() });
    expect(edit.status).toBe(403);
    expect(edit.body).toMatchObject({ code: 'SEEDED_READ_ONLY' });
    expect(await countLibraryRows(t)).toEqual(before);
    expect(await versionRow(protocol.latestVersion.id)).toEqual(original);
  });

  it('the database itself refuses to change or delete a seeded version (trigger)', async () => {
    const { latestVersion } = await seededProtocol(a.admin);
    await expect(
      t.db.query(`UPDATE protocol_version SET definition = '{}' WHERE id = $1`, [latestVersion.id]),
    ).rejects.toMatchObject({ code: 'P0001', message: expect.stringContaining('seeded protocol version') });
    await expect(t.db.query('DELETE FROM protocol_version WHERE id = $1', [latestVersion.id])).rejects.toMatchObject({
      code: 'P0001',
    });
  });
});

describe('clinic protocols', () => {
  it('creates one with version 1, stamped with the clinic, listed after the seeded ones', async () => {
    const own = await createExercise(t, a.therapist, { name: 'Clinic A hop drill' });
    const input = definition([SEEDED_EXERCISES[0]!.id, own.id]);
    const created = await t.http
      .post('/api/v1/protocols')
      .set('authorization', a.therapist.auth)
      .send({ title: 'Clinic A post-ACLR', description: 'Our adaptation', definition: input });
    expect(created.status).toBe(201);
    const protocol = created.body as Protocol;
    expect(protocol).toEqual({
      id: expect.any(String),
      source: 'clinic',
      title: 'Clinic A post-ACLR',
      description: 'Our adaptation',
      latestVersion: {
        id: expect.any(String),
        number: 1,
        createdAt: expect.any(String),
        createdBy: a.therapist.id,
        inUse: false,
      },
      versions: [protocol.latestVersion],
      clonedFromVersionId: null,
      archivedAt: null,
      version: 1,
    });
    expect(
      (await t.db.query('SELECT clinic_id, created_by, seed_key FROM protocol WHERE id = $1', [protocol.id])).rows,
    ).toEqual([{ clinic_id: a.id, created_by: a.therapist.id, seed_key: null }]);

    const version = await getVersion(a.assistant, protocol.latestVersion.id);
    expect(version).toMatchObject({ protocolId: protocol.id, title: 'Clinic A post-ACLR', number: 1, version: 1 });
    expect(version.definition).toEqual(input);
    expect(version.exerciseNames).toEqual({
      [SEEDED_EXERCISES[0]!.id]: SEEDED_EXERCISES[0]!.name,
      [own.id]: 'Clinic A hop drill',
    });

    const list = await t.http.get('/api/v1/protocols?limit=100').set('authorization', a.assistant.auth);
    const items = (list.body as Page<ProtocolSummary>).items;
    expect(items[0]?.source).toBe('seeded');
    expect(items.map((p) => p.id)).toContain(protocol.id);
    const own2 = await t.http
      .get('/api/v1/protocols?source=clinic&q=clinic%20a')
      .set('authorization', a.assistant.auth);
    expect((own2.body as Page<ProtocolSummary>).items.map((p) => p.id)).toEqual([protocol.id]);
  });

  const INVALID: { what: string; change: (d: ProtocolDefinition) => void; field: string }[] = [
    {
      what: 'an unknown measure',
      change: (d) => ((d.phases[0]!.exitCriteria[0] as { measure: string }).measure = 'vibes_score'),
      field: 'definition.phases.0.exitCriteria.0.measure',
    },
    {
      what: 'an impossible threshold',
      change: (d) => (d.phases[0]!.exitCriteria[0]!.threshold = 120),
      field: 'definition.phases.0.exitCriteria.0.threshold',
    },
    {
      what: 'an impossible return-to-sport threshold',
      change: (d) => (d.returnToSportSets[0]!.criteria[0]!.threshold = 5000),
      field: 'definition.returnToSportSets.0.criteria.0.threshold',
    },
    {
      what: 'an unknown exercise id',
      change: (d) => (d.phases[0]!.exercises[0]!.exerciseId = MISSING_ID),
      field: 'definition.phases.0.exercises.0.exerciseId',
    },
    {
      what: 'an exercise id that is not a UUID',
      change: (d) => (d.phases[0]!.exercises[0]!.exerciseId = 'quad-set'),
      field: 'definition.phases.0.exercises.0.exerciseId',
    },
    {
      what: 'a dosage out of range',
      change: (d) => (d.phases[0]!.exercises[0]!.dosage = { ...DOSAGE, sets: 11 }),
      field: 'definition.phases.0.exercises.0.dosage.sets',
    },
    {
      what: 'an unknown progression setting',
      change: (d) => ((d.phases[0]!.exercises[0]!.progression as Record<string, string>)['surface'] = 'ice'),
      field: 'definition.phases.0.exercises.0.progression.surface',
    },
    {
      what: 'two phases with the same key',
      change: (d) => (d.phases[1]!.key = 'p1'),
      field: 'definition.phases.1.key',
    },
  ];

  it.each(INVALID)('refuses $what with a 400 naming the field, and writes nothing', async ({ change, field }) => {
    const body = definition();
    change(body);
    const before = await countLibraryRows(t);
    const response = await t.http
      .post('/api/v1/protocols')
      .set('authorization', a.therapist.auth)
      .send({ title: 'Invalid', definition: body });
    expect(response.status).toBe(400);
    const error = response.body as ApiError;
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.details?.map((d) => d.field)).toEqual([field]);
    expect(await countLibraryRows(t)).toEqual(before);
  });

  it('refuses another clinic’s exercise as if it did not exist (400), and a missing title or definition', async () => {
    const theirs = await createExercise(t, b.therapist, { name: 'Clinic B secret drill' });
    const before = await countLibraryRows(t);
    const response = await t.http
      .post('/api/v1/protocols')
      .set('authorization', a.therapist.auth)
      .send({ title: 'Borrowing', definition: definition([theirs.id]) });
    expect(response.status).toBe(400);
    expect((response.body as ApiError).details).toEqual([
      { field: 'definition.phases.0.exercises.0.exerciseId', issue: expect.any(String) },
    ]);
    const missing = await t.http
      .post('/api/v1/protocols')
      .set('authorization', a.therapist.auth)
      .send({ description: 'no title', definition: 'phases' });
    expect(missing.status).toBe(400);
    expect((missing.body as ApiError).details?.map((d) => d.field).sort()).toEqual(['definition', 'title']);
    expect(await countLibraryRows(t)).toEqual(before);
  });

  it('clones the seeded protocol into a new clinic protocol (version 1, cloned from the seeded version)', async () => {
    const seeded = await seededProtocol(a.therapist);
    const response = await t.http
      .post(`/api/v1/protocols/${SEEDED_PROTOCOL.id}/clone`)
      .set('authorization', a.admin.auth)
      .send({ title: 'Our copy of the post-ACLR protocol' });
    expect(response.status).toBe(201);
    const clone = response.body as Protocol;
    expect(clone).toMatchObject({
      source: 'clinic',
      title: 'Our copy of the post-ACLR protocol',
      description: SEEDED_PROTOCOL.description,
      clonedFromVersionId: seeded.latestVersion.id,
      latestVersion: { number: 1, createdBy: a.admin.id, inUse: false },
    });
    expect(clone.versions).toHaveLength(1);
    expect(clone.id).not.toBe(SEEDED_PROTOCOL.id);
    const copied = await getVersion(a.therapist, clone.latestVersion.id);
    const original = await getVersion(a.therapist, seeded.latestVersion.id);
    expect(copied.definition).toEqual(original.definition);
    expect(copied.exerciseNames).toEqual(original.exerciseNames);
    // The clinic's copy is editable, unlike the original.
    const edit = await t.http
      .put(`/api/v1/protocol-versions/${clone.latestVersion.id}`)
      .set('authorization', a.therapist.auth)
      .send({
        version: 1,
        definition: { ...copied.definition, returnToSportSets: copied.definition.returnToSportSets.slice(0, 1) },
      });
    expect(edit.status).toBe(200);
  });

  it('clones a chosen version of the clinic’s own protocol; a version of another protocol is a 400', async () => {
    const protocol = await createProtocol(a.therapist, { title: 'Versioned' });
    const v2 = (
      await t.http
        .post(`/api/v1/protocols/${protocol.id}/versions`)
        .set('authorization', a.therapist.auth)
        .send({ definition: definition([SEEDED_EXERCISES[1]!.id]) })
    ).body as ProtocolVersion;
    const fromV1 = await t.http
      .post(`/api/v1/protocols/${protocol.id}/clone`)
      .set('authorization', a.therapist.auth)
      .send({ title: 'From v1', versionId: protocol.latestVersion.id });
    expect(fromV1.status).toBe(201);
    expect((fromV1.body as Protocol).clonedFromVersionId).toBe(protocol.latestVersion.id);
    const copy = await getVersion(a.therapist, (fromV1.body as Protocol).latestVersion.id);
    expect(copy.definition).toEqual(definition());
    const fromLatest = await t.http
      .post(`/api/v1/protocols/${protocol.id}/clone`)
      .set('authorization', a.therapist.auth)
      .send({ title: 'From latest' });
    expect((fromLatest.body as Protocol).clonedFromVersionId).toBe(v2.id);

    const before = await countLibraryRows(t);
    const wrong = await t.http
      .post(`/api/v1/protocols/${SEEDED_PROTOCOL.id}/clone`)
      .set('authorization', a.therapist.auth)
      .send({ title: 'Mismatch', versionId: v2.id });
    expect(wrong.status).toBe(400);
    expect((wrong.body as ApiError).details?.map((d) => d.field)).toEqual(['versionId']);
    expect(await countLibraryRows(t)).toEqual(before);
  });

  it('edits an unused version in place with the version read; a stale one is 409 and keeps the first write', async () => {
    const protocol = await createProtocol(a.therapist);
    const id = protocol.latestVersion.id;
    const changed = definition([SEEDED_EXERCISES[2]!.id, SEEDED_EXERCISES[3]!.id]);
    const edit = await t.http
      .put(`/api/v1/protocol-versions/${id}`)
      .set('authorization', a.admin.auth)
      .send({ version: 1, definition: changed });
    expect(edit.status).toBe(200);
    expect(edit.body).toMatchObject({ id, number: 1, version: 2, inUse: false, definition: changed });
    expect(Object.keys((edit.body as ProtocolVersion).exerciseNames).sort()).toEqual(
      [SEEDED_EXERCISES[2]!.id, SEEDED_EXERCISES[3]!.id].sort(),
    );
    const stale = await t.http
      .put(`/api/v1/protocol-versions/${id}`)
      .set('authorization', a.therapist.auth)
      .send({ version: 1, definition: definition() });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ code: 'VERSION_CONFLICT' });
    expect(await versionRow(id)).toEqual([{ number: 1, definition: changed, version: 2 }]);
    // Still one version: an edit in place is not a new version.
    const reread = await t.http.get(`/api/v1/protocols/${protocol.id}`).set('authorization', a.therapist.auth);
    expect((reread.body as Protocol).versions.map((v) => v.number)).toEqual([1]);

    const invalid = await t.http
      .put(`/api/v1/protocol-versions/${id}`)
      .set('authorization', a.therapist.auth)
      .send({ version: 2, definition: { ...changed, phases: [] } });
    expect(invalid.status).toBe(400);
    expect((invalid.body as ApiError).details?.map((d) => d.field)).toEqual(['definition.phases']);
    expect(await versionRow(id)).toEqual([{ number: 1, definition: changed, version: 2 }]);
  });

  it('never edits a version in use: 409 PROTOCOL_VERSION_IN_USE, unchanged; a new version (2) is the way', async () => {
    const protocol = await createProtocol(a.therapist, { title: 'In use soon' });
    const v1 = protocol.latestVersion.id;
    await assignVersionToProgramme(t, a, v1);
    expect((await getVersion(a.therapist, v1)).inUse).toBe(true);
    const original = await versionRow(v1);

    const before = await countLibraryRows(t);
    const edit = await t.http
      .put(`/api/v1/protocol-versions/${v1}`)
      .set('authorization', a.therapist.auth)
      .send({ version: 1, definition: definition([SEEDED_EXERCISES[5]!.id]) });
    expect(edit.status).toBe(409);
    expect(edit.body).toMatchObject({ statusCode: 409, code: 'PROTOCOL_VERSION_IN_USE' });
    expect(await versionRow(v1)).toEqual(original);
    expect(await countLibraryRows(t)).toEqual(before);

    const appended = await t.http
      .post(`/api/v1/protocols/${protocol.id}/versions`)
      .set('authorization', a.therapist.auth)
      .send({ definition: definition([SEEDED_EXERCISES[5]!.id]) });
    expect(appended.status).toBe(201);
    const v2 = appended.body as ProtocolVersion;
    expect(v2).toMatchObject({
      protocolId: protocol.id,
      number: 2,
      inUse: false,
      version: 1,
      createdBy: a.therapist.id,
    });
    expect(v2.exerciseNames).toEqual({ [SEEDED_EXERCISES[5]!.id]: SEEDED_EXERCISES[5]!.name });

    const reread = (await t.http.get(`/api/v1/protocols/${protocol.id}`).set('authorization', a.assistant.auth))
      .body as Protocol;
    expect(reread.versions.map((v) => [v.number, v.inUse])).toEqual([
      [2, false],
      [1, true],
    ]);
    expect(reread.latestVersion).toEqual(reread.versions[0]);
    const summary = (
      (await t.http.get('/api/v1/protocols?q=in%20use%20soon').set('authorization', a.assistant.auth))
        .body as Page<ProtocolSummary>
    ).items;
    expect(summary.map((p) => [p.id, p.latestVersion.number])).toEqual([[protocol.id, 2]]);
    // The new version is editable in place until it is used too.
    const editV2 = await t.http
      .put(`/api/v1/protocol-versions/${v2.id}`)
      .set('authorization', a.therapist.auth)
      .send({ version: 1, definition: definition() });
    expect(editV2.status).toBe(200);
  });

  it('the database refuses changing a version in use even without the service (trigger), mapped to the same 409', async () => {
    const protocol = await createProtocol(a.therapist, { title: 'Trigger check' });
    const id = protocol.latestVersion.id;
    await assignVersionToProgramme(t, a, id);
    await expect(t.db.query(`UPDATE protocol_version SET definition = '{}' WHERE id = $1`, [id])).rejects.toMatchObject(
      { code: 'P0001', message: expect.stringContaining('in use') },
    );
    await expect(t.db.query('DELETE FROM protocol_version WHERE id = $1', [id])).rejects.toMatchObject({
      code: 'P0001',
    });
    // What the service answers should the trigger be the one to refuse (a race past its own check).
    const error = await t.app
      .get(DataSource)
      .query(`UPDATE protocol_version SET version = version + 1 WHERE id = $1`, [id])
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(error).toBeInstanceOf(QueryFailedError);
    expect(fromProtocolVersionTrigger(error)).toMatchObject({ statusCode: 409, code: 'PROTOCOL_VERSION_IN_USE' });
    expect(await versionRow(id)).toEqual([{ number: 1, definition: definition(), version: 1 }]);
  });

  it('an assistant reads protocols but cannot create, clone, append or edit (403, nothing written)', async () => {
    const protocol = await createProtocol(a.admin);
    const before = await countLibraryRows(t);
    const calls = [
      t.http.post('/api/v1/protocols').send({ title: 'Nope', definition: definition() }),
      t.http.post(`/api/v1/protocols/${SEEDED_PROTOCOL.id}/clone`).send({ title: 'Nope' }),
      t.http.post(`/api/v1/protocols/${protocol.id}/versions`).send({ definition: definition() }),
      t.http
        .put(`/api/v1/protocol-versions/${protocol.latestVersion.id}`)
        .send({ version: 1, definition: definition() }),
    ];
    for (const call of calls) {
      const response = await call.set('authorization', a.assistant.auth);
      expect(response.status).toBe(403);
      expect(response.body).toMatchObject({ code: 'FORBIDDEN' });
    }
    expect(await countLibraryRows(t)).toEqual(before);
    expect((await t.http.get(`/api/v1/protocols/${protocol.id}`).set('authorization', a.assistant.auth)).status).toBe(
      200,
    );
  });
});

describe('protocols: tenant isolation', () => {
  it('clinic B cannot see, list, clone, append to or edit clinic A’s protocol (404 like a missing one)', async () => {
    const protocol = await createProtocol(a.therapist, { title: 'Only clinic A protocol' });
    const versionId = protocol.latestVersion.id;
    const before = await countLibraryRows(t);
    const original = await versionRow(versionId);

    const missing = await t.http.get(`/api/v1/protocols/${MISSING_ID}`).set('authorization', b.therapist.auth);
    expect(missing.body).toMatchObject({ statusCode: 404, code: 'PROTOCOL_NOT_FOUND' });
    const same = (response: { body: unknown }, expected: { body: unknown }) =>
      expect({ ...(response.body as object), correlationId: '' }).toEqual({
        ...(expected.body as object),
        correlationId: '',
      });

    same(await t.http.get(`/api/v1/protocols/${protocol.id}`).set('authorization', b.therapist.auth), missing);
    same(
      await t.http
        .post(`/api/v1/protocols/${protocol.id}/clone`)
        .set('authorization', b.therapist.auth)
        .send({ title: 'Stolen' }),
      missing,
    );
    same(
      await t.http
        .post(`/api/v1/protocols/${protocol.id}/versions`)
        .set('authorization', b.admin.auth)
        .send({ definition: definition() }),
      missing,
    );

    const missingVersion = await t.http
      .get(`/api/v1/protocol-versions/${MISSING_ID}`)
      .set('authorization', b.therapist.auth);
    expect(missingVersion.body).toMatchObject({ statusCode: 404, code: 'PROTOCOL_VERSION_NOT_FOUND' });
    same(
      await t.http.get(`/api/v1/protocol-versions/${versionId}`).set('authorization', b.therapist.auth),
      missingVersion,
    );
    same(
      await t.http
        .put(`/api/v1/protocol-versions/${versionId}`)
        .set('authorization', b.therapist.auth)
        .send({ version: 1, definition: definition() }),
      missingVersion,
    );

    const list = await t.http
      .get('/api/v1/protocols?limit=100&includeArchived=true')
      .set('authorization', b.admin.auth);
    expect((list.body as Page<ProtocolSummary>).items.map((p) => p.id)).not.toContain(protocol.id);
    expect(
      (await t.http.get('/api/v1/protocols?q=only%20clinic%20a').set('authorization', b.admin.auth)).body,
    ).toMatchObject({ total: 0, items: [] });

    expect(await countLibraryRows(t)).toEqual(before);
    expect(await versionRow(versionId)).toEqual(original);
  });

  it('a version’s inUse counts only the reader’s own programmes', async () => {
    const { latestVersion } = await seededProtocol(a.therapist);
    const c = await createClinic(t, 'Seeded user clinic');
    await assignVersionToProgramme(t, c, latestVersion.id);
    expect((await getVersion(c.therapist, latestVersion.id)).inUse).toBe(true);
    expect((await seededProtocol(c.therapist)).latestVersion.inUse).toBe(true);
    expect((await getVersion(b.therapist, latestVersion.id)).inUse).toBe(false);
    expect((await seededProtocol(b.therapist)).latestVersion.inUse).toBe(false);
  });
});

// Last: these runs change the seeded rows of this file's database.
describe('reference library sync at start-up', () => {
  const snapshot = async () => ({
    exercises: (
      await t.db.query(
        'SELECT id, catalogue_number, name, default_dosage, archived_at, version FROM exercise WHERE clinic_id IS NULL ORDER BY id',
      )
    ).rows,
    protocols: (await t.db.query('SELECT id, seed_key, title, version FROM protocol WHERE clinic_id IS NULL')).rows,
    versions: (
      await t.db.query(
        'SELECT v.id, v.number, v.definition, v.version FROM protocol_version v JOIN protocol p ON p.id = v.protocol_id WHERE p.clinic_id IS NULL ORDER BY v.number',
      )
    ).rows,
  });

  it('seeded the catalogue and the protocol once at start-up; running it again changes nothing', async () => {
    const dataSource = t.app.get(DataSource);
    const before = await snapshot();
    expect(before.exercises).toHaveLength(38);
    expect(before.protocols).toEqual([
      { id: SEEDED_PROTOCOL.id, seed_key: SEEDED_PROTOCOL.key, title: SEEDED_PROTOCOL.title, version: 1 },
    ]);
    expect(before.versions.map((v: { number: number }) => v.number)).toEqual([1]);
    for (let run = 0; run < 2; run += 1) {
      expect(await syncReferenceLibrary(dataSource)).toEqual({
        exercisesInserted: 0,
        exercisesUpdated: 0,
        exercisesArchived: 0,
        protocolsInserted: 0,
        protocolsUpdated: 0,
        protocolsArchived: 0,
        versionsAppended: 0,
      });
      expect(await snapshot()).toEqual(before);
    }
  });

  it('appends a version when the seeded definition changes (never edits one), once, even when two instances race', async () => {
    const dataSource = t.app.get(DataSource);
    const before = await snapshot();
    const changed: SeededProtocol = structuredClone(SEEDED_PROTOCOL);
    changed.definition.phases[1]!.guidance = 'Revised guidance for phase 1.';
    const reference: ReferenceLibrary = { exercises: REFERENCE_LIBRARY.exercises, protocols: [changed] };

    const reports = await Promise.all([
      syncReferenceLibrary(dataSource, reference),
      syncReferenceLibrary(dataSource, reference),
    ]);
    expect(reports.map((r) => r.versionsAppended).sort()).toEqual([0, 1]);
    const after = await snapshot();
    expect(after.exercises).toEqual(before.exercises);
    expect(after.versions).toHaveLength(2);
    expect(after.versions[0]).toEqual(before.versions[0]);
    expect(after.versions[1]).toMatchObject({ number: 2, version: 1 });
    expect((after.versions[1] as { definition: ProtocolDefinition }).definition.phases[1]!.guidance).toBe(
      'Revised guidance for phase 1.',
    );
    expect((await syncReferenceLibrary(dataSource, reference)).versionsAppended).toBe(0);

    const seeded = await seededProtocol(b.therapist);
    expect(seeded.versions.map((v) => v.number)).toEqual([2, 1]);
    expect(seeded.latestVersion.number).toBe(2);
  });

  it('updates a seeded exercise whose catalogue data changed, and archives one no longer shipped', async () => {
    const dataSource = t.app.get(DataSource);
    // Drop one that the seeded protocol does not list (a protocol listing a missing exercise is refused).
    const listed = new Set(SEEDED_PROTOCOL.definition.phases.flatMap((p) => p.exercises.map((e) => e.exerciseId)));
    const first = SEEDED_EXERCISES[0];
    const second = SEEDED_EXERCISES.find((e) => !listed.has(e.id));
    const renamed = { ...first!, name: 'Quadriceps set (renamed)' };
    const rest = SEEDED_EXERCISES.filter((e) => e !== first && e !== second);
    const reference: ReferenceLibrary = { exercises: [renamed, ...rest], protocols: REFERENCE_LIBRARY.protocols };
    const report = await syncReferenceLibrary(dataSource, reference);
    expect(report).toMatchObject({ exercisesInserted: 0, exercisesUpdated: 1, exercisesArchived: 1 });
    const rows = await t.db.query(
      'SELECT id, name, archived_at, version FROM exercise WHERE id = ANY($1) ORDER BY id',
      [[first!.id, second!.id]],
    );
    expect(rows.rows).toEqual([
      { id: first!.id, name: 'Quadriceps set (renamed)', archived_at: null, version: 2 },
      { id: second!.id, name: second!.name, archived_at: expect.any(Date), version: 2 },
    ]);
    // Back to the shipped catalogue: both are restored (the protocol is back to its shipped definition too).
    const restored = await syncReferenceLibrary(dataSource);
    expect(restored).toMatchObject({ exercisesUpdated: 2, exercisesArchived: 0, exercisesInserted: 0 });
    const again = await t.db.query('SELECT name, archived_at FROM exercise WHERE id = ANY($1) ORDER BY id', [
      [first!.id, second!.id],
    ]);
    expect(again.rows).toEqual([
      { name: first!.name, archived_at: null },
      { name: second!.name, archived_at: null },
    ]);
  });
});
