import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { MEASURES_CSV_COLUMNS, type ApiError, type Assessment, type Measurement } from '@proprio/contracts';
import { createClinic, createEpisode, createPatient, type TestClinic, type TestUser } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
let a: TestClinic;
let b: TestClinic;

beforeAll(async () => {
  t = await startTestApp();
  a = await createClinic(t, 'CSV clinic A');
  b = await createClinic(t, 'CSV clinic B');
});
afterAll(() => t.close());

/**
 * An RFC 4180 reader, strict on purpose: records end with CRLF, a quote inside a quoted field is
 * doubled, and a bare CR or LF outside quotes is an error.
 */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
      } else if (c === '"') {
        quoted = false;
        i += 1;
      } else {
        field += c;
        i += 1;
      }
    } else if (c === '"' && field === '') {
      quoted = true;
      i += 1;
    } else if (c === ',') {
      record.push(field);
      field = '';
      i += 1;
    } else if (c === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i += 2;
    } else if (c === '\r' || c === '\n' || c === '"') {
      throw new Error(`unexpected ${JSON.stringify(c)} outside quotes at ${i}`);
    } else {
      field += c;
      i += 1;
    }
  }
  if (quoted || field !== '' || record.length) throw new Error('the last record does not end with CRLF');
  return records;
}

type Row = Record<(typeof MEASURES_CSV_COLUMNS)[number], string>;

function download(episodeId: string, user: TestUser = a.therapist) {
  return t.http.get(`/api/v1/episodes/${episodeId}/measures.csv`).set('authorization', user.auth);
}

async function rowsOf(
  episodeId: string,
  user: TestUser = a.therapist,
): Promise<{ raw: string; header: string[]; rows: Row[] }> {
  const response = await download(episodeId, user);
  expect(response.status).toBe(200);
  const raw = response.text;
  const [header, ...records] = parseCsv(raw);
  for (const record of records) expect(record).toHaveLength(MEASURES_CSV_COLUMNS.length);
  const rows = records.map((r) => Object.fromEntries(MEASURES_CSV_COLUMNS.map((c, i) => [c, r[i]!])) as Row);
  return { raw, header: header!, rows };
}

async function post<T>(user: TestUser, path: string, body: unknown, status = 201): Promise<T> {
  const response = await t.http
    .post(path)
    .set('authorization', user.auth)
    .send(body as object);
  if (response.status !== status) throw new Error(`${path}: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body as T;
}

const reading = (value: number) => ({
  value,
  unit: 'N.m',
  device: 'Biodex System 4',
  mode: 'concentric',
  velocityDegPerSecond: 60,
});

const TRICKY_NOTES = 'Pre-op, "fit" to test;\nsecond line, with a comma';
const FORMULA_NOTES = '=HYPERLINK("http://evil.example","click")';

/**
 * How many values each measurement of this file's battery has, counted from what was entered: every
 * trial plus mean and best per limb for hops; one reading per limb, its value per kg when the body
 * mass is known, and the deficit for strength; the values given per knee, their arc when both are
 * given, and the two differences for knee ROM; the grade for effusion; the trials, mean and fastest
 * for reaction time. Then the LSI and EPIC when the API reports them.
 */
function expectedValueCount(measurement: Measurement, bodyMassKnown: boolean): number {
  const input = measurement.input;
  const derived = (measurement.lsi === null ? 0 : 1) + (measurement.epic === null ? 0 : 1);
  switch (measurement.type) {
    case 'hop_single':
    case 'hop_timed_6m': {
      const trials = input['trials'] as { involved: number[]; uninvolved: number[] };
      return trials.involved.length + 2 + trials.uninvolved.length + 2 + derived;
    }
    case 'strength_quadriceps':
      return 2 + (bodyMassKnown ? 2 : 0) + 1 + derived;
    case 'knee_rom': {
      const limbs = ['involved', 'uninvolved'].map((limb) => Object.keys(input[limb] as object).length);
      return limbs.reduce((sum, n) => sum + n + (n === 2 ? 1 : 0), 0) + 2 + derived;
    }
    case 'effusion':
      return 1;
    case 'reaction_time':
      return (input['trialsMs'] as number[]).length + 2;
    default:
      throw new Error(`no expected count for ${measurement.type}`);
  }
}

describe('GET /episodes/{id}/measures.csv', () => {
  let episodeId: string;
  let recordNumber: string;
  let sessions: Assessment[];
  let amended: Measurement;
  let voided: Measurement;

  beforeAll(async () => {
    const patient = await createPatient(t, a.therapist, { familyName: 'Okonkwo-Smith' });
    recordNumber = patient.recordNumber;
    episodeId = (await createEpisode(t, a.therapist, patient.id, { involvedSide: 'left' })).id;
    const assessments = `/api/v1/episodes/${episodeId}/assessments`;
    await post<Assessment>(a.therapist, assessments, {
      performedOn: '2026-03-20',
      baseline: true,
      notes: TRICKY_NOTES,
      measurements: [{ type: 'hop_single', input: { trials: { involved: [130, 134], uninvolved: [160, 164] } } }],
    });
    const later = await post<Assessment>(a.therapist, assessments, {
      performedOn: '2026-10-15',
      bodyMassKg: 72,
      notes: FORMULA_NOTES,
      measurements: [
        { type: 'hop_single', input: { trials: { involved: [120, 124], uninvolved: [150, 146] } } },
        { type: 'hop_timed_6m', input: { trials: { involved: [2.4, 2.3], uninvolved: [2.1, 2.04] } } },
        { type: 'strength_quadriceps', input: { involved: reading(180), uninvolved: reading(220) } },
        {
          type: 'knee_rom',
          input: {
            involved: { extensionDeficitDeg: -2, flexionDeg: 125 },
            uninvolved: { extensionDeficitDeg: -4, flexionDeg: 140 },
          },
        },
        { type: 'effusion', input: { grade: '1+' } },
        { type: 'reaction_time', input: { protocol: '+Blazepod, 4 pods', trialsMs: [450, 430] } },
      ],
    });
    const of = (type: string) => later.measurements.find((m) => m.type === type)!;
    amended = await post<Measurement>(
      a.therapist,
      `/api/v1/measurements/${of('effusion').id}/amend`,
      { reason: 'Re-graded, after "ice"', input: { grade: 'trace' } },
      200,
    );
    voided = await post<Measurement>(
      a.therapist,
      `/api/v1/measurements/${of('hop_timed_6m').id}/void`,
      { reason: 'Wrong patient' },
      200,
    );
    const listed = await t.http.get(assessments).set('authorization', a.therapist.auth);
    sessions = (listed.body as Assessment[]).sort((x, y) => x.performedOn.localeCompare(y.performedOn));
  });

  it('is a CSV attachment named by record number (never the name), not cached', async () => {
    const response = await download(episodeId);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['cache-control']).toBe('no-store');
    const disposition = response.headers['content-disposition'] as string;
    expect(disposition).toMatch(/^attachment; filename="measures-[A-Za-z0-9._-]+\.csv"$/);
    expect(disposition).toContain(recordNumber);
    expect(disposition).not.toContain('Okonkwo');
  });

  it('has the documented header and one row per value of every measurement, superseded and voided included', async () => {
    const { header, rows } = await rowsOf(episodeId);
    expect(header).toEqual([...MEASURES_CSV_COLUMNS]);
    const measurements = sessions.flatMap((s) => s.measurements.map((m) => ({ m, bodyMass: s.bodyMassKg !== null })));
    expect(measurements).toHaveLength(8);
    const expected = measurements.reduce((sum, { m, bodyMass }) => sum + expectedValueCount(m, bodyMass), 0);
    expect(rows).toHaveLength(expected);
    for (const { m, bodyMass } of measurements) {
      const own = rows.filter((r) => r.measurement_id === m.id);
      expect({ id: m.type, rows: own.length }).toEqual({ id: m.type, rows: expectedValueCount(m, bodyMass) });
      expect(new Set(own.map((r) => r.status))).toEqual(new Set([m.status]));
    }
  });

  it('gives each value at full precision with its unit: trials as entered, and the API’s own LSI and EPIC, flagged derived', async () => {
    const { rows } = await rowsOf(episodeId);
    const hop = sessions[1]!.measurements.find((m) => m.type === 'hop_single')!;
    const own = rows.filter((r) => r.measurement_id === hop.id);
    const trials = own.filter((r) => r.quantity === 'trial' && r.limb === 'involved');
    expect(trials.map((r) => [r.trial, Number(r.value), r.unit, r.derived, r.side])).toEqual([
      ['1', 120, 'cm', 'false', 'left'],
      ['2', 124, 'cm', 'false', 'left'],
    ]);
    const lsi = own.find((r) => r.quantity === 'lsi')!;
    expect([Number(lsi.value), lsi.unit, lsi.derived, lsi.limb]).toEqual([hop.lsi, '%', 'true', '']);
    const epic = own.find((r) => r.quantity === 'epic')!;
    expect(hop.epic).not.toBeNull();
    expect(Number(epic.value)).toBe(hop.epic);
    expect(own.find((r) => r.quantity === 'mean' && r.limb === 'uninvolved')).toMatchObject({
      value: '148',
      derived: 'true',
      side: 'right',
      method: 'mean of the trials',
    });
    const strength = sessions[1]!.measurements.find((m) => m.type === 'strength_quadriceps')!;
    const perKg = rows.find(
      (r) => r.measurement_id === strength.id && r.quantity === 'peak_torque_per_kg' && r.limb === 'involved',
    )!;
    expect([Number(perKg.value), perKg.unit]).toEqual([
      (strength.result as { involvedNormalised: number }).involvedNormalised,
      'N.m/kg',
    ]);
    expect(rows.find((r) => r.measurement_id === strength.id && r.quantity === 'deficit')).toMatchObject({
      unit: '%',
      derived: 'true',
    });
  });

  it('marks voided and superseded values with their status and reason', async () => {
    const { rows } = await rowsOf(episodeId);
    const voidedRows = rows.filter((r) => r.measurement_id === voided.id);
    expect(voidedRows.length).toBeGreaterThan(0);
    expect(voidedRows.every((r) => r.status === 'voided' && r.change_reason === 'Wrong patient')).toBe(true);
    const superseded = rows.filter((r) => r.measurement_id === amended.supersedesId);
    expect(superseded).toEqual([expect.objectContaining({ status: 'superseded', quantity: 'grade', value: '1+' })]);
    expect(rows.filter((r) => r.measurement_id === amended.id)).toEqual([
      expect.objectContaining({ status: 'current', value: 'trace', change_reason: 'Re-graded, after "ice"' }),
    ]);
  });

  it('quotes commas, quotes and line breaks (RFC 4180, CRLF) and neutralises formulas in text, never in numbers', async () => {
    const { raw, rows } = await rowsOf(episodeId);
    expect(raw.endsWith('\r\n')).toBe(true);
    expect(raw).toContain('"Pre-op, ""fit"" to test;\nsecond line, with a comma"');
    expect(
      rows.filter((r) => r.assessment_date === '2026-03-20').every((r) => r.assessment_notes === TRICKY_NOTES),
    ).toBe(true);
    const later = rows.filter((r) => r.assessment_date === '2026-10-15');
    expect(later.every((r) => r.assessment_notes === `'${FORMULA_NOTES}`)).toBe(true);
    expect(
      later.filter((r) => r.measure_type === 'reaction_time').every((r) => r.method === "'+Blazepod, 4 pods"),
    ).toBe(true);
    // A negative number is a number: no apostrophe.
    const extension = later.find(
      (r) => r.measure_type === 'knee_rom' && r.quantity === 'extension_deficit' && r.limb === 'involved',
    )!;
    expect([extension.value, extension.unit]).toEqual(['-2', 'deg']);
    expect(rows.every((r) => !/^[=+\-@]/.test(r.assessment_notes) && !/^[=+\-@]/.test(r.method))).toBe(true);
  });

  it('an assistant can download it; another clinic gets the same 404 as for a missing episode', async () => {
    expect((await rowsOf(episodeId, a.assistant)).rows.length).toBeGreaterThan(0);
    const foreign = await download(episodeId, b.therapist);
    const missing = await download(randomUUID(), b.therapist);
    expect(foreign.status).toBe(404);
    const shape = (body: unknown) => {
      const { statusCode, code, message } = body as ApiError;
      return { statusCode, code, message };
    };
    expect(shape(foreign.body)).toEqual(shape(missing.body));
    expect(shape(foreign.body).code).toBe('EPISODE_NOT_FOUND');
    expect(foreign.headers['content-disposition']).toBeUndefined();
  });
});

it('an episode without measurements gives the header only', async () => {
  const patient = await createPatient(t, a.therapist);
  const { id } = await createEpisode(t, a.therapist, patient.id);
  const response = await download(id);
  expect(response.status).toBe(200);
  expect(response.text).toBe(`${MEASURES_CSV_COLUMNS.join(',')}\r\n`);
});
