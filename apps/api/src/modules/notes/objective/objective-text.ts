import {
  COMPARATOR_SIGNS,
  changeWithinMeasurementError,
  INSTRUMENT_LABELS,
  INSTRUMENTS,
  KOOS12_SCALE_KEYS,
  KOOS12_SCALES,
  KOOS_SUBSCALE_KEYS,
  KOOS_SUBSCALES,
  MEASURE_TYPES,
  type CriterionEvaluation,
  type Instrument,
  type MeasureType,
} from '@proprio/clinical';
import {
  NOTE_SECTION_MAX_LENGTH,
  type Assessment,
  type Measurement,
  type NoteObjectiveDraft,
  type PhaseTransition,
  type QuestionnaireResponse,
  type SymmetryPoint,
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
 * The longest objective draft: three quarters of a SOAP section (NOTE_SECTION_MAX_LENGTH), so that the
 * clinician keeps room for their own words and a saved draft can always be saved again.
 */
export const OBJECTIVE_DRAFT_MAX_LENGTH = Math.floor((NOTE_SECTION_MAX_LENGTH * 3) / 4);

const SEE_ELSEWHERE = 'see the progress charts and the CSV export';

type Detail = 'full' | 'condensed';

interface PeriodRecords {
  period: NotePeriod;
  assessments: { assessment: Assessment; measurements: Measurement[] }[];
  questionnaires: QuestionnaireResponse[];
  visits: EpisodeRecord['sessions'];
  transitions: PhaseTransition[];
  symmetry: ReadonlyMap<string, SymmetryEntry>;
  phaseName: (key: string) => string;
}

interface SymmetryEntry {
  point: SymmetryPoint;
  mdc90: number | null;
}

/**
 * The text a note's objective section starts from: what the records of the period say, in plain
 * words. Only records dated inside the period are used (current values only: superseded and voided
 * ones never appear), except the current phase gate, which is the gate as of the record's date and
 * says so. Every figure is one the record already carries (derived by the clinical library); this
 * only chooses, orders and words them. Deterministic: the same record and period give the same text.
 *
 * A long period (months of fortnightly tests) would not fit a note: when every value listed would
 * exceed OBJECTIVE_DRAFT_MAX_LENGTH, each test and questionnaire is given by its first and latest
 * value of the period (with the change between them) and the visits by their count and range; if even
 * that is too long, the text is cut at a line boundary under an explicit notice.
 */
export function buildObjectiveDraft(record: EpisodeRecord, period: NotePeriod): NoteObjectiveDraft {
  const records = periodRecords(record, period);
  const full = objectiveText(record, records, 'full');
  const text = full.length <= OBJECTIVE_DRAFT_MAX_LENGTH ? full : fitted(objectiveText(record, records, 'condensed'));
  return {
    periodStart: period.periodStart,
    periodEnd: period.periodEnd,
    text,
    sources: {
      measurements: records.assessments.reduce((n, a) => n + a.measurements.length, 0),
      questionnaires: records.questionnaires.length,
      sessions: records.visits.length,
      phaseTransitions: records.transitions.length,
    },
  };
}

function periodRecords(record: EpisodeRecord, period: NotePeriod): PeriodRecords {
  const within = (date: string) => date >= period.periodStart && date <= period.periodEnd;
  const symmetry = new Map<string, SymmetryEntry>();
  for (const trend of record.symmetry) {
    for (const point of trend.points) symmetry.set(point.measurementId, { point, mdc90: trend.mdc90 });
  }
  const phaseNames = new Map((record.progression?.phases ?? []).map((p) => [p.key, p.name]));
  return {
    period,
    assessments: record.assessments
      .filter((a) => within(a.performedOn))
      .map((a) => ({ assessment: a, measurements: currentMeasurements(a) }))
      .filter((a) => a.measurements.length > 0),
    questionnaires: record.questionnaires
      .filter((q) => q.status === 'current' && within(q.completedOn))
      .sort((a, b) => a.completedOn.localeCompare(b.completedOn) || a.createdAt.localeCompare(b.createdAt)),
    visits: record.sessions.filter((s) => within(s.performedOn)),
    transitions: (record.history?.transitions ?? []).filter((t) => within(t.transitionedAt.slice(0, 10))),
    symmetry,
    phaseName: (key) => phaseNames.get(key) ?? key,
  };
}

function objectiveText(record: EpisodeRecord, r: PeriodRecords, detail: Detail): string {
  return [
    `Reporting period ${r.period.periodStart} to ${r.period.periodEnd}.`,
    section(
      'Tests and measures',
      detail === 'full' ? testLines(r) : condensedTestLines(r),
      'No test session in this period.',
    ),
    section(
      'Questionnaires',
      detail === 'full'
        ? r.questionnaires.map((q) => `- ${questionnaireLine(q)}`)
        : condensedQuestionnaireLines(r.questionnaires),
      'No questionnaire in this period.',
    ),
    section('Treatment visits', visitLines(r.visits, detail), 'No treatment visit in this period.'),
    section(
      'Phase changes',
      r.transitions.map((t) => `- ${transitionLine(t, r.phaseName)}`),
      'No phase change in this period.',
    ),
    gateSection(record),
  ].join('\n\n');
}

/**
 * The text cut to OBJECTIVE_DRAFT_MAX_LENGTH at a line boundary, with a last line saying so; the
 * text itself when it fits. The last resort after condensing: nothing is cut silently.
 */
function fitted(text: string): string {
  if (text.length <= OBJECTIVE_DRAFT_MAX_LENGTH) return text;
  const notice =
    `[The rest is not listed: the draft reached its limit of ${OBJECTIVE_DRAFT_MAX_LENGTH} characters; ` +
    `${SEE_ELSEWHERE}.]`;
  const kept: string[] = [];
  let length = notice.length;
  for (const line of text.split('\n')) {
    if (length + line.length + 1 > OBJECTIVE_DRAFT_MAX_LENGTH) break;
    kept.push(line);
    length += line.length + 1;
  }
  while (kept.length && kept[kept.length - 1] === '') kept.pop();
  return [...kept, notice].join('\n');
}

function section(title: string, lines: string[], empty: string): string {
  return [title, ...(lines.length ? lines : [`- ${empty}`])].join('\n');
}

/** Every test session of the period with each of its current values. */
function testLines(r: PeriodRecords): string[] {
  return r.assessments.flatMap(({ assessment, measurements }) => [
    `- ${sessionHeading(assessment)}:`,
    ...measurements.map((m) => `  - ${measurementLine(m, r.symmetry.get(m.id))}`),
  ]);
}

function sessionHeading(assessment: Assessment): string {
  return `${assessment.performedOn} test session${assessment.baseline ? ' (pre-operative baseline)' : ''}`;
}

/**
 * For each test (in the usual order), its first and latest value of the period and, for a limb
 * symmetry measured the same way both times, the change between them; then how many test sessions
 * have no value listed.
 */
function condensedTestLines(r: PeriodRecords): string[] {
  if (!r.assessments.length) return [];
  const byType = new Map<MeasureType, { assessment: Assessment; measurement: Measurement }[]>();
  for (const type of MEASURE_TYPES) {
    for (const { assessment, measurements } of r.assessments) {
      const values = byType.get(type) ?? [];
      for (const measurement of measurements.filter((m) => m.type === type)) values.push({ assessment, measurement });
      if (values.length) byType.set(type, values);
    }
  }
  const first = r.assessments[0]!.assessment.performedOn;
  const last = r.assessments[r.assessments.length - 1]!.assessment.performedOn;
  const lines = [
    `- ${count(r.assessments.length, 'test session')} from ${first} to ${last}; each test with its first and latest value of the period:`,
  ];
  const listed = new Set<string>();
  for (const values of byType.values()) {
    const earliest = values[0]!;
    const latest = values[values.length - 1]!;
    const label = measurementValues(earliest.measurement).label;
    lines.push(`  - ${label}, in ${count(new Set(values.map((v) => v.assessment.id)).size, 'test session')}:`);
    const shown = values.length === 1 ? [earliest] : [earliest, latest];
    for (const [i, { assessment, measurement }] of shown.entries()) {
      const which = shown.length === 1 ? '' : i === 0 ? 'first, ' : 'latest, ';
      lines.push(
        `    - ${which}${sessionHeading(assessment)}: ${measurementLine(measurement, r.symmetry.get(measurement.id))}`,
      );
      listed.add(assessment.id);
    }
    const change =
      shown.length === 2
        ? periodChange(r.symmetry.get(earliest.measurement.id), r.symmetry.get(latest.measurement.id))
        : null;
    if (change) lines.push(`    - ${change}`);
  }
  const unlisted = r.assessments.filter((a) => !listed.has(a.assessment.id)).length;
  if (unlisted) {
    lines.push(
      `- ${count(unlisted, 'more test session')} in this period ${unlisted === 1 ? 'is' : 'are'} not listed: ${SEE_ELSEWHERE}.`,
    );
  }
  return lines;
}

/** "LSI from 64% to 95% over the period: +31 LSI points, beyond measurement error, MDC90 13.", or null. */
function periodChange(from: SymmetryEntry | undefined, to: SymmetryEntry | undefined): string | null {
  if (!from || !to || from.point.lsi === null || to.point.lsi === null) return null;
  // Only values obtained the same way are compared (as the symmetry trend does between tests).
  if (from.point.method !== to.point.method) return null;
  const within = to.mdc90 === null ? null : changeWithinMeasurementError(from.point.lsi, to.point.lsi, to.mdc90);
  const words = changeWords(to.point.lsi - from.point.lsi, within, to.mdc90, 'over the period');
  return `LSI from ${formatNumber(from.point.lsi, 1)}% to ${formatNumber(to.point.lsi, 1)}%: ${words}.`;
}

/** "+14.4 LSI points since the previous test, beyond measurement error, MDC90 8.1" (the error part when judged). */
function changeWords(change: number, withinError: boolean | null, mdc90: number | null, since: string): string {
  const rounded = formatNumber(change, 1);
  const signed = rounded === '0' || rounded.startsWith('-') ? rounded : `+${rounded}`;
  if (withinError === null) return `${signed} LSI points ${since}`;
  const mdc = mdc90 === null ? '' : `, MDC90 ${formatNumber(mdc90, 1)}`;
  return `${signed} LSI points ${since}, ${withinError ? 'within' : 'beyond'} measurement error${mdc}`;
}

function questionnaireLine(q: QuestionnaireResponse): string {
  return `${q.completedOn} ${INSTRUMENT_LABELS[q.instrument] ?? q.instrument}: ${scores(q)}.`;
}

/** Each instrument (in the registry's order) with its first and latest response of the period; the rest counted. */
function condensedQuestionnaireLines(questionnaires: readonly QuestionnaireResponse[]): string[] {
  const lines: string[] = [];
  let listed = 0;
  for (const instrument of INSTRUMENTS) {
    const responses = questionnaires.filter((q) => q.instrument === instrument);
    if (!responses.length) continue;
    const shown = responses.length === 1 ? responses : [responses[0]!, responses[responses.length - 1]!];
    const which = (i: number) => (shown.length === 1 ? '' : i === 0 ? 'first ' : 'latest ');
    lines.push(...shown.map((q, i) => `- ${which(i)}${questionnaireLine(q)}`));
    listed += shown.length;
  }
  const unlisted = questionnaires.length - listed;
  if (unlisted) {
    lines.push(
      `- ${count(unlisted, 'more questionnaire')} in this period ${unlisted === 1 ? 'is' : 'are'} not listed: ${SEE_ELSEWHERE}.`,
    );
  }
  return lines;
}

function transitionLine(t: PhaseTransition, phaseName: (key: string) => string): string {
  const moved = `${t.transitionedAt.slice(0, 10)}: ${phaseName(t.fromPhaseKey)} → ${phaseName(t.toPhaseKey)}`;
  if (t.overrideReason) {
    // The reason is quoted as written; its own full stop ends the line (no `…weekly.".`).
    const reason = t.overrideReason.trim();
    const end = /[.!?…]$/.test(reason) ? '' : '.';
    return `${moved}; advanced without every exit criterion met; override reason: "${reason}"${end}`;
  }
  return `${moved}; ${t.criteria.allMet ? 'every exit criterion met' : 'advanced without every exit criterion met'}.`;
}

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** A session's current values, tests in their usual order, then oldest recorded first. */
function currentMeasurements(assessment: Assessment): Measurement[] {
  return assessment.measurements
    .filter((m) => m.status === 'current')
    .sort(
      (a, b) => MEASURE_TYPES.indexOf(a.type) - MEASURE_TYPES.indexOf(b.type) || a.createdAt.localeCompare(b.createdAt),
    );
}

function measurementLine(m: Measurement, trend: SymmetryEntry | undefined): string {
  const values = measurementValues(m);
  const parts = [`${values.label}: ${describeMeasurementValues(values)}`];
  if (values.lsi) parts.push(`LSI ${formatMeasuredValue(values.lsi)}`);
  if (values.epic) parts.push(`EPIC ${formatMeasuredValue(values.epic)}`);
  const change = trend?.point.changeFromPrevious ?? null;
  const withinError = trend?.point.withinMeasurementError ?? null;
  if (change !== null && withinError !== null) {
    parts.push(changeWords(change, withinError, trend?.mdc90 ?? null, 'since the previous test'));
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

function visitLines(visits: EpisodeRecord['sessions'], detail: Detail): string[] {
  if (!visits.length) return [];
  const dates =
    detail === 'full' || visits.length === 1
      ? `: ${visits.map((v) => v.performedOn).join(', ')}.`
      : ` from ${visits[0]!.performedOn} to ${visits[visits.length - 1]!.performedOn} (each date is in the visits list and the CSV export).`;
  const lines = [`- ${count(visits.length, 'visit')}${dates}`];
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
    const list = [...done].map(([name, n]) => `${name} (${count(n, 'visit')})`).join(', ');
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
