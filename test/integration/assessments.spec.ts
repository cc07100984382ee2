import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ApiError, Assessment, Measurement, SymmetryTrend } from '@proprio/contracts';
import type { Response } from 'supertest';
import {
  archiveEpisode,
  countClinicalRows,
  createClinic,
  createPatientEpisode,
  type TestClinic,
  type TestUser,
} from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
let a: TestClinic;
let b: TestClinic;

beforeAll(async () => {
  t = await startTestApp();
  a = await createClinic(t, 'Clinic A');
  b = await createClinic(t, 'Clinic B');
});
afterAll(() => t.close());

const fieldsOf = (body: unknown) => ((body as ApiError).details ?? []).map((d) => d.field).sort();

type MeasurementInput = { type: string; input: Record<string, unknown> };

const hop = (type: string, involved: number[], uninvolved: number[], extra: Record<string, unknown> = {}) => ({
  type,
  input: { trials: { involved, uninvolved }, ...extra },
});

const reading = (value: number, overrides: Record<string, unknown> = {}) => ({
  value,
  unit: 'N.m',
  device: 'Biodex System 4',
  mode: 'concentric',
  velocityDegPerSecond: 60,
  ...overrides,
});

/** REFERENCE §8 #1, #2 and #3, plus a crossover hop; every trial as entered. */
const BATTERY: MeasurementInput[] = [
  hop('hop_single', [120, 124], [150, 146]),
  hop('hop_triple', [445, 455], [478, 482]),
  hop('hop_crossover', [400, 410], [450, 440]),
  hop('hop_timed_6m', [2.4, 2.3], [2.1, 2.04]),
];

const EXPECTED_BATTERY_LSI: Record<string, number> = {
  hop_single: 82.43243243243244, // 122 / 148 (§8 #1)
  hop_triple: 93.75, // 450 / 480 (§8 #2)
  hop_crossover: (405 / 445) * 100,
  hop_timed_6m: 88.08510638297872, // inverted: 2.07 / 2.35 (§8 #3), not 113.5
};

const isoDaysFromToday = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

function record(episodeId: string, body: Record<string, unknown>, user: TestUser = a.therapist) {
  return t.http.post(`/api/v1/episodes/${episodeId}/assessments`).set('authorization', user.auth).send(body);
}

async function recordOk(
  episodeId: string,
  body: Record<string, unknown>,
  user: TestUser = a.therapist,
): Promise<Assessment> {
  const response = await record(episodeId, body, user);
  if (response.status !== 201) throw new Error(`record failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body as Assessment;
}

function amend(measurementId: string, body: Record<string, unknown>, user: TestUser = a.therapist) {
  return t.http.post(`/api/v1/measurements/${measurementId}/amend`).set('authorization', user.auth).send(body);
}

function voidMeasurement(measurementId: string, body: Record<string, unknown>, user: TestUser = a.therapist) {
  return t.http.post(`/api/v1/measurements/${measurementId}/void`).set('authorization', user.auth).send(body);
}

async function getAssessment(id: string, user: TestUser = a.therapist): Promise<Assessment> {
  const response = await t.http.get(`/api/v1/assessments/${id}`).set('authorization', user.auth);
  expect(response.status).toBe(200);
  return response.body as Assessment;
}

async function trendOf(episodeId: string, user: TestUser = a.therapist): Promise<SymmetryTrend[]> {
  const response = await t.http.get(`/api/v1/episodes/${episodeId}/symmetry`).set('authorization', user.auth);
  expect(response.status).toBe(200);
  return response.body as SymmetryTrend[];
}

const measurementOf = (assessment: Assessment, type: string, status = 'current'): Measurement => {
  const found = assessment.measurements.find((m) => m.type === type && m.status === status);
  if (!found) throw new Error(`no ${status} ${type} in ${JSON.stringify(assessment)}`);
  return found;
};

async function measurementRow(id: string) {
  const result = await t.db.query<{
    status: string;
    input: unknown;
    lsi: number | null;
    supersedes_id: string | null;
    change_reason: string | null;
    voided_at: Date | null;
    voided_by: string | null;
  }>('SELECT status, input, lsi, supersedes_id, change_reason, voided_at, voided_by FROM measurement WHERE id = $1', [
    id,
  ]);
  return result.rows[0];
}

function expectValidation(response: Response, fields: string[]): void {
  expect({ status: response.status, code: (response.body as ApiError).code }).toEqual({
    status: 400,
    code: 'VALIDATION_FAILED',
  });
  expect([...new Set(fieldsOf(response.body))]).toEqual([...fields].sort());
}

describe('recording a test session', () => {
  it('records a hop battery with every trial; LSIs match REFERENCE §8 #1–3 and the raw input is stored as sent', async () => {
    const episode = await createPatientEpisode(t, a.therapist);
    const response = await record(episode.id, {
      performedOn: '2026-09-28',
      notes: 'Battery at 6 months',
      measurements: BATTERY,
    });
    expect(response.status).toBe(201);
    const session = response.body as Assessment;
    expect(session).toMatchObject({
      episodeId: episode.id,
      performedOn: '2026-09-28',
      baseline: false,
      testerId: a.therapist.id, // defaults to whoever recorded it
      notes: 'Battery at 6 months',
      version: 1,
    });
    expect(session.measurements.map((m) => m.type).sort()).toEqual(BATTERY.map((m) => m.type).sort());
    for (const m of session.measurements) {
      expect({ type: m.type, status: m.status, epic: m.epic, supersedesId: m.supersedesId }).toEqual({
        type: m.type,
        status: 'current',
        epic: null,
        supersedesId: null,
      });
      expect(m.lsi).toBeCloseTo(EXPECTED_BATTERY_LSI[m.type]!, 9);
      expect(m.input).toEqual(BATTERY.find((x) => x.type === m.type)!.input);
    }
    // The means behind the LSI are the server's, from every trial.
    expect(measurementOf(session, 'hop_single').result).toMatchObject({
      aggregation: 'mean',
      involved: { trials: [120, 124], mean: 122 },
      uninvolved: { trials: [150, 146], mean: 148 },
    });
    expect(measurementOf(session, 'hop_timed_6m').result).toMatchObject({ better: 'lower', unit: 's' });

    // What the database holds: the raw trials exactly as sent, and the derived LSI.
    const rows = await t.db.query<{ type: string; input: unknown; lsi: number; clinic_id: string; episode_id: string }>(
      'SELECT type, input, lsi, clinic_id, episode_id FROM measurement WHERE assessment_id = $1 ORDER BY type',
      [session.id],
    );
    expect(rows.rows).toHaveLength(4);
    for (const row of rows.rows) {
      expect(row.input).toEqual(BATTERY.find((x) => x.type === row.type)!.input);
      expect(row.lsi).toBeCloseTo(EXPECTED_BATTERY_LSI[row.type]!, 9);
      expect([row.clinic_id, row.episode_id]).toEqual([a.id, episode.id]);
    }
    const sessionRow = await t.db.query(
      'SELECT clinic_id, performed_on, is_baseline, tester_id, created_by FROM assessment WHERE id = $1',
      [session.id],
    );
    expect(sessionRow.rows[0]).toEqual({
      clinic_id: a.id,
      performed_on: '2026-09-28',
      is_baseline: false,
      tester_id: a.therapist.id,
      created_by: a.therapist.id,
    });

    // Read back by id and in the episode list, with the same values.
    const read = await getAssessment(session.id, a.assistant);
    expect(read).toEqual(session);
    const list = await t.http.get(`/api/v1/episodes/${episode.id}/assessments`).set('authorization', a.admin.auth);
    expect(list.status).toBe(200);
    expect(list.body).toEqual([session]);
  });

  it('records who tested when it was someone else of the clinic', async () => {
    const episode = await createPatientEpisode(t, a.therapist);
    const session = await recordOk(episode.id, {
      performedOn: '2026-09-01',
      testerId: a.assistant.id,
      measurements: [hop('hop_single', [120], [150])],
    });
    expect(session.testerId).toBe(a.assistant.id);
    const row = await t.db.query('SELECT tester_id, created_by FROM assessment WHERE id = $1', [session.id]);
    expect(row.rows[0]).toEqual({ tester_id: a.assistant.id, created_by: a.therapist.id });
  });

  it('honours best-trial aggregation when it is asked for (REFERENCE §8 #4)', async () => {
    const episode = await createPatientEpisode(t, a.therapist);
    const session = await recordOk(episode.id, {
      performedOn: '2026-09-01',
      measurements: [hop('hop_single', [118, 130, 126], [150, 152, 148], { aggregation: 'best' })],
    });
    expect(session.measurements[0]!.lsi).toBeCloseTo((130 / 152) * 100, 9);
  });

  it.each([
    ['an lsi beside the measurement input', { lsi: 99 }, {}, ['measurements.0.lsi']],
    ['an epic beside the measurement input', { epic: 100 }, {}, ['measurements.0.epic']],
    ['a score on the session', {}, { score: 95 }, ['score']],
    ['an lsi on the session', {}, { lsi: 99 }, ['lsi']],
  ])(
    'refuses %s (400, unrecognised field) and writes nothing',
    async (_what, measurementExtra, sessionExtra, fields) => {
      const episode = await createPatientEpisode(t, a.therapist);
      const before = await countClinicalRows(t);
      const response = await record(episode.id, {
        performedOn: '2026-09-28',
        measurements: [{ ...hop('hop_single', [120, 124], [150, 146]), ...measurementExtra }],
        ...sessionExtra,
      });
      expectValidation(response, fields);
      expect((response.body as ApiError).details).toEqual(
        fields.map((field) => ({ field, issue: 'is not a recognised field' })),
      );
      expect(await countClinicalRows(t)).toEqual(before);
    },
  );

  it.each([
    ['a client-computed lsi', { lsi: 99 }, 'measurements.0.input.lsi'],
    // A misspelt option must not silently fall back to the default (mean instead of best changes the LSI).
    ['a misspelt aggregation option', { aggregaton: 'best' }, 'measurements.0.input.aggregaton'],
  ])('refuses %s inside the raw input instead of ignoring it, and writes nothing', async (_what, extra, field) => {
    const episode = await createPatientEpisode(t, a.therapist);
    const before = await countClinicalRows(t);
    const response = await record(episode.id, {
      performedOn: '2026-09-28',
      measurements: [hop('hop_single', [118, 130, 126], [150, 152, 148], extra)],
    });
    expectValidation(response, [field]);
    expect(await countClinicalRows(t)).toEqual(before);
  });

  it('measures quadriceps strength symmetry (REFERENCE §8 #6) with torque per kg', async () => {
    const episode = await createPatientEpisode(t, a.therapist);
    const input = { involved: reading(180), uninvolved: reading(220) };
    const session = await recordOk(episode.id, {
      performedOn: '2026-09-28',
      bodyMassKg: 75,
      measurements: [{ type: 'strength_quadriceps', input }],
    });
    expect(session.bodyMassKg).toBe(75);
    const quad = measurementOf(session, 'strength_quadriceps');
    expect(quad.lsi).toBeCloseTo(81.81818181818181, 9);
    expect(quad.epic).toBeNull();
    const result = quad.result as { deficitPercent: number; involvedNormalised: number; uninvolvedNormalised: number };
    expect(result.deficitPercent).toBeCloseTo(18.181818181818187, 9);
    expect(result.involvedNormalised).toBeCloseTo(2.4, 9);
    expect(result.uninvolvedNormalised).toBeCloseTo(220 / 75, 9);
    const row = await measurementRow(quad.id);
    expect(row!.input).toEqual(input);
    expect(row!.lsi).toBeCloseTo(81.81818181818181, 9);
  });

  it('refuses strength readings taken at different velocities, naming the field', async () => {
    const episode = await createPatientEpisode(t, a.therapist);
    const before = await countClinicalRows(t);
    const response = await record(episode.id, {
      performedOn: '2026-09-28',
      measurements: [
        {
          type: 'strength_quadriceps',
          input: { involved: reading(180), uninvolved: reading(220, { velocityDegPerSecond: 180 }) },
        },
      ],
    });
    expectValidation(response, ['measurements.0.input.uninvolved.velocityDegPerSecond']);
    expect(await countClinicalRows(t)).toEqual(before);
  });

  it('computes the Y-balance composite and flags the anterior asymmetry (REFERENCE §8 #8)', async () => {
    const episode = await createPatientEpisode(t, a.therapist);
    const input = {
      involved: { limbLengthCm: 90, reachCm: { anterior: [63, 65], posteromedial: [100], posterolateral: [95] } },
      uninvolved: { limbLengthCm: 90, reachCm: { anterior: [70], posteromedial: [100], posterolateral: [95] } },
    };
    const session = await recordOk(episode.id, {
      performedOn: '2026-09-28',
      measurements: [{ type: 'y_balance', input }],
    });
    const yb = measurementOf(session, 'y_balance');
    const result = yb.result as {
      aggregation: string;
      involved: { compositePercent: number; normalisedPercent: { anterior: number }; reachCm: { anterior: number } };
      uninvolved: { compositePercent: number };
      anteriorAsymmetry: { differenceCm: number; flagged: boolean };
      compositeLsi: number;
    };
    expect(result.aggregation).toBe('best');
    expect(result.involved.reachCm.anterior).toBe(65);
    expect(result.involved.compositePercent).toBeCloseTo(96.29629629629629, 9); // 260 / 270
    expect(result.involved.normalisedPercent.anterior).toBeCloseTo(72.22222222222223, 9);
    expect(result.uninvolved.compositePercent).toBeCloseTo((265 / 270) * 100, 9);
    expect(result.anteriorAsymmetry).toEqual({ differenceCm: 5, flagged: true });
    expect(yb.lsi).toBeCloseTo((260 / 265) * 100, 9);
    expect((await measurementRow(yb.id))!.input).toEqual(input);
  });
});

describe('EPIC against the pre-operative baseline', () => {
  const BASELINE = hop('hop_single', [100], [190]);
  const FOLLOW_UP = hop('hop_single', [150], [160]);

  it('gives LSI 93.75 but EPIC 78.9 at follow-up (REFERENCE §8 #5); none for the baseline itself', async () => {
    const episode = await createPatientEpisode(t, a.therapist);
    const baseline = await recordOk(episode.id, {
      performedOn: '2026-03-20',
      baseline: true,
      measurements: [BASELINE],
    });
    expect(baseline.baseline).toBe(true);
    expect(measurementOf(baseline, 'hop_single').epic).toBeNull();
    expect((await t.db.query('SELECT is_baseline FROM assessment WHERE id = $1', [baseline.id])).rows[0]).toEqual({
      is_baseline: true,
    });

    const followUp = await recordOk(episode.id, { performedOn: '2026-09-28', measurements: [FOLLOW_UP] });
    const single = measurementOf(followUp, 'hop_single');
    expect(single.lsi).toBeCloseTo(93.75, 9);
    expect(single.epic).toBeCloseTo(78.94736842105263, 9); // 150 / 190
    expect(measurementOf(await getAssessment(followUp.id), 'hop_single').epic).toBeCloseTo(78.94736842105263, 9);

    const list = await t.http.get(`/api/v1/episodes/${episode.id}/assessments`).set('authorization', a.therapist.auth);
    expect((list.body as Assessment[]).map((s) => [s.performedOn, s.measurements[0]!.epic])).toEqual([
      ['2026-09-28', expect.closeTo(78.94736842105263, 9)],
      ['2026-03-20', null],
    ]);
    const [trend] = await trendOf(episode.id);
    expect(trend!.points.map((p) => [p.date, p.baseline, p.epic])).toEqual([
      ['2026-03-20', true, null],
      ['2026-09-28', false, expect.closeTo(78.94736842105263, 9)],
    ]);
  });

  it('has no EPIC without a baseline session', async () => {
    const episode = await createPatientEpisode(t, a.therapist);
    const followUp = await recordOk(episode.id, { performedOn: '2026-09-28', measurements: [FOLLOW_UP] });
    expect(measurementOf(followUp, 'hop_single')).toMatchObject({ lsi: 93.75, epic: null });
  });

  it('does not use a baseline dated after the session; an earlier one still applies', async () => {
    const episode = await createPatientEpisode(t, a.therapist);
    const followUp = await recordOk(episode.id, { performedOn: '2026-06-01', measurements: [FOLLOW_UP] });
    await recordOk(episode.id, { performedOn: '2026-07-01', baseline: true, measurements: [BASELINE] });
    expect(measurementOf(await getAssessment(followUp.id), 'hop_single').epic).toBeNull();
    expect((await trendOf(episode.id))[0]!.points.find((p) => p.assessmentId === followUp.id)!.epic).toBeNull();

    // An earlier baseline (uninvolved 200 cm) applies; the later one (190 cm) still does not.
    await recordOk(episode.id, {
      performedOn: '2026-03-01',
      baseline: true,
      measurements: [hop('hop_single', [90], [200])],
    });
    expect(measurementOf(await getAssessment(followUp.id), 'hop_single').epic).toBeCloseTo(75, 9);
  });

  it('uses the baseline uninvolved strength for strength EPIC', async () => {
    const episode = await createPatientEpisode(t, a.therapist);
    await recordOk(episode.id, {
      performedOn: '2026-03-20',
      baseline: true,
      measurements: [{ type: 'strength_quadriceps', input: { involved: reading(200), uninvolved: reading(240) } }],
    });
    const followUp = await recordOk(episode.id, {
      performedOn: '2026-09-28',
      measurements: [{ type: 'strength_quadriceps', input: { involved: reading(180), uninvolved: reading(220) } }],
    });
    const quad = measurementOf(followUp, 'strength_quadriceps');
    expect(quad.lsi).toBeCloseTo(81.81818181818181, 9);
    expect(quad.epic).toBeCloseTo(75, 9); // 180 / 240
  });
});

describe('bad input: 400 naming the field, nothing written', () => {
  const single = hop('hop_single', [120, 124], [150, 146]);
  const cases: [string, () => Record<string, unknown>, string[]][] = [
    [
      'a zero distance',
      () => ({ measurements: [hop('hop_single', [0, 124], [150, 146])] }),
      ['measurements.0.input.trials.involved.0'],
    ],
    [
      'a negative distance',
      () => ({ measurements: [hop('hop_triple', [-450, 455], [478, 482])] }),
      ['measurements.0.input.trials.involved.0'],
    ],
    [
      'a zero time on the timed hop',
      () => ({ measurements: [hop('hop_timed_6m', [2.4, 2.3], [2.1, 0])] }),
      ['measurements.0.input.trials.uninvolved.1'],
    ],
    [
      'a distance given as text',
      () => ({ measurements: [hop('hop_single', [120, '124'] as never, [150, 146])] }),
      ['measurements.0.input.trials.involved.1'],
    ],
    [
      'empty trials',
      () => ({ measurements: [hop('hop_single', [], [150, 146])] }),
      ['measurements.0.input.trials.involved'],
    ],
    [
      'a bad second measurement (the first one valid)',
      () => ({ measurements: [single, hop('hop_triple', [450], [0])] }),
      ['measurements.1.input.trials.uninvolved.0'],
    ],
    [
      'an unknown measure type',
      () => ({ measurements: [{ type: 'hop_moon', input: single.input }] }),
      ['measurements.0.type'],
    ],
    ['the same measure twice in one session', () => ({ measurements: [single, single] }), ['measurements.1.type']],
    ['no measurements', () => ({ measurements: [] }), ['measurements']],
    ['a session dated in the future', () => ({ performedOn: isoDaysFromToday(1) }), ['performedOn']],
    ['an impossible date', () => ({ performedOn: '2026-02-30' }), ['performedOn']],
    ['a session dated before 1900', () => ({ performedOn: '1899-12-31' }), ['performedOn']],
    ['a tester from another clinic', () => ({ testerId: b.therapist.id }), ['testerId']],
    ['a body mass of 5 kg', () => ({ bodyMassKg: 5 }), ['bodyMassKg']],
  ];

  it.each(cases)('refuses %s', async (_what, overrides, fields) => {
    const episode = await createPatientEpisode(t, a.therapist);
    const before = await countClinicalRows(t);
    const response = await record(episode.id, { performedOn: '2026-09-28', measurements: [single], ...overrides() });
    expectValidation(response, fields);
    expect(await countClinicalRows(t)).toEqual(before);
    expect((await t.db.query('SELECT 1 FROM assessment WHERE episode_id = $1', [episode.id])).rowCount).toBe(0);
  });

  it('explains each issue in words', async () => {
    const episode = await createPatientEpisode(t, a.therapist);
    const response = await record(episode.id, {
      performedOn: '2026-09-28',
      measurements: [hop('hop_single', [0], [150])],
    });
    expect((response.body as ApiError).details).toEqual([
      { field: 'measurements.0.input.trials.involved.0', issue: 'must be a positive number of centimetres' },
    ]);
  });
});

describe('corrections keep history', () => {
  async function sessionWithSingleHop(user: TestUser = a.therapist) {
    const episode = await createPatientEpisode(t, user);
    const session = await recordOk(
      episode.id,
      { performedOn: '2026-09-28', measurements: [hop('hop_single', [120, 124], [150, 146])] },
      user,
    );
    return { episode, session, measurement: measurementOf(session, 'hop_single') };
  }

  it('amends with a new current value that supersedes the old one; the old one stays unchanged', async () => {
    const { session, measurement } = await sessionWithSingleHop();
    const corrected = { trials: { involved: [146, 150], uninvolved: [120, 124] } };
    const before = await countClinicalRows(t);
    const response = await amend(measurement.id, { reason: 'Limbs were swapped on entry', input: corrected });
    expect(response.status).toBe(200);
    const amended = response.body as Measurement;
    expect(amended).toMatchObject({
      assessmentId: session.id,
      type: 'hop_single',
      input: corrected,
      status: 'current',
      supersedesId: measurement.id,
      changeReason: 'Limbs were swapped on entry',
      createdBy: a.therapist.id,
      voidedAt: null,
    });
    expect(amended.id).not.toBe(measurement.id);
    expect(amended.lsi).toBeCloseTo((148 / 122) * 100, 9); // never clamped to 100

    expect(await countClinicalRows(t)).toEqual({ ...before, measurement: before.measurement + 1 });
    expect(await measurementRow(measurement.id)).toEqual({
      status: 'superseded',
      input: { trials: { involved: [120, 124], uninvolved: [150, 146] } },
      lsi: expect.closeTo(82.43243243243244, 9),
      supersedes_id: null,
      change_reason: null,
      voided_at: null,
      voided_by: null,
    });
    expect(await measurementRow(amended.id)).toMatchObject({
      status: 'current',
      input: corrected,
      supersedes_id: measurement.id,
      change_reason: 'Limbs were swapped on entry',
    });

    const read = await getAssessment(session.id);
    expect(read.measurements.map((m) => [m.id, m.status])).toEqual([
      [measurement.id, 'superseded'],
      [amended.id, 'current'],
    ]);
  });

  it('refuses to amend or void a value that is no longer current (409 NOT_CURRENT), changing nothing', async () => {
    const { measurement } = await sessionWithSingleHop();
    const amended = await amend(measurement.id, {
      reason: 'Typo in trial 2',
      input: { trials: { involved: [120, 126], uninvolved: [150, 146] } },
    });
    expect(amended.status).toBe(200);
    const amendedId = (amended.body as Measurement).id;
    const voided = await voidMeasurement(amendedId, { reason: 'Wrong patient' });
    expect(voided.status).toBe(200);

    const before = await countClinicalRows(t);
    const superseded = await measurementRow(measurement.id);
    const voidedRow = await measurementRow(amendedId);
    for (const response of [
      await amend(measurement.id, { reason: 'Another fix', input: { trials: { involved: [1], uninvolved: [2] } } }),
      await voidMeasurement(measurement.id, { reason: 'Void the old one' }),
      await amend(amendedId, { reason: 'Fix a voided one', input: { trials: { involved: [1], uninvolved: [2] } } }),
      await voidMeasurement(amendedId, { reason: 'Void it twice' }),
    ]) {
      expect(response.status).toBe(409);
      expect(response.body).toMatchObject({ code: 'NOT_CURRENT' });
    }
    expect(await countClinicalRows(t)).toEqual(before);
    expect(await measurementRow(measurement.id)).toEqual(superseded);
    expect(await measurementRow(amendedId)).toEqual(voidedRow);
  });

  it.each([
    ['no reason', {}],
    ['a two-letter reason', { reason: 'no' }],
    ['a reason that is only two letters once trimmed', { reason: '  ab  ' }],
    ['a reason that is not text', { reason: 12345 }],
  ])('refuses a void with %s (400 reason) and keeps the value current', async (_what, body) => {
    const { measurement } = await sessionWithSingleHop();
    const response = await voidMeasurement(measurement.id, body);
    expectValidation(response, ['reason']);
    expect(await measurementRow(measurement.id)).toMatchObject({
      status: 'current',
      change_reason: null,
      voided_at: null,
    });
  });

  it('voids with a reason, keeping the row with who and when', async () => {
    const { session, measurement } = await sessionWithSingleHop();
    const before = await countClinicalRows(t);
    const response = await voidMeasurement(measurement.id, { reason: 'Recorded on the wrong patient' }, a.assistant);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      id: measurement.id,
      status: 'voided',
      changeReason: 'Recorded on the wrong patient',
      input: measurement.input,
    });
    const voidedAt = (response.body as Measurement).voidedAt;
    expect(Date.parse(voidedAt!)).toBeGreaterThan(Date.now() - 60_000);
    expect(await countClinicalRows(t)).toEqual(before);
    const row = await measurementRow(measurement.id);
    expect(row).toMatchObject({
      status: 'voided',
      input: measurement.input,
      change_reason: 'Recorded on the wrong patient',
      voided_by: a.assistant.id,
    });
    expect(row!.voided_at).toBeInstanceOf(Date);
    expect((await getAssessment(session.id)).measurements.map((m) => m.status)).toEqual(['voided']);
  });

  it('refuses an amendment without a reason or with invalid input, changing nothing', async () => {
    const { measurement } = await sessionWithSingleHop();
    const before = await countClinicalRows(t);
    const good = { trials: { involved: [121, 124], uninvolved: [150, 146] } };
    expectValidation(await amend(measurement.id, { input: good }), ['reason']);
    expectValidation(await amend(measurement.id, { reason: 'Fixing trial 1' }), ['input']);
    expectValidation(
      await amend(measurement.id, {
        reason: 'Fixing trial 1',
        input: { trials: { involved: [0, 124], uninvolved: [150] } },
      }),
      ['input.trials.involved.0'],
    );
    expectValidation(await amend(measurement.id, { reason: 'Fixing trial 1', input: good, lsi: 100 }), ['lsi']);
    expect(await countClinicalRows(t)).toEqual(before);
    expect(await measurementRow(measurement.id)).toMatchObject({ status: 'current', input: measurement.input });
  });

  it('shows only the current values in the symmetry trend: the amended one, not the superseded or voided ones', async () => {
    const episode = await createPatientEpisode(t, a.therapist);
    const first = await recordOk(episode.id, {
      performedOn: '2026-06-01',
      measurements: [hop('hop_single', [60], [100]), hop('hop_triple', [300], [400])],
    });
    const second = await recordOk(episode.id, {
      performedOn: '2026-07-01',
      measurements: [hop('hop_single', [70], [100]), hop('hop_triple', [350], [400])],
    });
    const amended = await amend(measurementOf(first, 'hop_single').id, {
      reason: 'Trial misread from the tape',
      input: { trials: { involved: [65], uninvolved: [100] } },
    });
    expect(amended.status).toBe(200);
    expect(
      (await voidMeasurement(measurementOf(second, 'hop_triple').id, { reason: 'Test interrupted by pain' })).status,
    ).toBe(200);

    const trends = await trendOf(episode.id);
    const single = trends.find((tr) => tr.type === 'hop_single')!;
    expect(single.points.map((p) => [p.measurementId, p.lsi])).toEqual([
      [(amended.body as Measurement).id, 65],
      [measurementOf(second, 'hop_single').id, 70],
    ]);
    expect(single.points[1]!.changeFromPrevious).toBeCloseTo(5, 9); // from the amended 65, not the superseded 60
    const triple = trends.find((tr) => tr.type === 'hop_triple')!;
    expect(triple.points.map((p) => p.measurementId)).toEqual([measurementOf(first, 'hop_triple').id]);
  });

  it('recomputes the EPIC of later sessions when the baseline is amended', async () => {
    const episode = await createPatientEpisode(t, a.therapist);
    const baseline = await recordOk(episode.id, {
      performedOn: '2026-03-20',
      baseline: true,
      measurements: [hop('hop_single', [100], [190])],
    });
    const followUp = await recordOk(episode.id, {
      performedOn: '2026-09-28',
      measurements: [hop('hop_single', [150], [160])],
    });
    expect(measurementOf(followUp, 'hop_single').epic).toBeCloseTo(78.94736842105263, 9);

    const amended = await amend(measurementOf(baseline, 'hop_single').id, {
      reason: 'Uninvolved baseline was 200 cm',
      input: { trials: { involved: [100], uninvolved: [200] } },
    });
    expect(amended.status).toBe(200);
    expect(measurementOf(await getAssessment(followUp.id), 'hop_single').epic).toBeCloseTo(75, 9);
    const list = await t.http.get(`/api/v1/episodes/${episode.id}/assessments`).set('authorization', a.therapist.auth);
    expect(measurementOf((list.body as Assessment[])[0]!, 'hop_single').epic).toBeCloseTo(75, 9);
    const [trend] = await trendOf(episode.id);
    expect(trend!.points.map((p) => p.epic)).toEqual([null, expect.closeTo(75, 9)]);

    // Voiding the baseline value leaves the follow-up without EPIC.
    expect(
      (await voidMeasurement((amended.body as Measurement).id, { reason: 'Baseline test was invalid' })).status,
    ).toBe(200);
    expect(measurementOf(await getAssessment(followUp.id), 'hop_single').epic).toBeNull();
  });

  it('lets exactly one of two simultaneous amendments of the same value win; the other gets 409', async () => {
    for (let round = 0; round < 3; round++) {
      const { session, measurement } = await sessionWithSingleHop();
      const responses = await Promise.all([
        amend(measurement.id, {
          reason: 'Correction from therapist',
          input: { trials: { involved: [121, 124], uninvolved: [150, 146] } },
        }),
        amend(
          measurement.id,
          { reason: 'Correction from assistant', input: { trials: { involved: [122, 124], uninvolved: [150, 146] } } },
          a.assistant,
        ),
      ]);
      expect(responses.map((r) => r.status).sort()).toEqual([200, 409]);
      const loser = responses.find((r) => r.status === 409)!;
      expect(loser.body).toMatchObject({ code: 'NOT_CURRENT' });
      const winner = responses.find((r) => r.status === 200)!.body as Measurement;
      const rows = await t.db.query<{ id: string; status: string; supersedes_id: string | null }>(
        'SELECT id, status, supersedes_id FROM measurement WHERE assessment_id = $1 ORDER BY created_at',
        [session.id],
      );
      expect(rows.rows).toEqual([
        { id: measurement.id, status: 'superseded', supersedes_id: null },
        { id: winner.id, status: 'current', supersedes_id: measurement.id },
      ]);
    }
  });
});

describe('symmetry trend', () => {
  it('orders points by date and flags changes within the MDC90 (12.96 LSI points)', async () => {
    const episode = await createPatientEpisode(t, a.therapist);
    // Recorded out of date order on purpose.
    const june = await recordOk(episode.id, {
      performedOn: '2026-06-01',
      measurements: [hop('hop_single', [85], [100])],
    });
    const april = await recordOk(episode.id, {
      performedOn: '2026-04-01',
      measurements: [hop('hop_single', [60], [100]), { type: 'knee_rom', input: kneeRom() }],
    });
    const july = await recordOk(episode.id, {
      performedOn: '2026-07-01',
      measurements: [hop('hop_single', [65], [100])],
    });
    const may = await recordOk(episode.id, {
      performedOn: '2026-05-01',
      measurements: [hop('hop_single', [65], [100])],
    });

    const trends = await trendOf(episode.id, a.assistant);
    expect(trends.map((tr) => tr.type)).toEqual(['hop_single']); // knee ROM has no symmetry index
    const [single] = trends;
    expect(single).toMatchObject({ type: 'hop_single', label: 'Single hop for distance', mdc90: 12.96 });
    expect(single!.points.map((p) => [p.date, p.assessmentId])).toEqual([
      ['2026-04-01', april.id],
      ['2026-05-01', may.id],
      ['2026-06-01', june.id],
      ['2026-07-01', july.id],
    ]);
    expect(single!.points.map((p) => p.lsi)).toEqual([60, 65, 85, 65]);
    expect(single!.points.map((p) => p.changeFromPrevious)).toEqual([
      null,
      expect.closeTo(5, 9),
      expect.closeTo(20, 9),
      expect.closeTo(-20, 9),
    ]);
    // +5 is within measurement error; +20 and −20 are real changes; the first point has nothing to compare.
    expect(single!.points.map((p) => p.withinMeasurementError)).toEqual([null, true, false, false]);
  });

  it('lists a trend per test, with the session list newest first', async () => {
    const episode = await createPatientEpisode(t, a.therapist);
    await recordOk(episode.id, { performedOn: '2026-05-01', measurements: BATTERY.slice(0, 2) });
    await recordOk(episode.id, { performedOn: '2026-08-01', measurements: BATTERY });
    const trends = await trendOf(episode.id);
    expect(trends.map((tr) => [tr.type, tr.points.length])).toEqual([
      ['hop_single', 2],
      ['hop_triple', 2],
      ['hop_crossover', 1],
      ['hop_timed_6m', 1],
    ]);
    expect(trends.find((tr) => tr.type === 'hop_timed_6m')!.points[0]!.lsi).toBeCloseTo(88.08510638297872, 9);
    const list = await t.http.get(`/api/v1/episodes/${episode.id}/assessments`).set('authorization', a.therapist.auth);
    expect((list.body as Assessment[]).map((s) => s.performedOn)).toEqual(['2026-08-01', '2026-05-01']);
  });

  it('is empty for an episode without sessions', async () => {
    const episode = await createPatientEpisode(t, a.therapist);
    expect(await trendOf(episode.id)).toEqual([]);
  });
});

function kneeRom() {
  return {
    involved: { extensionDeficitDeg: 2, flexionDeg: 130 },
    uninvolved: { extensionDeficitDeg: 0, flexionDeg: 140 },
  };
}

describe('tenant isolation and roles', () => {
  it('gives clinic B 404 on every route for clinic A’s episode, session and measurement, changing nothing', async () => {
    const episode = await createPatientEpisode(t, a.therapist);
    const session = await recordOk(episode.id, {
      performedOn: '2026-09-28',
      measurements: [hop('hop_single', [120, 124], [150, 146]), hop('hop_triple', [445, 455], [478, 482])],
    });
    const single = measurementOf(session, 'hop_single');
    const triple = measurementOf(session, 'hop_triple');
    const rowsBefore = await t.db.query('SELECT * FROM measurement WHERE assessment_id = $1 ORDER BY id', [session.id]);
    const sessionBefore = await t.db.query('SELECT * FROM assessment WHERE id = $1', [session.id]);
    const countsBefore = await countClinicalRows(t);

    for (const user of [b.therapist, b.assistant, b.admin]) {
      const responses: [string, Response, string][] = [
        [
          'list',
          await t.http.get(`/api/v1/episodes/${episode.id}/assessments`).set('authorization', user.auth),
          'EPISODE_NOT_FOUND',
        ],
        [
          'symmetry',
          await t.http.get(`/api/v1/episodes/${episode.id}/symmetry`).set('authorization', user.auth),
          'EPISODE_NOT_FOUND',
        ],
        [
          'read',
          await t.http.get(`/api/v1/assessments/${session.id}`).set('authorization', user.auth),
          'ASSESSMENT_NOT_FOUND',
        ],
      ];
      if (user.role !== 'admin') {
        responses.push(
          [
            'create',
            await record(
              episode.id,
              { performedOn: '2026-09-29', measurements: [hop('hop_crossover', [1], [1])] },
              user,
            ),
            'EPISODE_NOT_FOUND',
          ],
          [
            'amend',
            await amend(single.id, { reason: 'Hijack', input: { trials: { involved: [1], uninvolved: [1] } } }, user),
            'MEASUREMENT_NOT_FOUND',
          ],
          ['void', await voidMeasurement(triple.id, { reason: 'Hijack' }, user), 'MEASUREMENT_NOT_FOUND'],
        );
      }
      for (const [what, response, code] of responses) {
        expect({ what, role: user.role, status: response.status, code: (response.body as ApiError).code }).toEqual({
          what,
          role: user.role,
          status: 404,
          code,
        });
      }
    }
    expect(await countClinicalRows(t)).toEqual(countsBefore);
    expect(
      (await t.db.query('SELECT * FROM measurement WHERE assessment_id = $1 ORDER BY id', [session.id])).rows,
    ).toEqual(rowsBefore.rows);
    expect((await t.db.query('SELECT * FROM assessment WHERE id = $1', [session.id])).rows).toEqual(sessionBefore.rows);
  });

  it('does not let an admin record, amend or void (403), but lets them read', async () => {
    const episode = await createPatientEpisode(t, a.therapist);
    const session = await recordOk(episode.id, {
      performedOn: '2026-09-28',
      measurements: [hop('hop_single', [120, 124], [150, 146])],
    });
    const measurement = measurementOf(session, 'hop_single');
    const before = await countClinicalRows(t);
    const forbidden = [
      await record(episode.id, { performedOn: '2026-09-29', measurements: [hop('hop_triple', [1], [1])] }, a.admin),
      await amend(
        measurement.id,
        { reason: 'Admin fix', input: { trials: { involved: [1], uninvolved: [1] } } },
        a.admin,
      ),
      await voidMeasurement(measurement.id, { reason: 'Admin void' }, a.admin),
    ];
    expect(forbidden.map((r) => [r.status, (r.body as ApiError).code])).toEqual([
      [403, 'FORBIDDEN'],
      [403, 'FORBIDDEN'],
      [403, 'FORBIDDEN'],
    ]);
    expect(await countClinicalRows(t)).toEqual(before);
    expect(await measurementRow(measurement.id)).toMatchObject({ status: 'current', input: measurement.input });
    expect((await t.http.get(`/api/v1/assessments/${session.id}`).set('authorization', a.admin.auth)).status).toBe(200);
    expect(
      (await t.http.get(`/api/v1/episodes/${episode.id}/symmetry`).set('authorization', a.admin.auth)).status,
    ).toBe(200);
  });

  it('lets an assistant record and correct a session', async () => {
    const episode = await createPatientEpisode(t, a.therapist);
    const session = await recordOk(
      episode.id,
      { performedOn: '2026-09-28', measurements: [hop('hop_single', [120, 124], [150, 146])] },
      a.assistant,
    );
    const row = await t.db.query('SELECT tester_id, created_by FROM assessment WHERE id = $1', [session.id]);
    expect(row.rows[0]).toEqual({ tester_id: a.assistant.id, created_by: a.assistant.id });
    const amended = await amend(
      measurementOf(session, 'hop_single').id,
      { reason: 'Typo in trial 1', input: { trials: { involved: [121, 124], uninvolved: [150, 146] } } },
      a.assistant,
    );
    expect(amended.status).toBe(200);
    expect(amended.body).toMatchObject({ createdBy: a.assistant.id });
  });

  it('refuses a session on an archived episode with 409 ARCHIVED, writing nothing', async () => {
    const episode = await createPatientEpisode(t, a.therapist);
    await archiveEpisode(t, a.therapist, episode);
    const before = await countClinicalRows(t);
    const response = await record(episode.id, {
      performedOn: '2026-09-28',
      measurements: [hop('hop_single', [120, 124], [150, 146])],
    });
    expect(response.status).toBe(409);
    expect(response.body).toMatchObject({ code: 'ARCHIVED' });
    expect(await countClinicalRows(t)).toEqual(before);
  });

  it('answers 404 for ids that do not exist and 400 for ids that are not UUIDs', async () => {
    const missing = '00000000-0000-4000-8000-000000000000';
    expect(
      (await t.http.get(`/api/v1/assessments/${missing}`).set('authorization', a.therapist.auth)).body,
    ).toMatchObject({ statusCode: 404, code: 'ASSESSMENT_NOT_FOUND' });
    expect((await voidMeasurement(missing, { reason: 'Nothing there' })).body).toMatchObject({
      statusCode: 404,
      code: 'MEASUREMENT_NOT_FOUND',
    });
    expectValidation(await voidMeasurement('not-a-uuid', { reason: 'Bad id' }), ['id']);
  });
});

describe('a baseline that cannot be compared', () => {
  it('keeps the LSI in the session and the trend, without EPIC, when the baseline used another device', async () => {
    const episode = await createPatientEpisode(t, a.therapist);
    const record = (performedOn: string, baseline: boolean, device: string, involved: number, uninvolved: number) =>
      t.http
        .post(`/api/v1/episodes/${episode.id}/assessments`)
        .set('authorization', a.therapist.auth)
        .send({
          performedOn,
          baseline,
          measurements: [
            {
              type: 'strength_quadriceps',
              input: { involved: reading(involved, { device }), uninvolved: reading(uninvolved, { device }) },
            },
          ],
        });
    expect((await record('2026-03-20', true, 'Hand-held dynamometer', 200, 240)).status).toBe(201);
    const followUp = await record('2026-06-20', false, 'Biodex System 4', 150, 220);
    expect(followUp.status).toBe(201);
    const measurement = (followUp.body as Assessment).measurements[0]!;
    expect(measurement.lsi).toBeCloseTo((150 / 220) * 100, 9);
    expect(measurement.epic).toBeNull();

    const trend = await t.http.get(`/api/v1/episodes/${episode.id}/symmetry`).set('authorization', a.therapist.auth);
    const points = (trend.body as SymmetryTrend[]).find((s) => s.type === 'strength_quadriceps')!.points;
    expect(points.map((p) => [p.date, p.lsi === null ? null : Math.round(p.lsi * 10) / 10, p.epic])).toEqual([
      ['2026-03-20', 83.3, null],
      ['2026-06-20', 68.2, null],
    ]);
  });
});

describe('comparing sessions over time', () => {
  it('does not compare an LSI taken as the best trial with one taken as the mean (REFERENCE §8 #4)', async () => {
    const episode = await createPatientEpisode(t, a.therapist);
    const record = (performedOn: string, aggregation: 'mean' | 'best') =>
      t.http
        .post(`/api/v1/episodes/${episode.id}/assessments`)
        .set('authorization', a.therapist.auth)
        .send({ performedOn, measurements: [hop('hop_single', [118, 130, 126], [150, 152, 148], { aggregation })] });
    expect((await record('2026-05-01', 'mean')).status).toBe(201);
    expect((await record('2026-06-01', 'best')).status).toBe(201);
    expect((await record('2026-07-01', 'best')).status).toBe(201);
    const trend = await t.http.get(`/api/v1/episodes/${episode.id}/symmetry`).set('authorization', a.therapist.auth);
    const points = (trend.body as SymmetryTrend[]).find((s) => s.type === 'hop_single')!.points;
    expect(points.map((p) => [p.method, p.changeFromPrevious, p.withinMeasurementError])).toEqual([
      ['mean', null, null],
      ['best', null, null],
      ['best', 0, true],
    ]);
  });
});
