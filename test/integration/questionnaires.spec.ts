import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { scoreQuestionnaire } from '@proprio/clinical';
import type { ApiError, PromTrend, QuestionnaireResponse } from '@proprio/contracts';
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

/** `{ P1: v0, P2: v1, … }` */
const items = (prefix: string, values: readonly unknown[]) =>
  Object.fromEntries(values.map((value, i) => [`${prefix}${i + 1}`, value]));

const isoDaysFromToday = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

// REFERENCE §8 test vectors as item answers.
const KOOS_PAIN_9 = items('P', [0, 1, 1, 2, 0, 1, 0, 0, 1]); // #9: 83.333…
const KOOS_SYMPTOMS_10A = items('S', [1, 2, 1, 0]); // #10a: 4 of 7 answered → 75 (2012), null (1998)
const KOOS_SYMPTOMS_10B = items('S', [1, 2, 1]); // #10b: 3 of 7 → null
const IKDC_12: Record<string, unknown> = {
  '1': 3,
  '2': 2,
  '3': 3,
  '4': 3,
  '5': 3,
  '6': 'no',
  '7': 3,
  '8': 2,
  ...Object.fromEntries(
    ['9a', '9b', '9c', '9d', '9e', '9f', '9g', '9h', '9i'].map((id, i) => [id, [4, 4, 3, 3, 4, 4, 3, 3, 3][i]]),
  ),
  '10b': 8,
};
const withoutItems = (answers: Record<string, unknown>, ...ids: string[]) =>
  Object.fromEntries(Object.entries(answers).filter(([id]) => !ids.includes(id)));
const ACL_RSI_14 = items(
  'R',
  [6, 5, 7, 4, 6, 5, 7, 6, 5, 4, 6, 7].map((v) => v * 10),
);
const LEFS_15 = items('L', [...Array<number>(16).fill(3), ...Array<number>(4).fill(2)]);
const LYSHOLM_16 = {
  limp: 5,
  support: 5,
  locking: 10,
  instability: 20,
  pain: 20,
  swelling: 6,
  stairs: 6,
  squatting: 4,
};
const KOS_ADLS_17 = items('K', [...Array<number>(7).fill(5), ...Array<number>(7).fill(4)]); // sum 63 of 70
const KOOS12_18 = { ...items('PAIN', [1, 1, 2, 0]), ...items('FUNC', [0, 1, 0, 1]), ...items('QOL', [2, 2, 1, 2]) };

function submit(episodeId: string, body: Record<string, unknown>, user: TestUser = a.therapist) {
  return t.http.post(`/api/v1/episodes/${episodeId}/questionnaires`).set('authorization', user.auth).send(body);
}

async function submitOk(
  episodeId: string,
  body: Record<string, unknown>,
  user: TestUser = a.therapist,
): Promise<QuestionnaireResponse> {
  const response = await submit(episodeId, body, user);
  if (response.status !== 201) throw new Error(`submit failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body as QuestionnaireResponse;
}

function amend(id: string, body: Record<string, unknown>, user: TestUser = a.therapist) {
  return t.http.post(`/api/v1/questionnaires/${id}/amend`).set('authorization', user.auth).send(body);
}

function voidResponse(id: string, body: Record<string, unknown>, user: TestUser = a.therapist) {
  return t.http.post(`/api/v1/questionnaires/${id}/void`).set('authorization', user.auth).send(body);
}

async function trendsOf(episodeId: string, user: TestUser = a.therapist): Promise<PromTrend[]> {
  const response = await t.http.get(`/api/v1/episodes/${episodeId}/prom-trends`).set('authorization', user.auth);
  expect(response.status).toBe(200);
  return response.body as PromTrend[];
}

async function responseRow(id: string) {
  const result = await t.db.query<{
    clinic_id: string;
    episode_id: string;
    instrument: string;
    completed_on: string;
    answers: Record<string, unknown>;
    options: Record<string, unknown>;
    scores: Record<string, number | null>;
    status: string;
    supersedes_id: string | null;
    change_reason: string | null;
    voided_at: Date | null;
    voided_by: string | null;
  }>(
    `SELECT clinic_id, episode_id, instrument, completed_on, answers, options, scores, status, supersedes_id,
            change_reason, voided_at, voided_by
       FROM questionnaire_response WHERE id = $1`,
    [id],
  );
  return result.rows[0];
}

function expectValidation(response: Response, fields: string[]): void {
  expect({ status: response.status, code: (response.body as ApiError).code }).toEqual({
    status: 400,
    code: 'VALIDATION_FAILED',
  });
  expect([...new Set(fieldsOf(response.body))]).toEqual([...fields].sort());
}

describe('scoring questionnaires (REFERENCE §8)', () => {
  const vectors: [string, string, Record<string, unknown>, Record<string, unknown>, Record<string, number | null>][] = [
    [
      '#9 KOOS pain, #10a symptoms with 3 missing, #11 ADL bounds',
      'koos',
      { ...KOOS_PAIN_9, ...KOOS_SYMPTOMS_10A, ...items('A', Array(17).fill(0)), ...items('SP', Array(5).fill(4)) },
      {},
      { pain: 83.33333333333333, symptoms: 75, adl: 100, sport: 0, qol: null },
    ],
    ['#10b KOOS symptoms with 4 missing (2012 rule)', 'koos', KOOS_SYMPTOMS_10B, {}, { symptoms: null }],
    [
      '#10a KOOS symptoms under the 1998 rule',
      'koos',
      { ...KOOS_PAIN_9, ...KOOS_SYMPTOMS_10A },
      { koosMissingItemRule: '1998' },
      { pain: 83.33333333333333, symptoms: null },
    ],
    ['#12 IKDC complete', 'ikdc', IKDC_12, {}, { total: 79.3103448275862 }],
    ['#13 IKDC with items 8 and 9c missing', 'ikdc', withoutItems(IKDC_12, '8', '9c'), {}, { total: 81.0126582278481 }],
    ['#13 IKDC with a third item missing', 'ikdc', withoutItems(IKDC_12, '8', '9c', '9d'), {}, { total: null }],
    ['#14 ACL-RSI', 'acl_rsi', ACL_RSI_14, {}, { total: 56.666666666666664 }],
    ['#15 LEFS', 'lefs', LEFS_15, {}, { total: 56 }],
    ['#16 Lysholm', 'lysholm', LYSHOLM_16, {}, { total: 76 }],
    ['#17 KOS-ADLS', 'kos_adls', KOS_ADLS_17, {}, { total: 90 }],
    ['#18 KOOS-12', 'koos12', KOOS12_18, {}, { pain: 75, function: 87.5, qol: 56.25, summary: 72.91666666666667 }],
    ['Tegner levels', 'tegner', { preInjury: 9, current: 4 }, {}, { preInjury: 9, current: 4 }],
  ];

  it.each(vectors)(
    '%s: scores and stores them as computed',
    async (_vector, instrument, answers, options, expected) => {
      const episode = await createPatientEpisode(t, a.therapist);
      const body = {
        instrument,
        completedOn: '2026-09-28',
        answers,
        ...(Object.keys(options).length ? { options } : {}),
      };
      const response = await submit(episode.id, body);
      expect(response.status).toBe(201);
      const saved = response.body as QuestionnaireResponse;
      expect(saved).toMatchObject({
        episodeId: episode.id,
        instrument,
        completedOn: '2026-09-28',
        answers,
        options,
        status: 'current',
        supersedesId: null,
        changeReason: null,
        createdBy: a.therapist.id,
        voidedAt: null,
      });
      for (const [scale, value] of Object.entries(expected)) {
        if (value === null) expect({ scale, score: saved.scores[scale] }).toEqual({ scale, score: null });
        else expect(saved.scores[scale]).toBeCloseTo(value, 9);
      }
      // The database holds the answers as given and the scores the server computed, nothing else.
      const row = await responseRow(saved.id);
      expect(row).toMatchObject({
        clinic_id: a.id,
        episode_id: episode.id,
        instrument,
        completed_on: '2026-09-28',
        answers,
        options,
        status: 'current',
      });
      expect(row!.scores).toEqual(saved.scores);
      const computed = scoreQuestionnaire(instrument, answers, options);
      expect(computed.ok && computed.value.scores).toEqual(row!.scores);
      // And the same on read.
      const read = await t.http.get(`/api/v1/questionnaires/${saved.id}`).set('authorization', a.assistant.auth);
      expect(read.status).toBe(200);
      expect(read.body).toEqual(saved);
    },
  );

  it('reports why a KOOS subscale has no score (valid but insufficient, not a 400)', async () => {
    const episode = await createPatientEpisode(t, a.therapist);
    const saved = await submitOk(episode.id, {
      instrument: 'koos',
      completedOn: '2026-09-28',
      answers: { ...KOOS_SYMPTOMS_10B, P1: 1, P2: null },
    });
    expect(saved.scores).toEqual({ pain: null, symptoms: null, adl: null, sport: null, qol: null });
    expect(saved.result).toMatchObject({
      missingItemRule: '2012',
      subscales: { symptoms: { score: null, answered: 3, required: 4, itemCount: 7 } },
    });
    expect((saved.result as { subscales: { symptoms: { reason: string } } }).subscales.symptoms.reason).toMatch(
      /insufficient items: 3 of 7/,
    );
    expect((await responseRow(saved.id))!.scores).toEqual(saved.scores);
  });

  it('gives the Lysholm band with the score', async () => {
    const episode = await createPatientEpisode(t, a.therapist);
    const saved = await submitOk(episode.id, { instrument: 'lysholm', completedOn: '2026-09-28', answers: LYSHOLM_16 });
    expect(saved.result).toMatchObject({ score: 76, band: 'fair' });
  });
});

describe('bad answers: 400 naming the field, nothing written', () => {
  const cases: [string, Record<string, unknown>, string[]][] = [
    ['a KOOS answer out of range', { instrument: 'koos', answers: { ...KOOS_PAIN_9, P1: 5 } }, ['answers.P1']],
    ['a KOOS answer that is not a whole number', { instrument: 'koos', answers: { P3: 1.5 } }, ['answers.P3']],
    [
      'a KOOS item that does not exist (10 pain items)',
      { instrument: 'koos', answers: { ...KOOS_PAIN_9, P10: 1 } },
      ['answers.P10'],
    ],
    ['a 13th ACL-RSI item', { instrument: 'acl_rsi', answers: { ...ACL_RSI_14, R13: 50 } }, ['answers.R13']],
    [
      'an ACL-RSI answer on the wrong scale',
      { instrument: 'acl_rsi', answers: { ...ACL_RSI_14, R1: 6 } },
      ['answers.R1'],
    ],
    [
      'an IKDC locking answer other than yes/no',
      { instrument: 'ikdc', answers: { ...IKDC_12, '6': 'maybe' } },
      ['answers.6'],
    ],
    [
      'a Lysholm weight of the 1982 form',
      { instrument: 'lysholm', answers: { ...LYSHOLM_16, limp: 4 } },
      ['answers.limp'],
    ],
    ['a KOS-ADLS answer of 6', { instrument: 'kos_adls', answers: { ...KOS_ADLS_17, K1: 6 } }, ['answers.K1']],
    ['Tegner 11 (REFERENCE §8 #19)', { instrument: 'tegner', answers: { current: 11 } }, ['answers.current']],
    [
      'Tegner 5.5 (REFERENCE §8 #19)',
      { instrument: 'tegner', answers: { preInjury: 5.5, current: 4 } },
      ['answers.preInjury'],
    ],
    [
      'a misspelt Tegner field (not silently dropped)',
      { instrument: 'tegner', answers: { preinjury: 9, current: 4 } },
      ['answers.preinjury'],
    ],
    ['an unknown instrument', { instrument: 'sf36', answers: { Q1: 1 } }, ['instrument']],
    ['answers that are not an object', { instrument: 'koos', answers: [0, 1, 1] }, ['answers']],
    [
      'a completion date in the future',
      { instrument: 'lefs', answers: LEFS_15, completedOn: isoDaysFromToday(1) },
      ['completedOn'],
    ],
    [
      'a completion date before 1900',
      { instrument: 'lefs', answers: LEFS_15, completedOn: '1899-12-31' },
      ['completedOn'],
    ],
    [
      'an unknown KOOS missing-item rule',
      { instrument: 'koos', answers: KOOS_PAIN_9, options: { koosMissingItemRule: '2000' } },
      ['options.koosMissingItemRule'],
    ],
    ['a client-sent score', { instrument: 'lefs', answers: LEFS_15, score: 80 }, ['score']],
    ['client-sent scores', { instrument: 'koos12', answers: KOOS12_18, scores: { summary: 100 } }, ['scores']],
  ];

  it.each(cases)('refuses %s', async (_what, body, fields) => {
    const episode = await createPatientEpisode(t, a.therapist);
    const before = await countClinicalRows(t);
    const response = await submit(episode.id, { completedOn: '2026-09-28', ...body });
    expectValidation(response, fields);
    expect(await countClinicalRows(t)).toEqual(before);
  });

  it('explains the rule in words', async () => {
    const episode = await createPatientEpisode(t, a.therapist);
    const response = await submit(episode.id, { instrument: 'koos', completedOn: '2026-09-28', answers: { P1: 5 } });
    expect(response.status).toBe(400);
    expect((response.body as ApiError).details!.map((d) => d.issue)).toEqual(['must be an integer from 0 to 4']);
  });
});

describe('corrections keep history', () => {
  async function lefsResponse(user: TestUser = a.therapist) {
    const episode = await createPatientEpisode(t, user);
    const saved = await submitOk(episode.id, { instrument: 'lefs', completedOn: '2026-09-28', answers: LEFS_15 }, user);
    return { episode, saved };
  }

  it('amends with new answers that supersede the old response; the old one stays unchanged', async () => {
    const { saved } = await lefsResponse();
    const corrected = { ...LEFS_15, L1: 4, L2: 4, L3: 4, L4: 4, L5: 4, L6: 4, L7: 4, L8: 4, L9: 4 };
    const before = await countClinicalRows(t);
    const response = await amend(saved.id, { reason: 'Page 2 was scanned twice', answers: corrected });
    expect(response.status).toBe(200);
    const amended = response.body as QuestionnaireResponse;
    expect(amended).toMatchObject({
      instrument: 'lefs',
      completedOn: '2026-09-28',
      answers: corrected,
      scores: { total: 65 },
      status: 'current',
      supersedesId: saved.id,
      changeReason: 'Page 2 was scanned twice',
    });
    expect(await countClinicalRows(t)).toEqual({
      ...before,
      questionnaire_response: before.questionnaire_response + 1,
    });
    expect(await responseRow(saved.id)).toMatchObject({
      status: 'superseded',
      answers: LEFS_15,
      scores: { total: 56 },
      supersedes_id: null,
      change_reason: null,
      voided_at: null,
    });
    expect(await responseRow(amended.id)).toMatchObject({
      status: 'current',
      answers: corrected,
      scores: { total: 65 },
      supersedes_id: saved.id,
      change_reason: 'Page 2 was scanned twice',
    });
  });

  it('keeps the KOOS missing-item rule of the response when the amendment does not name one', async () => {
    const episode = await createPatientEpisode(t, a.therapist);
    const saved = await submitOk(episode.id, {
      instrument: 'koos',
      completedOn: '2026-09-28',
      answers: KOOS_SYMPTOMS_10A,
      options: { koosMissingItemRule: '1998' },
    });
    expect(saved.scores['symptoms']).toBeNull();
    const kept = await amend(saved.id, { reason: 'S4 was 1, not 0', answers: { ...KOOS_SYMPTOMS_10A, S4: 1 } });
    expect(kept.status).toBe(200);
    expect(kept.body).toMatchObject({ options: { koosMissingItemRule: '1998' }, scores: { symptoms: null } });
    const switched = await amend((kept.body as QuestionnaireResponse).id, {
      reason: 'Scored with the 2012 rule',
      answers: { ...KOOS_SYMPTOMS_10A, S4: 1 },
      options: { koosMissingItemRule: '2012' },
    });
    expect(switched.status).toBe(200);
    expect(switched.body).toMatchObject({ options: { koosMissingItemRule: '2012' }, scores: { symptoms: 68.75 } });
  });

  it('refuses to amend or void a response that is no longer current (409 NOT_CURRENT), changing nothing', async () => {
    const { saved } = await lefsResponse();
    const amended = await amend(saved.id, { reason: 'Item 1 misread', answers: { ...LEFS_15, L1: 4 } });
    expect(amended.status).toBe(200);
    const amendedId = (amended.body as QuestionnaireResponse).id;
    expect((await voidResponse(amendedId, { reason: 'Wrong patient' })).status).toBe(200);

    const before = await countClinicalRows(t);
    const rows = [await responseRow(saved.id), await responseRow(amendedId)];
    for (const response of [
      await amend(saved.id, { reason: 'Fix the old one', answers: LEFS_15 }),
      await voidResponse(saved.id, { reason: 'Void the old one' }),
      await amend(amendedId, { reason: 'Fix a voided one', answers: LEFS_15 }),
      await voidResponse(amendedId, { reason: 'Void it twice' }),
    ]) {
      expect(response.status).toBe(409);
      expect(response.body).toMatchObject({ code: 'NOT_CURRENT' });
    }
    expect(await countClinicalRows(t)).toEqual(before);
    expect([await responseRow(saved.id), await responseRow(amendedId)]).toEqual(rows);
  });

  it.each([
    ['no reason', {}],
    ['a two-letter reason', { reason: 'ok' }],
    ['blank space', { reason: '      ' }],
  ])('refuses a void with %s (400 reason), keeping the response current', async (_what, body) => {
    const { saved } = await lefsResponse();
    expectValidation(await voidResponse(saved.id, body), ['reason']);
    expect(await responseRow(saved.id)).toMatchObject({ status: 'current', voided_at: null, change_reason: null });
  });

  it('voids with a reason, keeping the row', async () => {
    const { episode, saved } = await lefsResponse();
    const response = await voidResponse(saved.id, { reason: 'Patient filled it for the other knee' }, a.assistant);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      id: saved.id,
      status: 'voided',
      changeReason: 'Patient filled it for the other knee',
      answers: LEFS_15,
    });
    const row = await responseRow(saved.id);
    expect(row).toMatchObject({ status: 'voided', answers: LEFS_15, voided_by: a.assistant.id });
    expect(row!.voided_at).toBeInstanceOf(Date);
    const list = await t.http
      .get(`/api/v1/episodes/${episode.id}/questionnaires`)
      .set('authorization', a.therapist.auth);
    expect((list.body as QuestionnaireResponse[]).map((r) => [r.id, r.status])).toEqual([[saved.id, 'voided']]);
  });

  it('refuses an amendment with bad answers, no reason or a client-sent score, changing nothing', async () => {
    const { saved } = await lefsResponse();
    const before = await countClinicalRows(t);
    expectValidation(await amend(saved.id, { reason: 'Fix item 1', answers: { ...LEFS_15, L1: 7 } }), ['answers.L1']);
    expectValidation(await amend(saved.id, { answers: LEFS_15 }), ['reason']);
    expectValidation(await amend(saved.id, { reason: 'Fix item 1', answers: LEFS_15, scores: { total: 80 } }), [
      'scores',
    ]);
    expect(await countClinicalRows(t)).toEqual(before);
    expect(await responseRow(saved.id)).toMatchObject({ status: 'current', scores: { total: 56 } });
  });

  it('lets exactly one of two simultaneous amendments win; the other gets 409', async () => {
    for (let round = 0; round < 3; round++) {
      const { saved } = await lefsResponse();
      const responses = await Promise.all([
        amend(saved.id, { reason: 'Correction one', answers: { ...LEFS_15, L1: 4 } }),
        amend(saved.id, { reason: 'Correction two', answers: { ...LEFS_15, L2: 4 } }, a.assistant),
      ]);
      expect(responses.map((r) => r.status).sort()).toEqual([200, 409]);
      expect(responses.find((r) => r.status === 409)!.body).toMatchObject({ code: 'NOT_CURRENT' });
      const rows = await t.db.query<{ status: string }>(
        'SELECT status FROM questionnaire_response WHERE id = $1 OR supersedes_id = $1 ORDER BY created_at',
        [saved.id],
      );
      expect(rows.rows.map((r) => r.status)).toEqual(['superseded', 'current']);
    }
  });
});

describe('PROM trends', () => {
  it('lists current scores per instrument oldest first, without voided or superseded responses', async () => {
    const episode = await createPatientEpisode(t, a.therapist);
    // Entered out of date order on purpose.
    const september = await submitOk(episode.id, { instrument: 'lefs', completedOn: '2026-09-01', answers: LEFS_15 });
    const may = await submitOk(episode.id, {
      instrument: 'lefs',
      completedOn: '2026-05-01',
      answers: items('L', Array(20).fill(2)),
    });
    const july = await submitOk(episode.id, {
      instrument: 'lefs',
      completedOn: '2026-07-01',
      answers: items('L', Array(20).fill(1)),
    });
    const ikdc = await submitOk(episode.id, { instrument: 'ikdc', completedOn: '2026-06-01', answers: IKDC_12 });
    const tegner = await submitOk(episode.id, {
      instrument: 'tegner',
      completedOn: '2026-06-01',
      answers: { preInjury: 9, current: 3 },
    });

    const amendedJuly = await amend(july.id, {
      reason: 'Transcribed from the wrong sheet',
      answers: items('L', Array(20).fill(3)),
    });
    expect(amendedJuly.status).toBe(200);
    expect((await voidResponse(tegner.id, { reason: 'Filled in by a relative' })).status).toBe(200);

    const trends = await trendsOf(episode.id, a.admin);
    expect(trends.map((tr) => [tr.instrument, tr.label])).toEqual([
      ['ikdc', 'IKDC Subjective Knee Form'],
      ['lefs', 'LEFS'],
    ]);
    const lefs = trends.find((tr) => tr.instrument === 'lefs')!;
    expect(lefs.points).toEqual([
      { date: '2026-05-01', responseId: may.id, scores: { total: 40 } },
      { date: '2026-07-01', responseId: (amendedJuly.body as QuestionnaireResponse).id, scores: { total: 60 } },
      { date: '2026-09-01', responseId: september.id, scores: { total: 56 } },
    ]);
    const ikdcTrend = trends.find((tr) => tr.instrument === 'ikdc')!;
    expect(ikdcTrend.points).toEqual([
      { date: '2026-06-01', responseId: ikdc.id, scores: { total: expect.closeTo(79.3103448275862, 9) } },
    ]);

    // The list keeps everything, newest first, with the history.
    const list = await t.http
      .get(`/api/v1/episodes/${episode.id}/questionnaires`)
      .set('authorization', a.therapist.auth);
    expect(list.status).toBe(200);
    const listed = list.body as QuestionnaireResponse[];
    expect(listed.map((r) => [r.completedOn, r.instrument, r.status])).toEqual([
      ['2026-09-01', 'lefs', 'current'],
      ['2026-07-01', 'lefs', 'current'],
      ['2026-07-01', 'lefs', 'superseded'],
      ['2026-06-01', 'tegner', 'voided'],
      ['2026-06-01', 'ikdc', 'current'],
      ['2026-05-01', 'lefs', 'current'],
    ]);
  });

  it('is empty for an episode without responses', async () => {
    const episode = await createPatientEpisode(t, a.therapist);
    expect(await trendsOf(episode.id)).toEqual([]);
  });
});

describe('tenant isolation and roles', () => {
  it('gives clinic B 404 on every route for clinic A’s episode and response, changing nothing', async () => {
    const episode = await createPatientEpisode(t, a.therapist);
    const saved = await submitOk(episode.id, { instrument: 'lefs', completedOn: '2026-09-28', answers: LEFS_15 });
    const rowBefore = await responseRow(saved.id);
    const countsBefore = await countClinicalRows(t);

    for (const user of [b.therapist, b.assistant, b.admin]) {
      const responses: [string, Response, string][] = [
        [
          'list',
          await t.http.get(`/api/v1/episodes/${episode.id}/questionnaires`).set('authorization', user.auth),
          'EPISODE_NOT_FOUND',
        ],
        [
          'trends',
          await t.http.get(`/api/v1/episodes/${episode.id}/prom-trends`).set('authorization', user.auth),
          'EPISODE_NOT_FOUND',
        ],
        [
          'read',
          await t.http.get(`/api/v1/questionnaires/${saved.id}`).set('authorization', user.auth),
          'QUESTIONNAIRE_NOT_FOUND',
        ],
      ];
      if (user.role !== 'admin') {
        responses.push(
          [
            'create',
            await submit(episode.id, { instrument: 'lefs', completedOn: '2026-09-29', answers: LEFS_15 }, user),
            'EPISODE_NOT_FOUND',
          ],
          [
            'amend',
            await amend(saved.id, { reason: 'Hijack', answers: items('L', Array(20).fill(0)) }, user),
            'QUESTIONNAIRE_NOT_FOUND',
          ],
          ['void', await voidResponse(saved.id, { reason: 'Hijack' }, user), 'QUESTIONNAIRE_NOT_FOUND'],
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
    expect(await responseRow(saved.id)).toEqual(rowBefore);
  });

  it('does not let an admin record, amend or void (403), but lets them read', async () => {
    const episode = await createPatientEpisode(t, a.therapist);
    const saved = await submitOk(episode.id, { instrument: 'lefs', completedOn: '2026-09-28', answers: LEFS_15 });
    const before = await countClinicalRows(t);
    const forbidden = [
      await submit(episode.id, { instrument: 'lefs', completedOn: '2026-09-29', answers: LEFS_15 }, a.admin),
      await amend(saved.id, { reason: 'Admin fix', answers: LEFS_15 }, a.admin),
      await voidResponse(saved.id, { reason: 'Admin void' }, a.admin),
    ];
    expect(forbidden.map((r) => [r.status, (r.body as ApiError).code])).toEqual([
      [403, 'FORBIDDEN'],
      [403, 'FORBIDDEN'],
      [403, 'FORBIDDEN'],
    ]);
    expect(await countClinicalRows(t)).toEqual(before);
    expect(await responseRow(saved.id)).toMatchObject({ status: 'current' });
    expect((await t.http.get(`/api/v1/questionnaires/${saved.id}`).set('authorization', a.admin.auth)).status).toBe(
      200,
    );
  });

  it('lets an assistant record a response', async () => {
    const episode = await createPatientEpisode(t, a.therapist);
    const saved = await submitOk(
      episode.id,
      { instrument: 'kos_adls', completedOn: '2026-09-28', answers: KOS_ADLS_17 },
      a.assistant,
    );
    expect(saved).toMatchObject({ createdBy: a.assistant.id, scores: { total: 90 } });
  });

  it('refuses a response on an archived episode with 409 ARCHIVED, writing nothing', async () => {
    const episode = await createPatientEpisode(t, a.therapist);
    await archiveEpisode(t, a.therapist, episode);
    const before = await countClinicalRows(t);
    const response = await submit(episode.id, { instrument: 'lefs', completedOn: '2026-09-28', answers: LEFS_15 });
    expect(response.status).toBe(409);
    expect(response.body).toMatchObject({ code: 'ARCHIVED' });
    expect(await countClinicalRows(t)).toEqual(before);
  });
});
