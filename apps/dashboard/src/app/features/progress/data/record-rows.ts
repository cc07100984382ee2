import {
  INSTRUMENT_LABELS,
  isHopMeasureType,
  MEASURE_LABELS,
  MEASURE_TYPES,
  Y_BALANCE_DIRECTIONS,
  type MeasureType,
} from '@proprio/clinical';
import type { Assessment, Measurement, QuestionnaireResponse, RecordStatus } from '@proprio/contracts';

import { formatOneDecimal } from '../../../shared/format/decimal';
import {
  CONTRACTION_MODE_LABELS,
  hopUnitLabel,
  STRENGTH_UNIT_LABELS,
  Y_BALANCE_DIRECTION_SHORT,
} from '../../measures/data/measure-labels';
import { orderScoreKeys, scoreLabel } from '../../questionnaires/data/score-lines';

export const RECORD_STATUS_LABELS: Readonly<Record<RecordStatus, string>> = {
  current: 'Current',
  superseded: 'Superseded',
  voided: 'Voided',
};

/** Measures this dashboard can correct with its own editors. */
export function isCorrectableMeasure(type: MeasureType): boolean {
  return (
    isHopMeasureType(type) || type === 'strength_quadriceps' || type === 'strength_hamstrings' || type === 'y_balance'
  );
}

export interface MeasurementRow {
  measurement: Measurement;
  session: Assessment;
  label: string;
  values: string;
  /** Why the value changed: its own amendment or void reason, or the reason of the value replacing it. */
  history: string | null;
}

export interface QuestionnaireRow {
  response: QuestionnaireResponse;
  label: string;
  scores: string;
  history: string | null;
}

function list(value: unknown): string {
  return Array.isArray(value) ? value.map((v) => (typeof v === 'number' ? String(v) : '?')).join(', ') : '—';
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

/** The raw values of a measurement in one line, as recorded (every trial). */
export function summariseInput(type: MeasureType, input: Record<string, unknown>): string {
  if (isHopMeasureType(type)) {
    const trials = record(input['trials']);
    const aggregation = typeof input['aggregation'] === 'string' ? input['aggregation'] : 'mean';
    return `Involved ${list(trials['involved'])} · Uninvolved ${list(trials['uninvolved'])} ${hopUnitLabel(type)} (${aggregation})`;
  }
  if (type === 'strength_quadriceps' || type === 'strength_hamstrings') {
    const involved = record(input['involved']);
    const uninvolved = record(input['uninvolved']);
    const unit = STRENGTH_UNIT_LABELS[involved['unit'] as keyof typeof STRENGTH_UNIT_LABELS] ?? '';
    const mode = CONTRACTION_MODE_LABELS[involved['mode'] as keyof typeof CONTRACTION_MODE_LABELS] ?? '';
    const velocity =
      typeof involved['velocityDegPerSecond'] === 'number' ? ` ${involved['velocityDegPerSecond']}°/s` : '';
    const angle = typeof involved['kneeAngleDeg'] === 'number' ? `, ${involved['kneeAngleDeg']}°` : '';
    const device = typeof involved['device'] === 'string' ? involved['device'] : '';
    return `Involved ${String(involved['value'])} · Uninvolved ${String(uninvolved['value'])} ${unit}; ${device}, ${mode.toLowerCase()}${velocity}${angle}`;
  }
  if (type === 'y_balance') {
    const limb = (name: 'involved' | 'uninvolved', label: string) => {
      const value = record(input[name]);
      const reach = record(value['reachCm']);
      const reaches = Y_BALANCE_DIRECTIONS.map((d) => `${Y_BALANCE_DIRECTION_SHORT[d]} ${list(reach[d])}`);
      return `${label} (${String(value['limbLengthCm'])} cm) ${reaches.join(' · ')}`;
    };
    return `${limb('involved', 'Involved')}; ${limb('uninvolved', 'Uninvolved')} cm`;
  }
  return Object.entries(input)
    .map(([key, value]) => `${key}: ${Array.isArray(value) ? list(value) : JSON.stringify(value)}`)
    .join('; ');
}

function historyOf(
  item: { id: string; status: RecordStatus; supersedesId: string | null; changeReason: string | null },
  all: readonly { supersedesId: string | null; changeReason: string | null }[],
): string | null {
  if (item.status === 'voided') {
    return `Voided: ${item.changeReason ?? 'no reason recorded'}`;
  }
  if (item.status === 'superseded') {
    const replacement = all.find((other) => other.supersedesId === item.id);
    return `Corrected: ${replacement?.changeReason ?? 'no reason recorded'}`;
  }
  return item.supersedesId !== null ? `Correction: ${item.changeReason ?? 'no reason recorded'}` : null;
}

/** Within a session: tests in their usual order, and each test's values oldest first (history). */
function byTestThenHistory(a: Measurement, b: Measurement): number {
  return MEASURE_TYPES.indexOf(a.type) - MEASURE_TYPES.indexOf(b.type) || a.createdAt.localeCompare(b.createdAt);
}

/** Every recorded value of the episode, newest session first, each with its history. */
export function measurementRows(assessments: readonly Assessment[]): MeasurementRow[] {
  const all = assessments.flatMap((session) => session.measurements);
  return [...assessments]
    .sort((a, b) => b.performedOn.localeCompare(a.performedOn) || b.createdAt.localeCompare(a.createdAt))
    .flatMap((session) =>
      [...session.measurements].sort(byTestThenHistory).map((measurement) => ({
        measurement,
        session,
        label: MEASURE_LABELS[measurement.type] ?? measurement.type,
        values: summariseInput(measurement.type, measurement.input),
        history: historyOf(measurement, all),
      })),
    );
}

/** Every questionnaire response, newest first, each with its scores and history. */
export function questionnaireRows(responses: readonly QuestionnaireResponse[]): QuestionnaireRow[] {
  return [...responses]
    .sort((a, b) => b.completedOn.localeCompare(a.completedOn) || b.createdAt.localeCompare(a.createdAt))
    .map((response) => ({
      response,
      label: INSTRUMENT_LABELS[response.instrument] ?? response.instrument,
      scores: orderScoreKeys(response.instrument, Object.keys(response.scores))
        .map((key) => [key, response.scores[key] ?? null] as const)
        .map(
          ([key, value]) =>
            `${scoreLabel(response.instrument, key)} ${value === null ? '—' : response.instrument === 'tegner' ? String(value) : formatOneDecimal(value)}`,
        )
        .join(' · '),
      history: historyOf(response, responses),
    }));
}
