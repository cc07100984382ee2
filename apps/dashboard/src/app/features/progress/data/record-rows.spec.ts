import { assessment, measurement, questionnaireResponse } from '../../../../testing/fixtures';
import { isCorrectableMeasure, measurementRows, questionnaireRows, summariseInput } from './record-rows';

describe('record rows', () => {
  it('lists every value with its history, newest session first', () => {
    const rows = measurementRows([
      assessment({
        id: 'a-old',
        performedOn: '2026-01-20',
        baseline: true,
        measurements: [
          measurement({ id: 'm-1', status: 'superseded' }),
          measurement({ id: 'm-2', supersedesId: 'm-1', changeReason: 'Trial 2 was in the wrong limb' }),
        ],
      }),
      assessment({
        id: 'a-new',
        performedOn: '2026-03-01',
        measurements: [measurement({ id: 'm-3', status: 'voided', changeReason: 'Wrong patient' })],
      }),
    ]);
    expect(rows.map((row) => [row.measurement.id, row.history])).toEqual([
      ['m-3', 'Voided: Wrong patient'],
      ['m-1', 'Corrected: Trial 2 was in the wrong limb'],
      ['m-2', 'Correction: Trial 2 was in the wrong limb'],
    ]);
    expect(rows[1]?.values).toBe('Involved 120, 124 · Uninvolved 150, 146 cm (mean)');
  });

  it('orders the values of a session by test, each test oldest value first', () => {
    const at = '2026-03-01T10:00:00.000Z';
    const rows = measurementRows([
      assessment({
        measurements: [
          measurement({ id: 'timed', type: 'hop_timed_6m', createdAt: at }),
          measurement({ id: 'single-new', supersedesId: 'single-old', createdAt: '2026-03-02T10:00:00.000Z' }),
          measurement({ id: 'single-old', status: 'superseded', createdAt: at }),
          measurement({ id: 'triple', type: 'hop_triple', createdAt: at }),
        ],
      }),
    ]);
    expect(rows.map((row) => row.measurement.id)).toEqual(['single-old', 'single-new', 'triple', 'timed']);
  });

  it('summarises strength and Y-balance inputs as recorded', () => {
    const reading = (value: number) => ({
      value,
      unit: 'N.m',
      device: 'Biodex System 4',
      mode: 'concentric',
      velocityDegPerSecond: 60,
    });
    expect(summariseInput('strength_quadriceps', { involved: reading(180), uninvolved: reading(220) })).toBe(
      'Involved 180 · Uninvolved 220 N·m; Biodex System 4, concentric 60°/s',
    );
    const limb = (anterior: number) => ({
      limbLengthCm: 90,
      reachCm: { anterior: [anterior], posteromedial: [100], posterolateral: [95] },
    });
    expect(summariseInput('y_balance', { involved: limb(65), uninvolved: limb(70) })).toBe(
      'Involved (90 cm) ANT 65 · PM 100 · PL 95; Uninvolved (90 cm) ANT 70 · PM 100 · PL 95 cm',
    );
    expect(isCorrectableMeasure('hop_timed_6m')).toBe(true);
    expect(isCorrectableMeasure('knee_rom')).toBe(false);
  });

  it('labels questionnaire scores by scale', () => {
    const [row] = questionnaireRows([questionnaireResponse()]);
    expect(row?.label).toBe('KOOS');
    expect(row?.scores).toBe(
      'Pain 83.3 · Symptoms — · Activities of daily living — · Sport and recreation — · Knee-related quality of life —',
    );
    expect(row?.history).toBeNull();
  });
});
