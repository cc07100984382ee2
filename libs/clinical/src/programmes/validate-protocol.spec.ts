import { describe, expect, it } from '@jest/globals';
import { SEEDED_PROTOCOL } from './post-aclr-protocol.js';
import { SEEDED_EXERCISES } from './exercise-catalogue.js';
import { validateProtocolDefinition } from './validate-protocol.js';

const [A, B] = SEEDED_EXERCISES.map((e) => e.id);
const known = new Set(SEEDED_EXERCISES.map((e) => e.id));
const options = { exerciseExists: (id: string) => known.has(id) };
const dosage = { sets: 3, reps: 10, holdSeconds: null, frequencyPerWeek: 3, loadKg: null };

/** Plain JSON as a client sends it, typed loosely so the tests can break it anywhere. */
type Json = { [key: string]: unknown };
interface PhaseJson extends Json {
  typicalWeeks: Json;
  exitCriteria: Json[];
  exercises: Json[];
}
interface SetJson extends Json {
  criteria: Json[];
}
interface DefinitionJson extends Json {
  phases: PhaseJson[];
  returnToSportSets: SetJson[];
}

/** The element at `index`, which the test knows is there. */
function at<T>(list: readonly T[], index: number): T {
  const element = list[index];
  if (element === undefined) throw new Error(`no element ${index}`);
  return element;
}

/** A small valid definition, as plain JSON the tests can break in one place. */
function valid(): DefinitionJson {
  return {
    phases: [
      {
        key: 'preop',
        name: 'Before surgery',
        typicalWeeks: { from: -6, to: 0 },
        preoperative: true,
        returnToSportGate: false,
        exitCriteria: [{ measure: 'quad_lag_deg', comparator: '==', threshold: 0 }],
        exercises: [{ exerciseId: A, dosage }],
      },
      {
        key: 'rts',
        name: 'Return to sport',
        typicalWeeks: { from: 36, to: null },
        preoperative: false,
        returnToSportGate: true,
        exitCriteria: [],
        exercises: [],
      },
    ],
    returnToSportSets: [
      {
        key: 'delaware',
        name: 'Delaware-Oslo',
        criteria: [{ measure: 'single_hop_lsi_pct', comparator: '>=', threshold: 90 }],
      },
    ],
  };
}

function issuesOf(definition: unknown): { field: string; issue: string }[] {
  const result = validateProtocolDefinition(definition, options);
  if (result.ok) throw new Error('expected issues');
  return result.issues;
}

const fieldsOf = (definition: unknown) => issuesOf(definition).map((i) => i.field);

describe('validateProtocolDefinition: normalisation', () => {
  it('accepts a valid definition and fills the optional fields', () => {
    const result = validateProtocolDefinition(valid(), options);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [preop, rts] = result.value.phases;
    expect(preop?.exitCriteria).toEqual([
      { measure: 'quad_lag_deg', comparator: '==', threshold: 0, evidence: null, source: null, bonus: false },
    ]);
    expect(preop?.exercises).toEqual([{ exerciseId: A, dosage, progression: {}, notes: null }]);
    expect(preop?.guidance).toBeNull();
    expect(rts?.guidance).toBeNull();
    expect(result.value.returnToSportSets[0]).toEqual({
      key: 'delaware',
      name: 'Delaware-Oslo',
      evidence: null,
      source: null,
      criteria: [
        { measure: 'single_hop_lsi_pct', comparator: '>=', threshold: 90, evidence: null, source: null, bonus: false },
      ],
    });
  });

  it('trims names and turns blank optional text into null', () => {
    const definition = valid();
    at(definition.phases, 0).name = '  Before surgery  ';
    at(definition.phases, 0).guidance = '   ';
    at(at(definition.phases, 0).exercises, 0).notes = ' slow ';
    const result = validateProtocolDefinition(definition, options);
    expect(result.ok && result.value.phases[0]).toMatchObject({ name: 'Before surgery', guidance: null });
    expect(result.ok && result.value.phases[0]?.exercises[0]?.notes).toBe('slow');
  });

  it('keeps a unit that matches the measure', () => {
    const definition = valid();
    at(at(definition.phases, 0).exitCriteria, 0).unit = '°';
    const result = validateProtocolDefinition(definition, options);
    expect(result.ok && result.value.phases[0]?.exitCriteria[0]?.unit).toBe('°');
  });

  it('is idempotent: a normalised definition validates to itself', () => {
    const first = validateProtocolDefinition(valid(), options);
    if (!first.ok) throw new Error('invalid');
    expect(validateProtocolDefinition(first.value, options)).toEqual(first);
    expect(validateProtocolDefinition(SEEDED_PROTOCOL.definition, options)).toEqual({
      ok: true,
      value: SEEDED_PROTOCOL.definition,
    });
  });

  it('does not modify its input', () => {
    const definition = valid();
    const copy = structuredClone(definition);
    validateProtocolDefinition(definition, options);
    expect(definition).toEqual(copy);
  });
});

describe('validateProtocolDefinition: refusals with field paths', () => {
  const cases: [string, (d: DefinitionJson) => unknown, string][] = [
    ['not an object', () => 'protocol', 'definition'],
    ['an array', () => [], 'definition'],
    ['no phases', (d) => ({ ...d, phases: [] }), 'definition.phases'],
    ['phases not a list', (d) => ({ ...d, phases: {} }), 'definition.phases'],
    [
      'more than 20 phases',
      (d) => ({
        ...d,
        phases: Array.from({ length: 21 }, (_, i) => ({ ...at(d.phases, 1), key: `p${i}`, returnToSportGate: false })),
      }),
      'definition.phases',
    ],
    ['an unknown top-level key', (d) => ({ ...d, gating: 'criteria' }), 'definition.gating'],
    ['missing return-to-sport sets', (d) => ({ phases: d.phases }), 'definition.returnToSportSets'],
    ['a phase that is not an object', (d) => ({ ...d, phases: [d.phases[0], 'p1'] }), 'definition.phases.1'],
  ];
  it.each(cases)('%s → %s', (_, make, field) => {
    expect(fieldsOf(make(valid()))).toContain(field);
  });

  const phaseCases: [string, (p: PhaseJson) => void, string][] = [
    ['key with capitals', (p) => (p.key = 'P1'), 'definition.phases.1.key'],
    ['key starting with a digit', (p) => (p.key = '1p'), 'definition.phases.1.key'],
    ['key of 41 characters', (p) => (p.key = 'a'.repeat(41)), 'definition.phases.1.key'],
    ['empty name', (p) => (p.name = ' '), 'definition.phases.1.name'],
    ['name of 121 characters', (p) => (p.name = 'x'.repeat(121)), 'definition.phases.1.name'],
    ['weeks not integers', (p) => (p.typicalWeeks = { from: 1.5, to: 3 }), 'definition.phases.1.typicalWeeks.from'],
    ['weeks below -52', (p) => (p.typicalWeeks = { from: -53, to: 0 }), 'definition.phases.1.typicalWeeks.from'],
    ['weeks above 260', (p) => (p.typicalWeeks = { from: 0, to: 261 }), 'definition.phases.1.typicalWeeks.to'],
    ['from after to', (p) => (p.typicalWeeks = { from: 12, to: 2 }), 'definition.phases.1.typicalWeeks.to'],
    ['weeks missing to', (p) => (p.typicalWeeks = { from: 12 }), 'definition.phases.1.typicalWeeks.to'],
    [
      'weeks extra key',
      (p) => (p.typicalWeeks = { from: 1, to: 2, unit: 'w' }),
      'definition.phases.1.typicalWeeks.unit',
    ],
    ['preoperative not boolean', (p) => (p.preoperative = 'no'), 'definition.phases.1.preoperative'],
    ['a second, later pre-operative phase', (p) => (p.preoperative = true), 'definition.phases.1.preoperative'],
    [
      'a gate phase with exit criteria',
      (p) => (p.exitCriteria = [{ measure: 'single_hop_lsi_pct', comparator: '>=', threshold: 90 }]),
      'definition.phases.1.exitCriteria',
    ],
    [
      'more than 50 criteria',
      (p) => {
        p.returnToSportGate = false;
        p.exitCriteria = Array.from({ length: 51 }, () => ({
          measure: 'quad_lag_deg',
          comparator: '<=',
          threshold: 5,
        }));
      },
      'definition.phases.1.exitCriteria',
    ],
    ['guidance over 2000 characters', (p) => (p.guidance = 'x'.repeat(2001)), 'definition.phases.1.guidance'],
    ['an unknown phase key', (p) => (p.exit_criteria = []), 'definition.phases.1.exit_criteria'],
    [
      'an unknown exercise',
      (p) => (p.exercises = [{ exerciseId: 'nope', dosage }]),
      'definition.phases.1.exercises.0.exerciseId',
    ],
    [
      'an exercise listed twice',
      (p) =>
        (p.exercises = [
          { exerciseId: B, dosage },
          { exerciseId: B, dosage },
        ]),
      'definition.phases.1.exercises.1.exerciseId',
    ],
    [
      'more than 40 exercises',
      (p) =>
        (p.exercises = SEEDED_EXERCISES.slice(0, 38)
          .map((e) => ({ exerciseId: e.id, dosage }))
          .concat([{}, {}, {}] as never[])),
      'definition.phases.1.exercises',
    ],
    [
      'a dosage out of range',
      (p) => (p.exercises = [{ exerciseId: B, dosage: { ...dosage, sets: 0 } }]),
      'definition.phases.1.exercises.0.dosage.sets',
    ],
    [
      'a progression of an unknown variable',
      (p) => (p.exercises = [{ exerciseId: B, dosage, progression: { balance: 'foam' } }]),
      'definition.phases.1.exercises.0.progression.balance',
    ],
    [
      'an unknown exercise key',
      (p) => (p.exercises = [{ exerciseId: B, dosage, sets: 3 }]),
      'definition.phases.1.exercises.0.sets',
    ],
    [
      'notes that are not text',
      (p) => (p.exercises = [{ exerciseId: B, dosage, notes: 5 }]),
      'definition.phases.1.exercises.0.notes',
    ],
  ];
  it.each(phaseCases)('a phase with %s → %s', (_, mutate, field) => {
    const definition = valid();
    mutate(at(definition.phases, 1));
    expect(fieldsOf(definition)).toContain(field);
  });

  it('refuses a pre-operative phase that is not first', () => {
    const definition = valid();
    definition.phases = [at(definition.phases, 1), at(definition.phases, 0)];
    expect(issuesOf(definition)).toContainEqual({
      field: 'definition.phases.1.preoperative',
      issue: 'a pre-operative phase must be the first phase',
    });
  });

  it('refuses a repeated phase key, at the repeat', () => {
    const definition = valid();
    at(definition.phases, 1).key = 'preop';
    at(definition.phases, 1).preoperative = false;
    expect(fieldsOf(definition)).toEqual(['definition.phases.1.key']);
  });

  it('refuses a return-to-sport gate with no set to choose from', () => {
    const definition = valid();
    definition.returnToSportSets = [];
    expect(fieldsOf(definition)).toEqual(['definition.phases.1.returnToSportGate']);
  });

  const criterionCases: [string, Record<string, unknown>, string][] = [
    ['an unknown measure', { measure: 'moon_hop', comparator: '>=', threshold: 1 }, 'measure'],
    ['a bad comparator', { measure: 'quad_lag_deg', comparator: '=>', threshold: 1 }, 'comparator'],
    ['an impossible threshold', { measure: 'quad_lag_deg', comparator: '<=', threshold: 200 }, 'threshold'],
    ['an effusion alias', { measure: 'effusion_grade', comparator: '==', threshold: '0' }, 'threshold'],
    ['bad evidence', { measure: 'quad_lag_deg', comparator: '<=', threshold: 5, evidence: 'A' }, 'evidence'],
    ['a long source', { measure: 'quad_lag_deg', comparator: '<=', threshold: 5, source: 'x'.repeat(201) }, 'source'],
    ['a non-boolean bonus', { measure: 'quad_lag_deg', comparator: '<=', threshold: 5, bonus: 1 }, 'bonus'],
    ['the wrong unit', { measure: 'quad_lag_deg', comparator: '<=', threshold: 5, unit: 'cm' }, 'unit'],
    [
      'a unit for a yes/no measure',
      { measure: 'onfield_rehab_completed', comparator: '==', threshold: true, unit: '%' },
      'unit',
    ],
    ['an unknown key', { measure: 'quad_lag_deg', op: '<=', comparator: '<=', threshold: 5 }, 'op'],
  ];
  it.each(criterionCases)('a criterion with %s → …exitCriteria.0.%s', (_, criterion, key) => {
    const definition = valid();
    at(definition.phases, 0).exitCriteria = [criterion];
    expect(fieldsOf(definition)).toContain(`definition.phases.0.exitCriteria.0.${key}`);
  });

  it('reports a bad bonus once, whether the criteria engine checks it or not', () => {
    const definition = valid();
    at(definition.phases, 0).exitCriteria = [{ measure: 'quad_lag_deg', comparator: '<=', threshold: 5, bonus: 'yes' }];
    expect(fieldsOf(definition).filter((f) => f.endsWith('.bonus'))).toHaveLength(1);
  });

  const setCases: [string, (s: SetJson[]) => void, string][] = [
    ['a bad key', (s) => (at(s, 0).key = 'Delaware'), 'definition.returnToSportSets.0.key'],
    ['a repeated key', (s) => s.push({ ...at(s, 0) }), 'definition.returnToSportSets.1.key'],
    ['no name', (s) => delete at(s, 0).name, 'definition.returnToSportSets.0.name'],
    ['no criteria', (s) => (at(s, 0).criteria = []), 'definition.returnToSportSets.0.criteria'],
    [
      'a bad criterion',
      (s) => (at(s, 0).criteria = [{ measure: 'single_hop_lsi_pct', comparator: '>=', threshold: '90' }]),
      'definition.returnToSportSets.0.criteria.0.threshold',
    ],
    ['an unknown key', (s) => (at(s, 0).tag = 'V'), 'definition.returnToSportSets.0.tag'],
    ['bad evidence', (s) => (at(s, 0).evidence = 'v'), 'definition.returnToSportSets.0.evidence'],
    [
      'more than 10 sets',
      (s) => s.push(...Array.from({ length: 10 }, (_, i) => ({ ...at(s, 0), key: `set_${i}` }))),
      'definition.returnToSportSets',
    ],
  ];
  it.each(setCases)('a return-to-sport set with %s → %s', (_, mutate, field) => {
    const definition = valid();
    mutate(definition.returnToSportSets);
    expect(fieldsOf(definition)).toContain(field);
  });

  it('reports every issue at once, phases before sets', () => {
    const definition = valid();
    at(definition.phases, 0).name = '';
    at(definition.phases, 1).exercises = [{ exerciseId: 'nope', dosage }];
    at(definition.returnToSportSets, 0).key = 'X';
    expect(fieldsOf(definition)).toEqual([
      'definition.phases.0.name',
      'definition.phases.1.exercises.0.exerciseId',
      'definition.returnToSportSets.0.key',
    ]);
  });

  it('names the field of a deep threshold as the API reports it', () => {
    const definition = structuredClone(SEEDED_PROTOCOL.definition) as unknown as DefinitionJson;
    at(at(definition.phases, 2).exitCriteria, 0).threshold = 'zero';
    expect(issuesOf(definition)).toEqual([
      { field: 'definition.phases.2.exitCriteria.0.threshold', issue: expect.stringContaining('must be a number') },
    ]);
  });
});
