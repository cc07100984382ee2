import {
  INSTRUMENT_LABELS,
  KOOS12_SCALE_KEYS,
  KOOS12_SCALES,
  KOOS_SUBSCALE_KEYS,
  KOOS_SUBSCALES,
  MEASURE_TYPES,
  type CriterionEvaluation,
  type Instrument,
} from '@proprio/clinical';
import type {
  Assessment,
  Measurement,
  NoteObjectiveDraft,
  QuestionnaireResponse,
  SymmetryPoint,
} from '@proprio/contracts';
import type { EpisodeRecord } from '../../exports/episode-record.service.js';
import { formatMeasuredValue, formatNumber, measurementValues } from '../../exports/measurement-values.js';
import { describeMeasurementValues } from './measurement-text.js';

/** A reporting period: inclusive calendar dates. */
export interface NotePeriod {
  periodStart: string;
  periodEnd: string;
}

/**
 * The text a note's objective section starts from: what the records of the period say, in plain
 * words. Only records dated inside the period are used (current values only: superseded and voided
 * ones never appear), except the current phase gate, which is the gate as of the record's date and
 * says so. Every figure is one the record already carries (derived by the clinical library); this
 * only chooses, orders and words them. Deterministic: the same record and period give the same text.
 */
export function buildObjectiveDraft(record: EpisodeRecord, period: NotePeriod): NoteObjectiveDraft {
  const within = (date: string) => date >= period.periodStart && date <= period.periodEnd;

  const assessments = record.assessments
    .filter((a) => within(a.performedOn))
    .map((a) => ({ assessment: a, measurements: currentMeasurements(a) }))
    .filter((a) => a.measurements.length > 0);
  const questionnaires = record.questionnaires
    .filter((q) => q.status === 'current' && within(q.completedOn))
    .sort((a, b) => a.completedOn.localeCompare(b.completedOn) || a.createdAt.localeCompare(b.createdAt));
  const visits = record.sessions.filter((s) => within(s.performedOn));
  const transitions = (record.history?.transitions ?? []).filter((t) => within(t.transitionedAt.slice(0, 10)));

  const symmetry = new Map<string, { point: SymmetryPoint; mdc90: number | null }>();
  for (const trend of record.symmetry) {
    for (const point of trend.points) symmetry.set(point.measurementId, { point, mdc90: trend.mdc90 });
  }
  const phaseNames = new Map((record.progression?.phases ?? []).map((p) => [p.key, p.name]));
  const phaseName = (key: string) => phaseNames.get(key) ?? key;

  const sections = [
    `Reporting period ${period.periodStart} to ${period.periodEnd}.`,
    section(
      'Tests and measures',
      assessments.flatMap(({ assessment, measurements }) => [
        `- ${assessment.performedOn} test session${assessment.baseline ? ' (pre-operative baseline)' : ''}:`,
        ...measurements.map((m) => `  - ${measurementLine(m, symmetry.get(m.id))}`),
      ]),
      'No test session in this period.',
    ),
    section(
      'Questionnaires',
      questionnaires.map((q) => `- ${q.completedOn} ${INSTRUMENT_LABELS[q.instrument] ?? q.instrument}: ${scores(q)}.`),
      'No questionnaire in this period.',
    ),
    section('Treatment visits', visitLines(visits), 'No treatment visit in this period.'),
    section(
      'Phase changes',
      transitions.map((t) => {
        const how = t.overrideReason
          ? `advanced without every exit criterion met; override reason: "${t.overrideReason}"`
          : t.criteria.allMet
            ? 'every exit criterion met'
            : 'advanced without every exit criterion met';
        return `- ${t.transitionedAt.slice(0, 10)}: ${phaseName(t.fromPhaseKey)} → ${phaseName(t.toPhaseKey)}; ${how}.`;
      }),
      'No phase change in this period.',
    ),
    gateSection(record),
  ];
  return {
    periodStart: period.periodStart,
    periodEnd: period.periodEnd,
    text: sections.join('\n\n'),
    sources: {
      measurements: assessments.reduce((n, a) => n + a.measurements.length, 0),
      questionnaires: questionnaires.length,
      sessions: visits.length,
      phaseTransitions: transitions.length,
    },
  };
}

function section(title: string, lines: string[], empty: string): string {
  return [title, ...(lines.length ? lines : [`- ${empty}`])].join('\n');
}

/** A session's current values, tests in their usual order, then oldest recorded first. */
function currentMeasurements(assessment: Assessment): Measurement[] {
  return assessment.measurements
    .filter((m) => m.status === 'current')
    .sort(
      (a, b) => MEASURE_TYPES.indexOf(a.type) - MEASURE_TYPES.indexOf(b.type) || a.createdAt.localeCompare(b.createdAt),
    );
}

function measurementLine(m: Measurement, trend: { point: SymmetryPoint; mdc90: number | null } | undefined): string {
  const values = measurementValues(m);
  const parts = [`${values.label}: ${describeMeasurementValues(values)}`];
  if (values.lsi) parts.push(`LSI ${formatMeasuredValue(values.lsi)}`);
  if (values.epic) parts.push(`EPIC ${formatMeasuredValue(values.epic)}`);
  const change = trend?.point.changeFromPrevious ?? null;
  const withinError = trend?.point.withinMeasurementError ?? null;
  if (change !== null && withinError !== null) {
    const rounded = formatNumber(change, 1);
    const signed = rounded === '0' || rounded.startsWith('-') ? rounded : `+${rounded}`;
    const mdc90 = trend?.mdc90 ?? null;
    const mdc = mdc90 === null ? '' : `, MDC90 ${formatNumber(mdc90, 1)}`;
    parts.push(
      `${signed} LSI points since the previous test, ${withinError ? 'within' : 'beyond'} measurement error${mdc}`,
    );
  }
  return `${parts.join('; ')}.`;
}

function scores(q: QuestionnaireResponse): string {
  const keys = orderedScoreKeys(q.instrument, Object.keys(q.scores));
  if (!keys.length) return 'no score';
  return keys
    .map((key) => {
      const value = q.scores[key] ?? null;
      if (value === null) {
        return key === 'total'
          ? 'not scored (too few items answered)'
          : `${scaleLabel(q.instrument, key)} not scored (too few items answered)`;
      }
      return `${scaleLabel(q.instrument, key)} ${formatNumber(value, q.instrument === 'tegner' ? 0 : 1)}`;
    })
    .join(', ');
}

/** Score keys in the instrument's own order (the stored object's key order is not kept by jsonb). */
function orderedScoreKeys(instrument: Instrument, keys: string[]): string[] {
  const known: readonly string[] =
    instrument === 'koos'
      ? KOOS_SUBSCALE_KEYS
      : instrument === 'koos12'
        ? [...KOOS12_SCALE_KEYS, 'summary']
        : instrument === 'tegner'
          ? ['current', 'preInjury']
          : ['total'];
  const rank = (key: string) => (known.includes(key) ? known.indexOf(key) : known.length);
  return [...keys].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

function scaleLabel(instrument: Instrument, key: string): string {
  if (instrument === 'koos' && key in KOOS_SUBSCALES) return KOOS_SUBSCALES[key as keyof typeof KOOS_SUBSCALES].label;
  if (instrument === 'koos12') {
    if (key === 'summary') return 'Summary knee impact';
    if (key in KOOS12_SCALES) return KOOS12_SCALES[key as keyof typeof KOOS12_SCALES].label;
  }
  if (instrument === 'tegner') return key === 'preInjury' ? 'pre-injury level' : 'current level';
  return key === 'total' ? 'score' : key;
}

function visitLines(visits: EpisodeRecord['sessions']): string[] {
  if (!visits.length) return [];
  const lines = [
    `- ${visits.length} ${visits.length === 1 ? 'visit' : 'visits'}: ${visits.map((v) => v.performedOn).join(', ')}.`,
  ];
  const ranges = [
    rangeLine(
      'Pain',
      visits.map((v) => v.pain),
    ),
    rangeLine(
      'RPE',
      visits.map((v) => v.rpe),
    ),
  ].filter((line) => line !== null);
  if (ranges.length) lines.push(`- ${ranges.join('; ')}.`);
  // Exercises in the order they were first done; each with the number of visits it was done in.
  const done = new Map<string, number>();
  for (const visit of visits) {
    for (const name of new Set(visit.exercises.map((e) => e.exerciseName))) done.set(name, (done.get(name) ?? 0) + 1);
  }
  if (done.size) {
    const list = [...done].map(([name, n]) => `${name} (${n} ${n === 1 ? 'visit' : 'visits'})`).join(', ');
    lines.push(`- Exercises done: ${list}.`);
  }
  return lines;
}

/** "Pain 1–3/10 (4 of 5 visits rated)", or null when no visit was rated. */
function rangeLine(label: string, values: (number | null)[]): string | null {
  const rated = values.filter((v): v is number => v !== null);
  if (!rated.length) return null;
  const low = Math.min(...rated);
  const high = Math.max(...rated);
  const range = low === high ? `${low}/10` : `${low}–${high}/10`;
  return `${label} ${range} (${rated.length} of ${values.length} ${values.length === 1 ? 'visit' : 'visits'} rated)`;
}

function gateSection(record: EpisodeRecord): string {
  const progression = record.progression;
  const title = `Current phase gate (as of ${progression?.asOf ?? record.asOf}, from the latest values at any date, not only this period)`;
  if (!progression) return section(title, [], 'No programme assigned: no phase gate.');
  const { evaluation, currentPhase } = progression;
  const required = evaluation.criteria.filter((c) => !c.bonus);
  const lines = [
    `- ${currentPhase.name}: ${evaluation.met} of ${required.length} required exit criteria met` +
      `${evaluation.notMeasured ? `, ${evaluation.notMeasured} not measured` : ''}.`,
    ...evaluation.criteria.map((c) => `- ${criterionLine(c)}`),
  ];
  if (!evaluation.criteria.length) lines.push('- The phase has no exit criteria.');
  return section(title, lines, '');
}

const STATUS_WORDS: Readonly<Record<CriterionEvaluation['status'], string>> = {
  met: 'Met',
  not_met: 'Not met',
  not_measured: 'Not measured',
};

const COMPARATOR_SIGNS: Readonly<Record<CriterionEvaluation['comparator'], string>> = {
  '>': '>',
  '>=': '≥',
  '<': '<',
  '<=': '≤',
  '==': '=',
};

function criterionLine(c: CriterionEvaluation): string {
  const target = `${COMPARATOR_SIGNS[c.comparator]} ${withUnit(c.threshold, c.unit)}`;
  const bonus = c.bonus ? ' (bonus, does not gate)' : '';
  if (c.status === 'not_measured' || c.value === null) {
    return `${STATUS_WORDS[c.status]}: ${c.label}${bonus} (needs ${target}).`;
  }
  return `${STATUS_WORDS[c.status]}: ${c.label}${bonus} ${withUnit(c.value, c.unit)} on ${c.date ?? 'an unknown date'} (needs ${target}).`;
}

function withUnit(value: number | string | boolean, unit: string | null): string {
  const shown = typeof value === 'number' ? formatNumber(value, 1) : String(value);
  if (!unit || typeof value !== 'number') return shown;
  return unit === '%' || unit === '°' ? `${shown}${unit}` : `${shown} ${unit}`;
}
