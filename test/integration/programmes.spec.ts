import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { EQUIPMENT, SEEDED_EXERCISES } from '@proprio/clinical';
import type { ApiError, Assessment, Programme, ProgrammeHistory, Progression, Readiness } from '@proprio/contracts';
import type { Response } from 'supertest';
import {
  archiveEpisode,
  countProgrammeRows,
  createClinic,
  createPatientEpisode,
  insertClinicExercise,
  seededProtocolVersionId,
  type TestClinic,
  type TestUser,
} from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
let a: TestClinic;
let b: TestClinic;
let seededVersionId: string;

beforeAll(async () => {
  t = await startTestApp();
  a = await createClinic(t, 'Programmes clinic A');
  b = await createClinic(t, 'Programmes clinic B');
  seededVersionId = await seededProtocolVersionId(t, a.therapist);
}, 60_000);
afterAll(() => t.close());

const isoDaysFromToday = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const today = () => isoDaysFromToday(0);
const fieldsOf = (body: unknown) => ((body as ApiError).details ?? []).map((d) => d.field).sort();
const ALL_EQUIPMENT = [...EQUIPMENT];
const exerciseNumber = (n: number) => SEEDED_EXERCISES.find((e) => e.catalogueNumber === n)!;

const base = (episodeId: string) => `/api/v1/episodes/${episodeId}/programme`;

function assign(episodeId: string, body: Record<string, unknown>, user: TestUser = a.therapist) {
  return t.http.post(base(episodeId)).set('authorization', user.auth).send(body);
}

async function assignOk(episodeId: string, body: Record<string, unknown> = {}): Promise<Programme> {
  const response = await assign(episodeId, { protocolVersionId: seededVersionId, equipment: ALL_EQUIPMENT, ...body });
  if (response.status !== 201) throw new Error(`assign failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body as Programme;
}

function read<T>(episodeId: string, path = '', user: TestUser = a.therapist): Promise<T> {
  return t.http
    .get(`${base(episodeId)}${path}`)
    .set('authorization', user.auth)
    .then((response) => {
      if (response.status !== 200) throw new Error(`GET ${path}: ${response.status} ${JSON.stringify(response.body)}`);
      return response.body as T;
    });
}

function put(episodeId: string, body: Record<string, unknown>, user: TestUser = a.therapist) {
  return t.http.put(base(episodeId)).set('authorization', user.auth).send(body);
}

function advance(episodeId: string, body: Record<string, unknown>, user: TestUser = a.therapist) {
  return t.http
    .post(`${base(episodeId)}/advance`)
    .set('authorization', user.auth)
    .send(body);
}

/** The items of a programme as a PUT body sends them back. */
const asRequest = (programme: Programme) =>
  programme.items.map(({ id, exerciseId, dosage, progression, notes }) => ({
    id,
    exerciseId,
    dosage,
    progression,
    notes,
  }));

function recordAssessment(episodeId: string, measurements: unknown[], performedOn = today()) {
  return t.http
    .post(`/api/v1/episodes/${episodeId}/assessments`)
    .set('authorization', a.therapist.auth)
    .send({ performedOn, measurements })
    .then((response) => {
      if (response.status !== 201) throw new Error(`record: ${response.status} ${JSON.stringify(response.body)}`);
      return response.body as Assessment;
    });
}

const kneeRom = (flexionDeg: number, extensionDeficitDeg = 0) => ({
  type: 'knee_rom',
  input: {
    involved: { extensionDeficitDeg, flexionDeg },
    uninvolved: { extensionDeficitDeg: 0, flexionDeg: 140 },
  },
});
const effusion = (grade: string) => ({ type: 'effusion', input: { grade } });
const quadLag = (degrees: number) => ({ type: 'quadriceps_lag', input: { degrees } });
const hop = (type: string, involved: number[], uninvolved: number[]) => ({
  type,
  input: { trials: { involved, uninvolved } },
});

function expectError(response: Response, status: number, code: string, fields?: string[]): void {
  expect({ status: response.status, code: (response.body as ApiError).code }).toEqual({ status, code });
  if (fields) expect([...new Set(fieldsOf(response.body))]).toEqual([...fields].sort());
}

async function programmeRow(episodeId: string) {
  return (
    await t.db.query(
      'SELECT current_phase_key, phase_started_on, items, revision, version, equipment, therapist_id FROM programme WHERE episode_id = $1',
      [episodeId],
    )
  ).rows[0] as Record<string, unknown> | undefined;
}

const statusOf = (progression: Progression) =>
  Object.fromEntries(progression.evaluation.criteria.map((c) => [c.measure, c.status]));

describe('assigning a protocol', () => {
  it('starts a post-operative episode in phase 1 with the phase exercises, as revision 1', async () => {
    const episode = await createPatientEpisode(t, a.therapist, { surgeryDate: isoDaysFromToday(-21) });
    const response = await assign(episode.id, { protocolVersionId: seededVersionId, equipment: ALL_EQUIPMENT });
    expect(response.status).toBe(201);
    const programme = response.body as Programme;
    expect(programme).toMatchObject({
      episodeId: episode.id,
      protocolVersionId: seededVersionId,
      protocolVersionNumber: expect.any(Number),
      protocolTitle: expect.stringContaining('Post-ACL reconstruction'),
      therapistId: a.therapist.id, // defaults to the caller
      currentPhaseKey: 'p1',
      currentPhaseName: 'Recovery from surgery',
      phaseStartedOn: today(),
      returnToSportSetKey: 'delaware', // the protocol's first set
      equipment: ALL_EQUIPMENT,
      revision: 1,
      version: 1,
    });
    // Phase 1 of the seeded protocol: catalogue #1, 2, 3, 4, 11, 12, each with its default dosage.
    expect(programme.items.map((i) => i.exerciseId)).toEqual([1, 2, 3, 4, 11, 12].map((n) => exerciseNumber(n).id));
    expect(programme.items.map((i) => i.exerciseName)).toEqual([1, 2, 3, 4, 11, 12].map((n) => exerciseNumber(n).name));
    expect(programme.items[0]!.dosage).toEqual(exerciseNumber(1).defaultDosage);
    expect(new Set(programme.items.map((i) => i.id)).size).toBe(programme.items.length);

    const revisions = await t.db.query(
      'SELECT number, kind, phase_key, changed_by, reason FROM programme_revision WHERE programme_id = $1',
      [programme.id],
    );
    expect(revisions.rows).toEqual([
      { number: 1, kind: 'assigned', phase_key: 'p1', changed_by: a.therapist.id, reason: null },
    ]);
    expect(await read<Programme>(episode.id)).toEqual(programme);
  });

  it('starts an episode with no surgery (yet) in the pre-operative phase; a future surgery date too', async () => {
    const noSurgery = await createPatientEpisode(t, a.therapist, { surgeryDate: null });
    expect((await assignOk(noSurgery.id)).currentPhaseKey).toBe('preop');
    const scheduled = await createPatientEpisode(t, a.therapist, {
      injuryDate: isoDaysFromToday(-30),
      surgeryDate: isoDaysFromToday(14),
    });
    expect((await assignOk(scheduled.id)).currentPhaseKey).toBe('preop');
  });

  it('honours a valid start phase and return-to-sport set; only fits exercises to the equipment given', async () => {
    const episode = await createPatientEpisode(t, a.therapist);
    const programme = await assignOk(episode.id, {
      startPhaseKey: 'p3',
      returnToSportSetKey: 'kyritsis',
      equipment: [],
    });
    expect(programme).toMatchObject({ currentPhaseKey: 'p3', returnToSportSetKey: 'kyritsis', equipment: [] });
    const library = await t.db.query<{ id: string; equipment: string[] }>(
      'SELECT id, equipment FROM exercise WHERE id = ANY($1)',
      [programme.items.map((i) => i.exerciseId)],
    );
    // Without any equipment, nothing that needs some is prescribed.
    expect(library.rows.every((row) => row.equipment.length === 0)).toBe(true);
  });

  it('refuses an unknown start phase, set, protocol version or therapist with 400/404, writing nothing', async () => {
    const episode = await createPatientEpisode(t, a.therapist);
    const before = await countProgrammeRows(t);
    const body = { protocolVersionId: seededVersionId, equipment: ALL_EQUIPMENT };
    expectError(await assign(episode.id, { ...body, startPhaseKey: 'p9' }), 400, 'VALIDATION_FAILED', [
      'startPhaseKey',
    ]);
    expectError(await assign(episode.id, { ...body, returnToSportSetKey: 'oslo' }), 400, 'VALIDATION_FAILED', [
      'returnToSportSetKey',
    ]);
    for (const therapistId of [a.assistant.id, a.admin.id, b.therapist.id, randomUUID()]) {
      expectError(await assign(episode.id, { ...body, therapistId }), 400, 'VALIDATION_FAILED', ['therapistId']);
    }
    expectError(await assign(episode.id, { ...body, equipment: ['trampoline'] }), 400, 'VALIDATION_FAILED', [
      'equipment',
    ]);
    expectError(await assign(episode.id, { ...body, unknown: 1 }), 400, 'VALIDATION_FAILED', ['unknown']);
    expectError(
      await assign(episode.id, { ...body, protocolVersionId: randomUUID() }),
      404,
      'PROTOCOL_VERSION_NOT_FOUND',
    );
    expect(await countProgrammeRows(t)).toEqual(before);
    expect(await programmeRow(episode.id)).toBeUndefined();
  });

  it('answers 409 PROGRAMME_EXISTS for a second assignment, also when two race', async () => {
    const episode = await createPatientEpisode(t, a.therapist);
    await assignOk(episode.id);
    const before = await countProgrammeRows(t);
    expectError(
      await assign(episode.id, { protocolVersionId: seededVersionId, equipment: [] }),
      409,
      'PROGRAMME_EXISTS',
    );
    expect(await countProgrammeRows(t)).toEqual(before);

    const racing = await createPatientEpisode(t, a.therapist);
    const responses = await Promise.all(
      Array.from({ length: 4 }, () => assign(racing.id, { protocolVersionId: seededVersionId, equipment: [] })),
    );
    expect(responses.map((r) => r.status).sort()).toEqual([201, 409, 409, 409]);
    for (const r of responses.filter((x) => x.status === 409)) expectError(r, 409, 'PROGRAMME_EXISTS');
    const rows = await t.db.query(
      'SELECT count(*)::int AS n FROM programme_revision r JOIN programme g ON g.id = r.programme_id WHERE g.episode_id = $1',
      [racing.id],
    );
    expect(rows.rows).toEqual([{ n: 1 }]);
  });

  it('refuses an archived episode with 409 ARCHIVED; a missing programme is 404 PROGRAMME_NOT_FOUND', async () => {
    const episode = await createPatientEpisode(t, a.therapist);
    expectError(await t.http.get(base(episode.id)).set('authorization', a.therapist.auth), 404, 'PROGRAMME_NOT_FOUND');
    for (const path of ['/history', '/progression', '/readiness']) {
      expectError(
        await t.http.get(`${base(episode.id)}${path}`).set('authorization', a.therapist.auth),
        404,
        'PROGRAMME_NOT_FOUND',
      );
    }
    await archiveEpisode(t, a.therapist, episode);
    expectError(await assign(episode.id, { protocolVersionId: seededVersionId, equipment: [] }), 409, 'ARCHIVED');
  });

  it("makes a clinic's own protocol version inUse once assigned; another clinic cannot use it", async () => {
    const seededProtocol = await t.db.query<{ protocol_id: string }>(
      'SELECT protocol_id FROM protocol_version WHERE id = $1',
      [seededVersionId],
    );
    const clone = await t.http
      .post(`/api/v1/protocols/${seededProtocol.rows[0]!.protocol_id}/clone`)
      .set('authorization', a.therapist.auth)
      .send({ title: 'Our post-ACL protocol' });
    expect(clone.status).toBe(201);
    const versionId = (clone.body as { latestVersion: { id: string } }).latestVersion.id;
    const inUse = async () =>
      (
        (await t.http.get(`/api/v1/protocol-versions/${versionId}`).set('authorization', a.therapist.auth)).body as {
          inUse: boolean;
        }
      ).inUse;
    expect(await inUse()).toBe(false);

    const other = await createPatientEpisode(t, b.therapist);
    expectError(
      await assign(other.id, { protocolVersionId: versionId, equipment: [] }, b.therapist),
      404,
      'PROTOCOL_VERSION_NOT_FOUND',
    );
    expect(await inUse()).toBe(false);

    const episode = await createPatientEpisode(t, a.therapist);
    const programme = await assignOk(episode.id, { protocolVersionId: versionId });
    expect(programme).toMatchObject({ protocolVersionId: versionId, protocolTitle: 'Our post-ACL protocol' });
    expect(await inUse()).toBe(true);
    // The seeded version is in use too, once any programme follows it.
    const seeded = await t.http
      .get(`/api/v1/protocol-versions/${seededVersionId}`)
      .set('authorization', a.therapist.auth);
    expect((seeded.body as { inUse: boolean }).inUse).toBe(true);
  });
});

describe('personalising the prescription', () => {
  it('keeps every change as a revision with who, when, why and a diff', async () => {
    const episode = await createPatientEpisode(t, a.therapist);
    const assigned = await assignOk(episode.id);
    const own = await insertClinicExercise(t, a.id, 'Our balance drill');
    const items = asRequest(assigned);
    const changedItem = items[0]!;
    const removed = items.at(-1)!;
    const body = {
      version: assigned.version,
      reason: 'Patient tolerates more volume; swapped in our balance drill',
      items: [
        { ...changedItem, dosage: { ...changedItem.dosage, reps: 15 }, progression: { load: 'external' } },
        ...items.slice(1, -1),
        { exerciseId: own.id, dosage: { sets: 2, reps: 8, frequencyPerWeek: 3 }, notes: 'On foam when easy' },
      ],
    };
    const response = await put(episode.id, body);
    expect(response.status).toBe(200);
    const edited = response.body as Programme;
    expect(edited).toMatchObject({ revision: 2, version: assigned.version + 1 });
    expect(edited.items).toHaveLength(items.length);
    expect(edited.items[0]).toMatchObject({
      id: changedItem.id,
      dosage: { reps: 15 },
      progression: { load: 'external' },
    });
    const added = edited.items.at(-1)!;
    expect(added).toMatchObject({
      exerciseId: own.id,
      exerciseName: 'Our balance drill',
      // Normalised by the clinical library: absent optional values are null.
      dosage: { sets: 2, reps: 8, holdSeconds: null, frequencyPerWeek: 3, loadKg: null },
      progression: {},
      notes: 'On foam when easy',
    });
    expect(items.map((i) => i.id)).not.toContain(added.id);

    const history = await read<ProgrammeHistory>(episode.id, '/history');
    expect(history.transitions).toEqual([]);
    expect(history.revisions.map((r) => [r.number, r.kind, r.reason, r.changedBy])).toEqual([
      [1, 'assigned', null, a.therapist.id],
      [2, 'edited', body.reason, a.therapist.id],
    ]);
    expect(history.revisions[0]!.changes).toEqual([]);
    expect(Date.parse(history.revisions[1]!.changedAt)).toBeGreaterThanOrEqual(
      Date.parse(history.revisions[0]!.changedAt),
    );
    expect(history.revisions[1]!.items).toEqual(edited.items);
    const changes = history.revisions[1]!.changes;
    expect(changes).toEqual([
      {
        kind: 'changed',
        itemId: changedItem.id,
        exerciseId: changedItem.exerciseId,
        fields: [
          { field: 'dosage.reps', before: changedItem.dosage.reps, after: 15 },
          { field: 'progression.load', before: null, after: 'external' },
        ],
      },
      expect.objectContaining({ kind: 'added', itemId: added.id, exerciseId: own.id }),
      expect.objectContaining({ kind: 'removed', itemId: removed.id, exerciseId: removed.exerciseId }),
    ]);
  });

  it('answers 200 without a new revision when nothing changed', async () => {
    const episode = await createPatientEpisode(t, a.therapist);
    const assigned = await assignOk(episode.id);
    const before = await countProgrammeRows(t);
    const response = await put(episode.id, { version: assigned.version, items: asRequest(assigned) });
    expect(response.status).toBe(200);
    expect(response.body).toEqual(assigned);
    expect(await countProgrammeRows(t)).toEqual(before);
  });

  it('refuses a stale version with 409 VERSION_CONFLICT, writing nothing', async () => {
    const episode = await createPatientEpisode(t, a.therapist);
    const assigned = await assignOk(episode.id);
    const items = asRequest(assigned);
    expect((await put(episode.id, { version: 1, items: items.slice(1) })).status).toBe(200);
    const rowBefore = await programmeRow(episode.id);
    const before = await countProgrammeRows(t);
    const stale = await put(episode.id, { version: 1, items: items.slice(2) });
    expectError(stale, 409, 'VERSION_CONFLICT', ['version']);
    expect(await countProgrammeRows(t)).toEqual(before);
    expect(await programmeRow(episode.id)).toEqual(rowBefore);
  });

  it('refuses unknown, foreign and newly added archived exercises, bad dosage and foreign item ids with 400, writing nothing', async () => {
    const episode = await createPatientEpisode(t, a.therapist);
    const assigned = await assignOk(episode.id);
    const items = asRequest(assigned);
    const foreign = await insertClinicExercise(t, b.id, 'Clinic B drill');
    const archived = await insertClinicExercise(t, a.id, 'Retired drill');
    await t.db.query('UPDATE exercise SET archived_at = now() WHERE id = $1', [archived.id]);
    const dosage = { sets: 3, reps: 10, frequencyPerWeek: 3 };
    const rowBefore = await programmeRow(episode.id);
    const before = await countProgrammeRows(t);
    const cases: [Record<string, unknown>[], string[]][] = [
      [[...items, { exerciseId: randomUUID(), dosage }], [`items.${items.length}.exerciseId`]],
      [[...items, { exerciseId: foreign.id, dosage }], [`items.${items.length}.exerciseId`]],
      [[...items, { exerciseId: archived.id, dosage }], [`items.${items.length}.exerciseId`]],
      [[{ ...items[0]!, dosage: { ...items[0]!.dosage, reps: 0 } }], ['items.0.dosage.reps']],
      [[{ ...items[0]!, dosage: { sets: 3, frequencyPerWeek: 3 } }], ['items.0.dosage.reps']],
      [[{ ...items[0]!, dosage: { ...items[0]!.dosage, rep: 10 } }], ['items.0.dosage.rep']],
      [[{ ...items[0]!, progression: { surface: 'ice' } }], ['items.0.progression.surface']],
      [[{ ...items[0]!, id: randomUUID() }], ['items.0.id']],
      [[items[0]!, items[0]!], ['items.1.id']],
      [[{ ...items[0]!, exerciseId: 'not-a-uuid' }], ['items.0.exerciseId']],
      [Array.from({ length: 61 }, () => ({ exerciseId: items[0]!.exerciseId, dosage })), ['items']],
    ];
    for (const [bodyItems, fields] of cases) {
      expectError(
        await put(episode.id, { version: assigned.version, items: bodyItems }),
        400,
        'VALIDATION_FAILED',
        fields,
      );
    }
    expectError(
      await put(episode.id, { version: assigned.version, items, therapistId: a.assistant.id }),
      400,
      'VALIDATION_FAILED',
      ['therapistId'],
    );
    expectError(
      await put(episode.id, { version: assigned.version, items, returnToSportSetKey: 'nope' }),
      400,
      'VALIDATION_FAILED',
      ['returnToSportSetKey'],
    );
    expect(await countProgrammeRows(t)).toEqual(before);
    expect(await programmeRow(episode.id)).toEqual(rowBefore);

    // An archived exercise already in the programme may stay there.
    const withArchived = await insertClinicExercise(t, a.id, 'Soon retired');
    const added = await put(episode.id, {
      version: assigned.version,
      items: [...items, { exerciseId: withArchived.id, dosage }],
    });
    expect(added.status).toBe(200);
    await t.db.query('UPDATE exercise SET archived_at = now() WHERE id = $1', [withArchived.id]);
    const kept = await put(episode.id, {
      version: (added.body as Programme).version,
      items: asRequest(added.body as Programme).map((item) => ({ ...item, notes: 'kept' })),
    });
    expect(kept.status).toBe(200);
  });
});

describe('phase gates and advancing', () => {
  it('evaluates phase 1 from current values only, advances when met, and keeps the snapshot', async () => {
    const episode = await createPatientEpisode(t, a.therapist, { surgeryDate: isoDaysFromToday(-21) });
    const assigned = await assignOk(episode.id);

    const initial = await read<Progression>(episode.id, '/progression');
    expect(initial).toMatchObject({
      currentPhase: { key: 'p1', status: 'current', typicalWeeks: { from: 0, to: 2 } },
      nextPhase: { key: 'p2', status: 'upcoming' },
      weeksSinceSurgery: 3,
      asOf: today(),
      evaluation: { allMet: false, met: 0, notMet: 0, notMeasured: 4 },
    });
    expect(initial.phases.map((p) => [p.key, p.status])).toEqual([
      ['preop', 'done'],
      ['p1', 'current'],
      ['p2', 'upcoming'],
      ['p3', 'upcoming'],
      ['p4', 'upcoming'],
      ['p5', 'upcoming'],
    ]);
    expect(statusOf(initial)).toEqual({
      knee_ext_deficit_deg: 'not_measured',
      knee_flex_deg: 'not_measured',
      effusion_grade: 'not_measured',
      quad_lag_deg: 'not_measured',
    });

    // Not met yet: advancing without a reason is refused and writes nothing.
    const before = await countProgrammeRows(t);
    const refused = await advance(episode.id, { version: assigned.version });
    expectError(refused, 409, 'CRITERIA_NOT_MET');
    expect(fieldsOf(refused.body)).toEqual(['effusion_grade', 'knee_ext_deficit_deg', 'knee_flex_deg', 'quad_lag_deg']);
    expect(await countProgrammeRows(t)).toEqual(before);

    // A swollen knee first, then corrected; a lag recorded then voided: only current values count.
    const session = await recordAssessment(episode.id, [kneeRom(130), effusion('2+'), quadLag(10)]);
    expect(statusOf(await read<Progression>(episode.id, '/progression'))).toEqual({
      knee_ext_deficit_deg: 'met',
      knee_flex_deg: 'met',
      effusion_grade: 'not_met',
      quad_lag_deg: 'not_met',
    });
    const byType = (type: string) => session.measurements.find((m) => m.type === type)!;
    const amend = await t.http
      .post(`/api/v1/measurements/${byType('effusion').id}/amend`)
      .set('authorization', a.therapist.auth)
      .send({ reason: 'Graded the wrong knee', input: { grade: 'trace' } });
    expect(amend.status).toBe(200);
    const voided = await t.http
      .post(`/api/v1/measurements/${byType('quadriceps_lag').id}/void`)
      .set('authorization', a.therapist.auth)
      .send({ reason: 'Entered for the wrong patient' });
    expect(voided.status).toBe(200);
    expect(statusOf(await read<Progression>(episode.id, '/progression'))).toEqual({
      knee_ext_deficit_deg: 'met',
      knee_flex_deg: 'met',
      effusion_grade: 'met',
      quad_lag_deg: 'not_measured',
    });

    await recordAssessment(episode.id, [quadLag(0)]);
    const ready = await read<Progression>(episode.id, '/progression');
    expect(ready.evaluation).toMatchObject({ allMet: true, met: 4, notMet: 0, notMeasured: 0 });
    expect(ready.evaluation.criteria.find((c) => c.measure === 'knee_flex_deg')).toMatchObject({
      comparator: '>',
      threshold: 125,
      value: 130,
      date: today(),
      label: expect.any(String),
      unit: '°',
    });

    // A stale version is refused even when the criteria are met.
    const afterMeasures = await countProgrammeRows(t);
    expectError(await advance(episode.id, { version: assigned.version + 5 }), 409, 'VERSION_CONFLICT');
    expect(await countProgrammeRows(t)).toEqual(afterMeasures);

    const response = await advance(episode.id, { version: assigned.version });
    expect(response.status).toBe(200);
    const advanced = response.body as Programme;
    expect(advanced).toMatchObject({
      currentPhaseKey: 'p2',
      currentPhaseName: 'Strength & neuromuscular control',
      phaseStartedOn: today(),
      revision: 2,
      version: assigned.version + 1,
    });
    // The prescription is regenerated for phase 2: catalogue #18, 14, 15, 19, 12, 9, 4.
    expect(advanced.items.map((i) => i.exerciseId)).toEqual(
      [18, 14, 15, 19, 12, 9, 4].map((n) => exerciseNumber(n).id),
    );

    const history = await read<ProgrammeHistory>(episode.id, '/history');
    expect(history.revisions.map((r) => [r.number, r.kind, r.phaseKey])).toEqual([
      [1, 'assigned', 'p1'],
      [2, 'phase_advanced', 'p2'],
    ]);
    expect(history.transitions).toHaveLength(1);
    expect(history.transitions[0]).toMatchObject({
      fromPhaseKey: 'p1',
      toPhaseKey: 'p2',
      transitionedBy: a.therapist.id,
      overrideReason: null,
      criteria: { allMet: true, met: 4 },
    });
    expect(history.transitions[0]!.criteria).toEqual(ready.evaluation);
    const stored = await t.db.query('SELECT all_met, override_reason FROM phase_transition WHERE programme_id = $1', [
      advanced.id,
    ]);
    expect(stored.rows).toEqual([{ all_met: true, override_reason: null }]);

    // In phase 2 nothing is met: no reason (or a blank one) is refused; a reason is kept.
    const p2 = await read<Progression>(episode.id, '/progression');
    expect(p2.currentPhase.key).toBe('p2');
    expect(p2.evaluation.allMet).toBe(false);
    const inP2 = await countProgrammeRows(t);
    const rowInP2 = await programmeRow(episode.id);
    expectError(await advance(episode.id, { version: advanced.version }), 409, 'CRITERIA_NOT_MET');
    expectError(
      await advance(episode.id, { version: advanced.version, overrideReason: '   ' }),
      409,
      'CRITERIA_NOT_MET',
    );
    expectError(
      await advance(episode.id, { version: advanced.version, overrideReason: null }),
      409,
      'CRITERIA_NOT_MET',
    );
    expect(await countProgrammeRows(t)).toEqual(inP2);
    expect(await programmeRow(episode.id)).toEqual(rowInP2);

    const reason = 'Surgeon cleared early progression; squat quality re-tested next week';
    const overridden = await advance(episode.id, { version: advanced.version, overrideReason: reason });
    expect(overridden.status).toBe(200);
    expect(overridden.body).toMatchObject({ currentPhaseKey: 'p3', revision: 3 });
    const after = await read<ProgrammeHistory>(episode.id, '/history');
    expect(after.transitions.map((x) => [x.fromPhaseKey, x.toPhaseKey, x.overrideReason, x.criteria.allMet])).toEqual([
      ['p1', 'p2', null, true],
      ['p2', 'p3', reason, false],
    ]);
    expect(after.revisions.at(-1)).toMatchObject({ kind: 'phase_advanced', phaseKey: 'p3', reason });
    expect(await countProgrammeRows(t)).toEqual({
      ...inP2,
      programme_revision: inP2.programme_revision + 1,
      phase_transition: inP2.phase_transition + 1,
    });
  });

  it('answers 409 LAST_PHASE in the last phase, writing nothing', async () => {
    const episode = await createPatientEpisode(t, a.therapist);
    const programme = await assignOk(episode.id, { startPhaseKey: 'p5' });
    const progression = await read<Progression>(episode.id, '/progression');
    expect(progression.nextPhase).toBeNull();
    const before = await countProgrammeRows(t);
    expectError(await advance(episode.id, { version: programme.version, overrideReason: 'Done' }), 409, 'LAST_PHASE');
    expect(await countProgrammeRows(t)).toEqual(before);
  });

  it('lets only therapists advance and change programmes (assistant and admin get 403, nothing written)', async () => {
    const episode = await createPatientEpisode(t, a.therapist);
    const programme = await assignOk(episode.id);
    const other = await createPatientEpisode(t, a.therapist);
    const before = await countProgrammeRows(t);
    for (const user of [a.assistant, a.admin]) {
      expectError(
        await advance(episode.id, { version: programme.version, overrideReason: 'x' }, user),
        403,
        'FORBIDDEN',
      );
      expectError(await put(episode.id, { version: programme.version, items: [] }, user), 403, 'FORBIDDEN');
      expectError(
        await assign(other.id, { protocolVersionId: seededVersionId, equipment: [] }, user),
        403,
        'FORBIDDEN',
      );
      // Reading is open to every role with episode:read.
      expect((await read<Programme>(episode.id, '', user)).id).toBe(programme.id);
      expect((await read<Progression>(episode.id, '/progression', user)).currentPhase).toBeDefined();
    }
    expect(await countProgrammeRows(t)).toEqual(before);
  });
});

describe('return-to-sport readiness', () => {
  it('evaluates the Delaware-Oslo set for a 9-month-old surgery, and refuses an unknown set', async () => {
    const episode = await createPatientEpisode(t, a.therapist, {
      injuryDate: isoDaysFromToday(-300),
      surgeryDate: isoDaysFromToday(-280), // 40 weeks
    });
    await assignOk(episode.id, { startPhaseKey: 'p4' });
    await recordAssessment(episode.id, [
      hop('hop_single', [140, 142], [150, 148]),
      hop('hop_triple', [400, 410], [480, 470]),
    ]);
    const questionnaire = await t.http
      .post(`/api/v1/episodes/${episode.id}/questionnaires`)
      .set('authorization', a.therapist.auth)
      .send({ instrument: 'global_rating', completedOn: today(), answers: { rating: 92 } });
    expect(questionnaire.status).toBe(201);

    const readiness = await read<Readiness>(episode.id, '/readiness?set=delaware');
    expect(readiness).toMatchObject({ setKey: 'delaware', setName: 'Delaware-Oslo', asOf: today() });
    const byMeasure = Object.fromEntries(readiness.evaluation.criteria.map((c) => [c.measure, [c.status, c.value]]));
    expect(byMeasure).toEqual({
      weeks_post_op: ['met', 40],
      quad_strength_lsi_pct: ['not_measured', null],
      single_hop_lsi_pct: ['met', expect.closeTo((141 / 149) * 100, 9)],
      crossover_hop_lsi_pct: ['not_measured', null],
      triple_hop_lsi_pct: ['not_met', expect.closeTo((405 / 475) * 100, 9)],
      timed_hop_6m_lsi_pct: ['not_measured', null],
      kos_adls_pct: ['not_measured', null],
      grs_0_100: ['met', 92],
    });
    expect(readiness.evaluation.allMet).toBe(false);

    // Without ?set, the programme's own set; the progression of the RTS phase shows the same gate.
    expect((await read<Readiness>(episode.id, '/readiness')).setKey).toBe('delaware');
    expect((await read<Progression>(episode.id, '/progression')).evaluation).toEqual(readiness.evaluation);
    expect((await read<Readiness>(episode.id, '/readiness?set=kyritsis')).setName).toBe('Kyritsis 2016');
    const unknown = await t.http.get(`${base(episode.id)}/readiness?set=oslo`).set('authorization', a.therapist.auth);
    expectError(unknown, 400, 'VALIDATION_FAILED', ['set']);
  });
});

describe('tenant isolation', () => {
  it('answers 404 EPISODE_NOT_FOUND to another clinic on every route, changing nothing', async () => {
    const episode = await createPatientEpisode(t, a.therapist);
    const programme = await assignOk(episode.id);
    const row = await programmeRow(episode.id);
    const before = await countProgrammeRows(t);
    for (const user of [b.therapist, b.assistant, b.admin]) {
      const responses: Response[] = [
        await t.http.get(base(episode.id)).set('authorization', user.auth),
        await t.http.get(`${base(episode.id)}/history`).set('authorization', user.auth),
        await t.http.get(`${base(episode.id)}/progression`).set('authorization', user.auth),
        await t.http.get(`${base(episode.id)}/readiness?set=delaware`).set('authorization', user.auth),
      ];
      if (user === b.therapist) {
        responses.push(
          await assign(episode.id, { protocolVersionId: seededVersionId, equipment: [] }, user),
          await put(episode.id, { version: programme.version, items: [] }, user),
          await advance(episode.id, { version: programme.version, overrideReason: 'x' }, user),
        );
      }
      for (const response of responses) expectError(response, 404, 'EPISODE_NOT_FOUND');
    }
    // Another clinic's exercise cannot be prescribed either (see above), nor its therapist named.
    expect(await countProgrammeRows(t)).toEqual(before);
    expect(await programmeRow(episode.id)).toEqual(row);
  });
});

describe('the database keeps the history', () => {
  it('refuses UPDATE and DELETE of revisions and transitions, and an unmet advance without a reason', async () => {
    const episode = await createPatientEpisode(t, a.therapist);
    const programme = await assignOk(episode.id);
    await advance(episode.id, { version: programme.version, overrideReason: 'Testing the database' });
    for (const sql of [
      'UPDATE programme_revision SET reason = $2 WHERE programme_id = $1',
      'UPDATE phase_transition SET override_reason = $2 WHERE programme_id = $1',
    ]) {
      await expect(t.db.query(sql, [programme.id, 'rewritten'])).rejects.toThrow();
    }
    for (const table of ['programme_revision', 'phase_transition']) {
      await expect(t.db.query(`DELETE FROM ${table} WHERE programme_id = $1`, [programme.id])).rejects.toThrow();
    }
    await expect(
      t.db.query(
        `INSERT INTO phase_transition (clinic_id, programme_id, from_phase_key, to_phase_key, all_met, override_reason, criteria, transitioned_by)
         VALUES ($1, $2, 'p1', 'p2', false, '  ', '{}'::jsonb, $3)`,
        [a.id, programme.id, a.therapist.id],
      ),
    ).rejects.toThrow(/ck_phase_transition_override/);
    const history = await read<ProgrammeHistory>(episode.id, '/history');
    expect(history.revisions).toHaveLength(2);
    expect(history.transitions.map((x) => x.overrideReason)).toEqual(['Testing the database']);
  });
});
