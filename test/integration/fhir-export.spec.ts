import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { EQUIPMENT } from '@proprio/clinical';
import {
  PROPRIO_MEASURE_CODE_SYSTEM,
  type ApiError,
  type Assessment,
  type Measurement,
  type Note,
  type Programme,
  type Progression,
  type QuestionnaireResponse,
} from '@proprio/contracts';
import {
  createClinic,
  createEpisode,
  createPatient,
  seededProtocolVersionId,
  type TestClinic,
  type TestUser,
} from '../support/factories.js';
import {
  bundleSchemaErrors,
  documentRuleViolations,
  narrativeProblems,
  narrativeText,
  resolve,
  resourcesOf,
  schemaErrors,
  unresolvedReferences,
  type FhirBundle,
  type FhirResource,
} from '../support/fhir-bundle.js';
import { addAddendum, createNote, createSignedNote } from '../support/notes.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const SNOMED = 'http://snomed.info/sct';
const LEFT_KNEE = '82169009';
const RIGHT_KNEE = '6757004';
const LEFT_LOWER_LIMB = '32153003';
const RIGHT_LOWER_LIMB = '62175007';

interface Coding {
  system: string;
  code: string;
}
interface Observation extends FhirResource {
  status: string;
  identifier: { system: string; value: string }[];
  category: { coding: Coding[] }[];
  code: { coding: Coding[]; text?: string };
  effectiveDateTime: string;
  valueQuantity?: { value: number; unit?: string; system?: string; code?: string };
  valueBoolean?: boolean;
  bodySite?: { coding: Coding[] };
  method?: { text: string };
  derivedFrom?: { reference: string }[];
  component?: { code: { coding: Coding[]; text?: string }; valueQuantity?: { value: number; code?: string } }[];
  performer?: { reference: string }[];
}
interface Section {
  title: string;
  code?: { coding: Coding[] };
  text?: { status: string; div: string };
  entry?: { reference: string }[];
  section?: Section[];
  author?: { reference: string }[];
}
interface Composition extends FhirResource {
  status: string;
  type: { coding: Coding[]; text: string };
  subject: { reference: string };
  author: { reference: string }[];
  date: string;
  attester: { mode: string; time: string; party: { reference: string } }[];
  event: { period: { start: string; end: string } }[];
  section: Section[];
}

let t: TestApp;
let a: TestClinic;
let b: TestClinic;
let seededVersionId: string;

beforeAll(async () => {
  t = await startTestApp();
  a = await createClinic(t, 'FHIR clinic A');
  b = await createClinic(t, 'FHIR clinic B');
  await t.db.query('UPDATE app_user SET professional_title = $2 WHERE id = $1', [a.therapist.id, 'PT, DPT']);
  seededVersionId = await seededProtocolVersionId(t, a.therapist);
}, 60_000);
afterAll(() => t.close());

const reading = (value: number) => ({
  value,
  unit: 'N.m',
  device: 'Biodex System 4',
  mode: 'concentric',
  velocityDegPerSecond: 60,
});

async function post<T>(user: TestUser, path: string, body: unknown, status = 201): Promise<T> {
  const response = await t.http
    .post(path)
    .set('authorization', user.auth)
    .send(body as object);
  if (response.status !== status) throw new Error(`${path}: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body as T;
}

async function get<T>(user: TestUser, path: string): Promise<T> {
  const response = await t.http.get(path).set('authorization', user.auth);
  if (response.status !== 200) throw new Error(`${path}: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body as T;
}

function exportFhir(episodeId: string, user: TestUser = a.therapist) {
  return t.http.get(`/api/v1/episodes/${episodeId}/fhir`).set('authorization', user.auth);
}

async function exportOk(episodeId: string, user: TestUser = a.therapist): Promise<FhirBundle> {
  const response = await exportFhir(episodeId, user);
  if (response.status !== 200) throw new Error(`export: ${response.status} ${JSON.stringify(response.body)}`);
  expect(response.headers['content-type']).toMatch(/^application\/fhir\+json/);
  return JSON.parse(response.text) as FhirBundle;
}

const SUBJECTIVE = 'Knee feels "stable" on stairs & no swelling <script>alert(1)</script>\nSecond line.';
const OBJECTIVE = 'Single hop LSI 82% < 90% target.\n\nEffusion: trace.';
const ASSESSMENT = "Progressing; quads still weak (Kyritsis deficit > 10%) — patient's goal: football.";
const PLAN = 'Continue phase 3 & re-test in 4 weeks.';
const ADDENDUM = 'Correction: effusion was graded "trace" <not> 1+.';

interface RichEpisode {
  episodeId: string;
  baseline: Assessment;
  postOp: Assessment;
  amended: Measurement;
  superseded: Measurement;
  voided: Measurement;
  koos: QuestionnaireResponse;
  voidedResponse: QuestionnaireResponse;
  programme: Programme;
  note: Note;
}

/**
 * A right-knee ACL reconstruction with a hamstring graft, recorded through the API: a pre-operative
 * baseline session, a post-operative battery (one value amended, one voided), questionnaires (one
 * voided), the seeded programme, and a signed progress note with an addendum.
 */
async function richEpisode(): Promise<RichEpisode> {
  const patient = await createPatient(t, a.therapist);
  const episodeId = (
    await createEpisode(t, a.therapist, patient.id, {
      involvedSide: 'right',
      injuryDate: '2026-03-02',
      surgeryDate: '2026-03-30',
      graftType: 'hamstring_autograft',
    })
  ).id;
  const assessments = `/api/v1/episodes/${episodeId}/assessments`;
  const baseline = await post<Assessment>(a.therapist, assessments, {
    performedOn: '2026-03-20',
    baseline: true,
    measurements: [
      { type: 'hop_single', input: { trials: { involved: [130, 134], uninvolved: [160, 164] } } },
      { type: 'strength_quadriceps', input: { involved: reading(150), uninvolved: reading(240) } },
    ],
  });
  const postOp = await post<Assessment>(a.therapist, assessments, {
    performedOn: '2026-10-15',
    bodyMassKg: 72,
    measurements: [
      { type: 'hop_single', input: { trials: { involved: [120, 124], uninvolved: [150, 146] } } },
      { type: 'hop_timed_6m', input: { trials: { involved: [2.4, 2.3], uninvolved: [2.1, 2.04] } } },
      { type: 'strength_quadriceps', input: { involved: reading(180), uninvolved: reading(220) } },
      {
        type: 'y_balance',
        input: {
          involved: {
            limbLengthCm: 90,
            reachCm: { anterior: [65, 64], posteromedial: [100, 99], posterolateral: [95, 93] },
          },
          uninvolved: {
            limbLengthCm: 90,
            reachCm: { anterior: [70, 69], posteromedial: [101, 100], posterolateral: [96, 94] },
          },
        },
      },
      {
        type: 'knee_rom',
        input: {
          involved: { extensionDeficitDeg: 3, flexionDeg: 125 },
          uninvolved: { extensionDeficitDeg: -4, flexionDeg: 140 },
        },
      },
      { type: 'effusion', input: { grade: '1+' } },
      { type: 'hop_crossover', input: { trials: { involved: [400, 410], uninvolved: [450, 440] } } },
      { type: 'vestibular_balance', input: { passed: true } },
      { type: 'tsk11', input: { total: 20 } },
    ],
  });
  const byType = (type: string) => postOp.measurements.find((m) => m.type === type)!;
  const superseded = byType('effusion');
  const amended = await post<Measurement>(
    a.therapist,
    `/api/v1/measurements/${superseded.id}/amend`,
    { reason: 'Graded again after the session', input: { grade: 'trace' } },
    200,
  );
  const voided = await post<Measurement>(
    a.therapist,
    `/api/v1/measurements/${byType('hop_crossover').id}/void`,
    { reason: 'Entered on the wrong patient' },
    200,
  );
  const questionnaires = `/api/v1/episodes/${episodeId}/questionnaires`;
  const koos = await post<QuestionnaireResponse>(a.therapist, questionnaires, {
    instrument: 'koos',
    completedOn: '2026-10-15',
    answers: { P1: 0, P2: 1, P3: 1, P4: 2, P5: 0, P6: 1, P7: 0, P8: 0, P9: 1, S1: 1, S2: 2, S3: 1, S4: 0 },
  });
  const wrong = await post<QuestionnaireResponse>(a.therapist, questionnaires, {
    instrument: 'global_rating',
    completedOn: '2026-10-15',
    answers: { rating: 80 },
  });
  const voidedResponse = await post<QuestionnaireResponse>(
    a.therapist,
    `/api/v1/questionnaires/${wrong.id}/void`,
    { reason: 'Another patient’s form' },
    200,
  );
  const programme = await post<Programme>(a.therapist, `/api/v1/episodes/${episodeId}/programme`, {
    protocolVersionId: seededVersionId,
    equipment: [...EQUIPMENT],
  });
  const signed = await createSignedNote(t, a.therapist, a.therapist, episodeId, {
    type: 'progress',
    periodStart: '2026-10-01',
    periodEnd: '2026-10-31',
    subjective: SUBJECTIVE,
    objective: OBJECTIVE,
    assessment: ASSESSMENT,
    plan: PLAN,
  });
  const note = await addAddendum(t, a.therapist, signed.id, ADDENDUM);
  const current = await get<Assessment>(a.therapist, `/api/v1/assessments/${postOp.id}`);
  return { episodeId, baseline, postOp: current, amended, superseded, voided, koos, voidedResponse, programme, note };
}

const codes = (concept: { coding?: Coding[] } | undefined) =>
  (concept?.coding ?? []).map((c) => `${c.system}|${c.code}`);
const measureCode = (o: Observation) => o.code.coding.find((c) => c.system === PROPRIO_MEASURE_CODE_SYSTEM)?.code;
const partOf = (o: Observation) => o.identifier[0]!.value;

describe('GET /episodes/{id}/fhir: a FHIR R4 document', () => {
  let episode: RichEpisode;
  let bundle: FhirBundle;
  let observations: Observation[];
  let exams: Observation[];
  const observation = (measurementId: string, part: string) => {
    const found = exams.find((o) => partOf(o) === `${measurementId}/${part}`);
    if (!found) throw new Error(`no Observation ${measurementId}/${part}`);
    return found;
  };

  beforeAll(async () => {
    episode = await richEpisode();
    bundle = await exportOk(episode.episodeId);
    observations = resourcesOf<Observation>(bundle, 'Observation');
    exams = observations.filter((o) => codes(o.category[0])[0]!.endsWith('|exam'));
  }, 60_000);

  it('validates against the FHIR R4 JSON schema, as a whole and resource by resource', () => {
    expect(bundle.entry.length).toBeGreaterThan(20);
    expect(bundleSchemaErrors(bundle)).toEqual([]);
  });

  it('the validator really runs: a broken resource and a Bundle holding it are rejected', () => {
    const patient = resourcesOf(bundle, 'Patient')[0]!;
    expect(schemaErrors(patient)).toEqual([]);
    const broken = { ...patient, gender: 'unknown-sex', favouriteColour: 'blue' };
    expect(schemaErrors(broken).length).toBeGreaterThan(0);
    const observationWithoutCode = { ...observations[0]!, code: undefined, status: 'done' };
    expect(schemaErrors(JSON.parse(JSON.stringify(observationWithoutCode))).length).toBeGreaterThan(0);
    const brokenBundle = {
      ...bundle,
      entry: bundle.entry.map((e) => (e.resource === patient ? { ...e, resource: broken } : e)),
    };
    expect(schemaErrors(brokenBundle).length).toBeGreaterThan(0);
    // And the narrative check: unescaped text, a script, an unclosed paragraph.
    expect(narrativeProblems('<div xmlns="http://www.w3.org/1999/xhtml"><p>a & b<script>x</script></div>')).toEqual([
      expect.stringContaining('bare &'),
      'element <script> is not allowed',
      '</div> closes nothing open',
      'unclosed div',
    ]);
  });

  it('is a document: identifier, timestamp, Composition first, urn:uuid full URLs, every reference resolves, nothing unreached', () => {
    expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'document' });
    expect(documentRuleViolations(bundle)).toEqual([]);
    expect(unresolvedReferences(bundle)).toEqual([]);
    expect(Date.parse(bundle.timestamp!)).toBeGreaterThan(Date.now() - 60_000);
  });

  it('the Composition is the signed note: amended by its addendum, S/O/A/P as signed (escaped), attested by the signer at the signing time', () => {
    const composition = bundle.entry[0]!.resource as Composition;
    const { note } = episode;
    const addendumSignedAt = note.addenda[0]!.signature.signedAt;
    expect(Date.parse(addendumSignedAt)).toBeGreaterThan(Date.parse(note.signature!.signedAt));
    expect(composition).toMatchObject({
      resourceType: 'Composition',
      // R4: changed since it was first final, dated by the latest change (the addendum).
      status: 'amended',
      date: addendumSignedAt,
      event: [{ period: { start: '2026-10-01', end: '2026-10-31' } }],
    });
    expect(codes(composition.type)).toContain('http://loinc.org|11508-9');
    expect(resolve(bundle, composition.subject).resourceType).toBe('Patient');

    const [s, o, assessment, plan] = composition.section;
    for (const [section, title, text] of [
      [s, 'Subjective', SUBJECTIVE],
      [o, 'Objective', OBJECTIVE],
      [assessment, 'Assessment', ASSESSMENT],
      [plan, 'Plan', PLAN],
    ] as const) {
      expect(section!.title).toBe(title);
      expect(section!.text!.div.startsWith('<div xmlns="http://www.w3.org/1999/xhtml">')).toBe(true);
      expect(narrativeText(section!.text!.div)).toBe(text.replace(/\s+/g, ' '));
    }
    const divs = (sections: Section[]): string[] =>
      sections.flatMap((x) => [...(x.text ? [x.text.div] : []), ...divs(x.section ?? [])]);
    expect(divs(composition.section).flatMap(narrativeProblems)).toEqual([]);
    // Markup in the note is text, never markup.
    expect(s!.text!.div).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(s!.text!.div).not.toContain('<script>');
    expect(s!.text!.div).toContain('&quot;stable&quot; on stairs &amp; no swelling');

    expect(composition.attester).toHaveLength(1);
    const attester = composition.attester[0]!;
    expect(attester).toMatchObject({ mode: 'legal', time: note.signature!.signedAt });
    const signer = resolve(bundle, attester.party);
    expect(signer).toMatchObject({
      resourceType: 'Practitioner',
      name: [{ text: note.signature!.name }],
      qualification: [{ code: { text: 'PT, DPT' } }],
    });
    expect(resolve(bundle, composition.author[0]!).resourceType).toBe('Practitioner');
  });

  it('carries each addendum with its text, signer and time', () => {
    const composition = bundle.entry[0]!.resource as Composition;
    const addenda = composition.section.find((s) => s.title === 'Addenda')!;
    const addendum = episode.note.addenda[0]!;
    expect(addenda.section).toHaveLength(1);
    const only = addenda.section![0]!;
    expect(only.title).toContain(addendum.signature.signedAt);
    expect(narrativeText(only.text!.div)).toBe(
      `${ADDENDUM} Signed by ${addendum.signature.name}, PT, DPT on ${addendum.signature.signedAt}.`,
    );
    expect(only.text!.div).toContain('&lt;not&gt;');
    expect(resolve(bundle, only.author![0]!).resourceType).toBe('Practitioner');
  });

  it('Patient: the record number under a clinic-scoped system, name, birth date and gender; no contact details', async () => {
    const patient = resourcesOf(bundle, 'Patient')[0]!;
    const api = await get<{
      recordNumber: string;
      givenName: string;
      familyName: string;
      dateOfBirth: string;
      sex: string;
    }>(
      a.therapist,
      `/api/v1/patients/${(await get<{ patientId: string }>(a.therapist, `/api/v1/episodes/${episode.episodeId}`)).patientId}`,
    );
    expect(patient).toMatchObject({
      identifier: [{ system: expect.stringContaining(a.id), value: api.recordNumber }],
      name: [{ family: api.familyName, given: [api.givenName] }],
      birthDate: api.dateOfBirth,
      gender: api.sex,
    });
    expect(patient).not.toHaveProperty('telecom');
    expect(resolve(bundle, patient['managingOrganization'] as { reference: string })).toMatchObject({
      resourceType: 'Organization',
      name: 'FHIR clinic A',
    });
  });

  it('Condition 444470001 on the right knee from the injury date; Procedure 391101007 (hamstring graft) for it', () => {
    const [condition] = resourcesOf(bundle, 'Condition');
    expect(codes(condition!['code'] as { coding: Coding[] })).toEqual([`${SNOMED}|444470001`]);
    expect(codes((condition!['bodySite'] as { coding: Coding[] }[])[0])).toEqual([`${SNOMED}|${RIGHT_KNEE}`]);
    expect(condition!['onsetDateTime']).toBe('2026-03-02');
    const [procedure] = resourcesOf(bundle, 'Procedure');
    expect(codes(procedure!['code'] as { coding: Coding[] })).toEqual([`${SNOMED}|391101007`]);
    expect(procedure!['performedDateTime']).toBe('2026-03-30');
    expect(codes((procedure!['bodySite'] as { coding: Coding[] }[])[0])).toEqual([`${SNOMED}|${RIGHT_KNEE}`]);
    expect(resolve(bundle, (procedure!['reasonReference'] as { reference: string }[])[0]!)).toBe(condition);
  });

  it('one Observation per limb of each current measurement: the API’s values, UCUM units, that limb as body site, trials as components', () => {
    const hop = episode.postOp.measurements.find((m) => m.type === 'hop_single' && m.status === 'current')!;
    const result = hop.result as {
      involved: { value: number; trials: number[] };
      uninvolved: { value: number; trials: number[] };
    };
    const involved = observation(hop.id, 'involved');
    const uninvolved = observation(hop.id, 'uninvolved');
    expect(measureCode(involved)).toBe('hop-single-distance');
    expect(codes(involved.category[0])).toEqual(['http://terminology.hl7.org/CodeSystem/observation-category|exam']);
    expect(involved.valueQuantity).toMatchObject({
      value: result.involved.value,
      system: 'http://unitsofmeasure.org',
      code: 'cm',
    });
    expect(uninvolved.valueQuantity).toMatchObject({ value: result.uninvolved.value, code: 'cm' });
    // The involved leg is the right one in this episode; the uninvolved the left. A hop is done by the
    // whole leg, so its site is the lower limb, not the knee.
    expect(codes(involved.bodySite)).toEqual([`${SNOMED}|${RIGHT_LOWER_LIMB}`]);
    expect(codes(uninvolved.bodySite)).toEqual([`${SNOMED}|${LEFT_LOWER_LIMB}`]);
    expect(involved.effectiveDateTime).toBe('2026-10-15');
    expect(involved.method?.text).toMatch(/mean/);
    const trials = involved
      .component!.filter((c) => c.code.coding[0]!.code === 'trial')
      .map((c) => c.valueQuantity!.value);
    expect(trials).toEqual(result.involved.trials);
    expect(resolve(bundle, involved.performer![0]!).resourceType).toBe('Practitioner');

    const strength = episode.postOp.measurements.find((m) => m.type === 'strength_quadriceps')!;
    expect(observation(strength.id, 'involved').valueQuantity).toMatchObject({ value: 180, code: 'N.m' });
    // Knee extensor torque is a measurement of the knee.
    expect(codes(observation(strength.id, 'involved').bodySite)).toEqual([`${SNOMED}|${RIGHT_KNEE}`]);
    expect(codes(observation(strength.id, 'uninvolved').bodySite)).toEqual([`${SNOMED}|${LEFT_KNEE}`]);
    const perKg = observation(strength.id, 'involved').component!.find((c) => c.valueQuantity?.code === 'N.m/kg');
    expect(perKg?.valueQuantity?.value).toBe((strength.result as { involvedNormalised: number }).involvedNormalised);
    const timed = episode.postOp.measurements.find((m) => m.type === 'hop_timed_6m')!;
    expect(observation(timed.id, 'involved').valueQuantity).toMatchObject({ code: 's' });
    const rom = episode.postOp.measurements.find((m) => m.type === 'knee_rom')!;
    expect(codes(observation(rom.id, 'involved').bodySite)).toEqual([`${SNOMED}|${RIGHT_KNEE}`]);
    expect(observation(rom.id, 'uninvolved').component!.map((c) => c.valueQuantity?.code)).toEqual([
      'deg',
      'deg',
      'deg',
    ]);
  });

  it('each LSI Observation (%) is derived from the two limb Observations whose values give it, and equals the API’s LSI', () => {
    const symmetric = episode.postOp.measurements.filter((m) => m.status === 'current' && m.lsi !== null);
    expect(symmetric.map((m) => m.type).sort()).toEqual([
      'hop_single',
      'hop_timed_6m',
      'strength_quadriceps',
      'y_balance',
    ]);
    for (const measurement of symmetric) {
      const lsi = observation(measurement.id, 'lsi');
      expect(measureCode(lsi)).toBe('lsi');
      expect(lsi.valueQuantity).toMatchObject({ value: measurement.lsi, code: '%' });
      const [involved, uninvolved] = lsi.derivedFrom!.map((r) => resolve<Observation>(bundle, r));
      expect([partOf(involved!), partOf(uninvolved!)]).toEqual([
        `${measurement.id}/involved`,
        `${measurement.id}/uninvolved`,
      ]);
      const [i, u] = [involved!.valueQuantity!.value, uninvolved!.valueQuantity!.value];
      // Timed tests are inverted: the faster (smaller) involved time is the better one.
      const expected = measurement.type === 'hop_timed_6m' ? (u / i) * 100 : (i / u) * 100;
      expect(lsi.valueQuantity!.value).toBeCloseTo(expected, 9);
    }
  });

  it('EPIC (%) is derived from the involved-limb Observation and the baseline session’s uninvolved Observation', () => {
    const hop = episode.postOp.measurements.find((m) => m.type === 'hop_single' && m.status === 'current')!;
    const baselineHop = episode.baseline.measurements.find((m) => m.type === 'hop_single')!;
    expect(hop.epic).not.toBeNull();
    const epic = observation(hop.id, 'epic');
    expect(measureCode(epic)).toBe('epic');
    expect(epic.valueQuantity).toMatchObject({ value: hop.epic, code: '%' });
    const [involved, baseline] = epic.derivedFrom!.map((r) => resolve<Observation>(bundle, r));
    expect(partOf(involved!)).toBe(`${hop.id}/involved`);
    expect(partOf(baseline!)).toBe(`${baselineHop.id}/uninvolved`);
    expect(baseline!.effectiveDateTime).toBe('2026-03-20');
    expect(epic.valueQuantity!.value).toBeCloseTo(
      (involved!.valueQuantity!.value / baseline!.valueQuantity!.value) * 100,
      9,
    );
    const strength = episode.postOp.measurements.find((m) => m.type === 'strength_quadriceps')!;
    expect(observation(strength.id, 'epic').valueQuantity!.value).toBe(strength.epic);
    // The baseline session's own values carry no EPIC.
    expect(exams.some((o) => partOf(o) === `${baselineHop.id}/epic`)).toBe(false);
  });

  it('leaves superseded and voided values out, and marks a correcting value amended', () => {
    expect(exams.every((o) => o.identifier[0]!.system.endsWith('/sid/measurement'))).toBe(true);
    const ids = new Set(exams.map((o) => partOf(o).split('/')[0]));
    expect(ids.has(episode.superseded.id)).toBe(false);
    expect(ids.has(episode.voided.id)).toBe(false);
    const effusion = observation(episode.amended.id, 'value');
    expect(effusion).toMatchObject({ status: 'amended', valueString: 'trace' });
    expect(codes(effusion.bodySite)).toEqual([`${SNOMED}|${RIGHT_KNEE}`]);
    const current = [episode.baseline, episode.postOp]
      .flatMap((s) => s.measurements)
      .filter((m) => m.status === 'current');
    expect([...ids].sort()).toEqual(current.map((m) => m.id).sort());
  });

  it('no knee body site on what is not of the knee: the head-turn balance test, a TSK-11 total', () => {
    for (const type of ['vestibular_balance', 'tsk11']) {
      const measurement = episode.postOp.measurements.find((m) => m.type === type)!;
      const whole = observation(measurement.id, 'value');
      expect(whole.valueBoolean ?? whole.valueQuantity?.value).toBe(type === 'tsk11' ? 20 : true);
      expect({ type, bodySite: whole.bodySite }).toEqual({ type, bodySite: undefined });
    }
  });

  it('the structured record is the last section, after the addenda, and says it is not signed nor attested', () => {
    const composition = bundle.entry[0]!.resource as Composition;
    expect(composition.section.map((x) => x.title)).toEqual([
      'Subjective',
      'Objective',
      'Assessment',
      'Plan',
      'Addenda',
      'Structured episode record (generated at export, not part of the signed note)',
    ]);
    const record = composition.section.at(-1)!;
    expect(record.text!.status).toBe('generated');
    expect(narrativeText(record.text!.div)).toContain(
      "It is not part of the signed note, and the signer's attestation does not cover it.",
    );
    expect(narrativeText(record.text!.div)).toContain(
      `SHA-256 of the signed note content: ${episode.note.contentHash}`,
    );
  });

  it('QuestionnaireResponses by item id only, with score Observations derived from them; voided responses left out', () => {
    const responses = resourcesOf(bundle, 'QuestionnaireResponse');
    expect(responses).toHaveLength(1);
    const [response] = responses;
    expect(response).toMatchObject({ status: 'completed', authored: '2026-10-15' });
    const items = response!['item'] as { linkId: string; answer: { valueInteger: number }[]; text?: string }[];
    expect(Object.fromEntries(items.map((i) => [i.linkId, i.answer[0]!.valueInteger]))).toEqual(episode.koos.answers);
    expect(items.every((i) => i.text === undefined)).toBe(true);
    const survey = observations.filter((o) => !exams.includes(o));
    expect(survey.every((o) => codes(o.category[0])[0]!.endsWith('|survey'))).toBe(true);
    const scored = Object.entries(episode.koos.scores).filter(([, score]) => score !== null);
    expect(survey).toHaveLength(scored.length);
    for (const score of survey) {
      expect(resolve(bundle, score.derivedFrom![0]!)).toBe(response);
      expect(codes(score.code).some((c) => c.includes('loinc'))).toBe(false);
    }
    expect(survey.map((o) => o.valueQuantity!.value).sort()).toEqual(scored.map(([, v]) => v).sort());
    expect(JSON.stringify(bundle)).not.toContain(episode.voidedResponse.id);
  });

  it('CarePlan for the programme: protocol and phase in the title, one activity per exercise with its dosage; Goals for the exit criteria', async () => {
    const [plan] = resourcesOf(bundle, 'CarePlan');
    const { programme } = episode;
    expect(plan).toMatchObject({ status: 'active', intent: 'plan' });
    expect(plan!['title']).toContain(programme.protocolTitle);
    expect(plan!['title']).toContain(programme.currentPhaseName);
    const activities = plan!['activity'] as {
      detail: { code: { text: string }; status: string; description: string };
    }[];
    expect(activities.map((x) => x.detail.code.text)).toEqual(programme.items.map((i) => i.exerciseName));
    expect(activities.every((x) => /×\/week/.test(x.detail.description) && x.detail.status === 'in-progress')).toBe(
      true,
    );
    const progression = await get<Progression>(
      a.therapist,
      `/api/v1/episodes/${episode.episodeId}/programme/progression`,
    );
    const goals = (plan!['goal'] as { reference: string }[]).map((r) => resolve(bundle, r));
    expect(goals).toHaveLength(progression.evaluation.criteria.length);
    expect(goals.every((g) => g.resourceType === 'Goal' && g['lifecycleStatus'] === 'active')).toBe(true);
  });
});

describe('body sites and grafts follow the episode', () => {
  it('a left knee with a patellar-tendon graft: left-side codes, the procedure in text only (no unverified code)', async () => {
    const patient = await createPatient(t, a.therapist);
    const { id } = await createEpisode(t, a.therapist, patient.id, {
      involvedSide: 'left',
      graftType: 'bone_patellar_tendon_bone_autograft',
    });
    const session = await post<Assessment>(a.therapist, `/api/v1/episodes/${id}/assessments`, {
      performedOn: '2026-09-01',
      measurements: [{ type: 'hop_triple', input: { trials: { involved: [445, 455], uninvolved: [478, 482] } } }],
    });
    const note = await createSignedNote(t, a.therapist, a.therapist, id, {
      periodStart: '2026-09-01',
      periodEnd: '2026-09-30',
    });
    const bundle = await exportOk(id);
    // No addendum: the Composition is final, dated at the signing.
    expect(bundle.entry[0]!.resource).toMatchObject({ status: 'final', date: note.signature!.signedAt });
    expect(bundleSchemaErrors(bundle)).toEqual([]);
    expect(documentRuleViolations(bundle)).toEqual([]);
    const hop = session.measurements[0]!;
    const observations = resourcesOf<Observation>(bundle, 'Observation');
    const site = (part: string) => codes(observations.find((o) => partOf(o) === `${hop.id}/${part}`)!.bodySite);
    expect(site('involved')).toEqual([`${SNOMED}|${LEFT_LOWER_LIMB}`]);
    expect(site('uninvolved')).toEqual([`${SNOMED}|${RIGHT_LOWER_LIMB}`]);
    const [condition] = resourcesOf(bundle, 'Condition');
    expect(codes((condition!['bodySite'] as { coding: Coding[] }[])[0])).toEqual([`${SNOMED}|${LEFT_KNEE}`]);
    const [procedure] = resourcesOf(bundle, 'Procedure');
    expect(procedure!['code']).toEqual({ text: expect.stringContaining('Bone–patellar tendon–bone autograft') });
    expect(resourcesOf(bundle, 'CarePlan')).toEqual([]);
  });
});

describe('refusals', () => {
  it('409 NO_SIGNED_NOTE when the episode has no signed note (a draft does not count)', async () => {
    const patient = await createPatient(t, a.therapist);
    const { id } = await createEpisode(t, a.therapist, patient.id);
    const none = await exportFhir(id);
    expect(none.status).toBe(409);
    expect(none.body).toMatchObject({ code: 'NO_SIGNED_NOTE', message: expect.stringMatching(/signed note/) });
    await createNote(t, a.therapist, id);
    expect((await exportFhir(id)).body).toMatchObject({ code: 'NO_SIGNED_NOTE' });
  });

  it("another clinic's episode is a 404, the same as a missing one", async () => {
    const patient = await createPatient(t, a.therapist);
    const { id } = await createEpisode(t, a.therapist, patient.id);
    await createSignedNote(t, a.therapist, a.therapist, id);
    const foreign = await exportFhir(id, b.therapist);
    const missing = await exportFhir(randomUUID(), b.therapist);
    expect(foreign.status).toBe(404);
    const shape = (body: unknown) => {
      const { code, message, statusCode } = body as ApiError;
      return { code, message, statusCode };
    };
    expect(shape(foreign.body)).toEqual(shape(missing.body));
    expect(shape(foreign.body).code).toBe('EPISODE_NOT_FOUND');
    expect((await exportFhir(id)).status).toBe(200);
  });

  it('an assistant can export; a malformed id is a 400', async () => {
    const patient = await createPatient(t, a.therapist);
    const { id } = await createEpisode(t, a.therapist, patient.id);
    await createSignedNote(t, a.therapist, a.therapist, id);
    const bundle = await exportOk(id, a.assistant);
    expect(bundle.entry[0]!.resource.resourceType).toBe('Composition');
    const bad = await t.http.get('/api/v1/episodes/not-a-uuid/fhir').set('authorization', a.assistant.auth);
    expect(bad.status).toBe(400);
  });
});
