import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Assessment, QuestionnaireResponse } from '@proprio/contracts';
import { createClinic, createEpisode, createPatient, type TestClinic } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
let a: TestClinic;
let episodeId: string;

beforeAll(async () => {
  t = await startTestApp();
  a = await createClinic(t);
  const patient = await createPatient(t, a.therapist);
  episodeId = (await createEpisode(t, a.therapist, patient.id)).id;
});
afterAll(() => t.close());

async function recordHop(): Promise<string> {
  const response = await t.http
    .post(`/api/v1/episodes/${episodeId}/assessments`)
    .set('authorization', a.therapist.auth)
    .send({
      performedOn: '2026-06-01',
      measurements: [{ type: 'hop_single', input: { trials: { involved: [120, 124], uninvolved: [150, 146] } } }],
    });
  expect(response.status).toBe(201);
  return (response.body as Assessment).measurements[0]!.id;
}

async function recordKoos(): Promise<string> {
  const response = await t.http
    .post(`/api/v1/episodes/${episodeId}/questionnaires`)
    .set('authorization', a.therapist.auth)
    .send({ instrument: 'global_rating', completedOn: '2026-06-01', answers: { rating: 70 } });
  expect(response.status).toBe(201);
  return (response.body as QuestionnaireResponse).id;
}

describe('the database keeps recorded values as they were entered', () => {
  it.each([
    ['measurement', `UPDATE measurement SET input = '{"trials":{"involved":[1],"uninvolved":[1]}}' WHERE id = $1`],
    ['measurement', `UPDATE measurement SET lsi = 99 WHERE id = $1`],
    ['measurement', `UPDATE measurement SET status = 'voided' WHERE id = $1`],
    ['measurement', `DELETE FROM measurement WHERE id = $1`],
    ['questionnaire_response', `UPDATE questionnaire_response SET scores = '{"total":100}' WHERE id = $1`],
    ['questionnaire_response', `DELETE FROM questionnaire_response WHERE id = $1`],
  ])('refuses on %s: %s', async (table, sql) => {
    const id = table === 'measurement' ? await recordHop() : await recordKoos();
    const before = await t.db.query(`SELECT to_jsonb(r) AS row FROM ${table} r WHERE id = $1`, [id]);
    await expect(t.db.query(sql, [id])).rejects.toThrow(/cannot be (overwritten|deleted)|needs its reason/);
    const after = await t.db.query(`SELECT to_jsonb(r) AS row FROM ${table} r WHERE id = $1`, [id]);
    expect(after.rows).toEqual(before.rows);
  });

  it.each([
    `UPDATE assessment SET is_baseline = true WHERE id = $1`,
    `UPDATE assessment SET performed_on = '2020-01-01' WHERE id = $1`,
    `UPDATE assessment SET body_mass_kg = 99 WHERE id = $1`,
    `DELETE FROM assessment WHERE id = $1`,
  ])('refuses to change the facts of a test session that EPIC depends on: %s', async (sql) => {
    const measurementId = await recordHop();
    const { rows } = await t.db.query<{ assessment_id: string }>(
      'SELECT assessment_id FROM measurement WHERE id = $1',
      [measurementId],
    );
    const id = rows[0]!.assessment_id;
    const before = await t.db.query('SELECT to_jsonb(a) AS row FROM assessment a WHERE id = $1', [id]);
    await expect(t.db.query(sql, [id])).rejects.toThrow(/cannot be (changed|deleted)/);
    expect((await t.db.query('SELECT to_jsonb(a) AS row FROM assessment a WHERE id = $1', [id])).rows).toEqual(
      before.rows,
    );
    await expect(
      t.db.query(`UPDATE assessment SET notes = 'retested left' WHERE id = $1`, [id]),
    ).resolves.toBeDefined();
  });

  it('refuses TRUNCATE of either table', async () => {
    await recordHop();
    await expect(t.db.query('TRUNCATE measurement')).rejects.toThrow(/cannot be truncated/);
    await expect(t.db.query('TRUNCATE questionnaire_response')).rejects.toThrow(/cannot be truncated/);
    await expect(t.db.query('TRUNCATE assessment CASCADE')).rejects.toThrow(/cannot be (deleted|truncated)/);
  });

  it('allows exactly the transitions of a correction, and freezes the value afterwards', async () => {
    const id = await recordHop();
    const amended = await t.http
      .post(`/api/v1/measurements/${id}/amend`)
      .set('authorization', a.therapist.auth)
      .send({ reason: 'typo in trial 2', input: { trials: { involved: [120, 125], uninvolved: [150, 146] } } });
    expect(amended.status).toBe(200);
    await expect(t.db.query(`UPDATE measurement SET status = 'current' WHERE id = $1`, [id])).rejects.toThrow(
      /cannot change/,
    );
    const newId = (amended.body as { id: string }).id;
    const voided = await t.http
      .post(`/api/v1/measurements/${newId}/void`)
      .set('authorization', a.therapist.auth)
      .send({ reason: 'wrong patient' });
    expect(voided.status).toBe(200);
    const rows = await t.db.query('SELECT id, status FROM measurement WHERE id = ANY($1) ORDER BY created_at', [
      [id, newId],
    ]);
    expect(rows.rows).toEqual([
      { id, status: 'superseded' },
      { id: newId, status: 'voided' },
    ]);
  });
});
