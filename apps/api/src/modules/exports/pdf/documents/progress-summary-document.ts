import {
  changeWithinMeasurementError,
  daysBetween,
  HOP_LSI_THRESHOLDS,
  timeSinceSurgery,
  type CriterionEvaluation,
  type CriterionStatus,
  type Dosage,
  type MeasureType,
} from '@proprio/clinical';
import type { SymmetryPoint, SymmetryTrend } from '@proprio/contracts';
import type { EpisodeRecord } from '../../episode-record.service.js';
import { bulletList, callout, documentTitle, ensureSpace, heading, paragraph } from '../kit/blocks.js';
import { formatCriterionValue, formatDate, formatNumber, plural, ruleInWords } from '../kit/format.js';
import { renderLineChart, type ChartSeries } from '../kit/line-chart.js';
import { COLOURS, CONTENT_WIDTH, openDocument, PAGE } from '../kit/pdf-document.js';
import { drawTable, type TableCell } from '../kit/table.js';
import { PATIENT_CAVEATS } from './evidence-caveats.js';
import { patientName } from './patient-lines.js';
import { LSI_CRITERION_TESTS } from './symmetry-criteria.js';

export const PROGRESS_SUMMARY_TITLE = 'Your progress summary';

export type ProgressSummaryInput = Pick<
  EpisodeRecord,
  'clinic' | 'patient' | 'episode' | 'programme' | 'progression' | 'symmetry' | 'sessions' | 'asOf'
> & {
  /** True when the current phase's gate is the programme's return-to-sport criteria set (not a phase's exit checks). */
  returnToSportGate: boolean;
};

/** The tests the summary talks about and charts: the hop battery and thigh strength. */
const SUMMARY_TESTS: readonly MeasureType[] = [
  'hop_single',
  'hop_triple',
  'hop_crossover',
  'hop_timed_6m',
  'hop_side',
  'hop_vertical',
  'strength_quadriceps',
];

/** How each test compares the legs, in words: "your operated (or injured) leg now <phrase> your other leg". */
const COMPARISON: Readonly<Partial<Record<MeasureType, (percent: string) => string>>> = {
  hop_single: (p) => `hops ${p} as far as`,
  hop_triple: (p) => `hops ${p} as far as`,
  hop_crossover: (p) => `hops ${p} as far as`,
  hop_timed_6m: (p) => `hops the 6 metres ${p} as fast as`,
  hop_side: (p) => `makes ${p} as many side hops as`,
  hop_vertical: (p) => `jumps ${p} as high as`,
  strength_quadriceps: (p) => `has ${p} of the thigh (quadriceps) strength of`,
};

const CHECK_STATUS: Readonly<Record<CriterionStatus, { text: string; colour: string }>> = {
  met: { text: '✓ Met', colour: COLOURS.met },
  not_met: { text: 'Still to do', colour: COLOURS.notMet },
  not_measured: { text: 'Not yet measured', colour: COLOURS.notMeasured },
};

/** Room for a heading's introduction, a table's header row and its first row. */
const KEEP_WITH_TABLE = 120;

/** The symmetry line the charts draw (the Delaware-Oslo 90% convention, REFERENCE §1.3). */
const SYMMETRY_LINE = HOP_LSI_THRESHOLDS.delawareOslo2020.threshold;

/** One colour pair (LSI line, EPIC line) per way a test was measured, in order of first use. */
const METHOD_COLOURS: readonly { lsi: string; epic: string }[] = [
  { lsi: COLOURS.accent, epic: '#b86e00' },
  { lsi: '#6a3d9a', epic: '#c2185b' },
  { lsi: '#00838f', epic: '#5d4037' },
];

/** How the summary speaks of the knee and its course, from the episode: operated or not (yet). */
export interface KneeWords {
  /** ACL reconstruction or revision with a surgery date: the surgery timing caveat applies. */
  surgical: boolean;
  /** "operated leg" once the surgery has happened, "injured leg" before it or without surgery. */
  leg: string;
  /** When a test counts as a baseline: "before your operation", "at your baseline test". */
  baseline: string;
}

export function kneeWordsOf(episode: ProgressSummaryInput['episode'], asOf: string): KneeWords {
  const surgical = episode.condition !== 'acl_nonoperative' && episode.surgeryDate !== null;
  const operated = surgical && timeSinceSurgery(episode.surgeryDate, asOf)?.preOperative === false;
  return {
    surgical,
    leg: operated ? 'operated leg' : 'injured leg',
    baseline: surgical ? 'before your operation' : 'at your baseline test',
  };
}

/**
 * The patient-friendly progress summary (REFERENCE §6.3): where the patient is, what has changed, what
 * the next phase needs as a checklist, the home programme, visits, charts of LSI (and EPIC) over time,
 * and what the evidence does and does not promise. Plain words; every number comes from the record as
 * the API computed it. Pure: the same input and print time give the same bytes.
 */
export function renderProgressSummaryPdf(input: ProgressSummaryInput, printedAt: Date): Promise<Buffer> {
  const trends = SUMMARY_TESTS.flatMap((type) => input.symmetry.filter((t) => t.type === type && hasLsi(t)));
  const chartWidth = (CONTENT_WIDTH - 14) / 2;
  const chartHeight = 150;
  const knee = kneeWordsOf(input.episode, input.asOf);
  const chartSeries = trends.map((trend) => chartSeriesOf(trend, knee));
  const charts = trends.map((trend, i) => chartOf(trend, chartSeries[i]!, chartWidth, chartHeight));
  const methodsDiffer = chartSeries.some((series) => new Set(series.map((s) => s.method)).size > 1);

  const { doc, finish } = openDocument({
    clinicName: input.clinic.name,
    title: 'Progress summary',
    subject: `Progress summary as of ${formatDate(input.asOf)}`,
    patient: {
      name: patientName(input.patient),
      recordNumber: input.patient.recordNumber,
      dateOfBirth: input.patient.dateOfBirth,
    },
    printedAt,
  });

  documentTitle(doc, PROGRESS_SUMMARY_TITLE, `${patientName(input.patient)} · as of ${formatDate(input.asOf)}`);

  heading(doc, 'Where you are');
  for (const line of whereYouAre(input, knee)) paragraph(doc, line);

  heading(doc, 'What has changed');
  const changes = trends.map((trend) => changeSentence(trend, input.progression?.evaluation.criteria ?? [], knee));
  if (changes.length) {
    paragraph(
      doc,
      `These tests compare your ${knee.leg} with your other leg: 100% means both legs did equally well on the day.`,
      { muted: true, size: 9 },
    );
    bulletList(doc, changes);
  } else {
    paragraph(doc, 'No tests comparing your two legs have been recorded yet.');
  }

  if (charts.length) {
    heading(doc, 'Your results over time', 60 + chartHeight);
    paragraph(
      doc,
      `Each chart shows your ${knee.leg} as a percentage of your other leg, with a dashed line at ${SYMMETRY_LINE}%, ` +
        `the level many return-to-sport checks use. An open circle is a test ${knee.baseline}. Where your other ` +
        `leg was measured ${knee.baseline}, a second line compares your ${knee.leg} with that earlier measurement.` +
        (methodsDiffer
          ? ' Where a test was measured in different ways (the average or the best of your tries, or another ' +
            'strength machine or speed), each way has its own line: results measured differently are not compared.'
          : ''),
      { muted: true, size: 9 },
    );
    doc.moveDown(0.3);
    for (let i = 0; i < charts.length; i += 2) {
      ensureSpace(doc, chartHeight + 8);
      const y = doc.y;
      doc.image(charts[i]!, PAGE.margins.left, y, { width: chartWidth, height: chartHeight });
      if (charts[i + 1]) {
        doc.image(charts[i + 1]!, PAGE.margins.left + chartWidth + 14, y, { width: chartWidth, height: chartHeight });
      }
      doc.x = PAGE.margins.left;
      doc.y = y + chartHeight + 8;
    }
  }

  nextPhaseChecklist(doc, input);
  homeProgramme(doc, input);

  heading(doc, 'Your visits');
  paragraph(doc, visitsLine(input));

  heading(doc, 'Good to know');
  callout(doc, goodToKnow(input, knee));
  paragraph(doc, 'If you have questions about this summary, ask your therapist at your next visit.', {
    muted: true,
    size: 9,
  });

  return finish();
}

/**
 * The phase by its name, without a number: protocols number their phases differently (the pre-operative
 * phase counted or not), and a number the therapist does not use would make the summary ambiguous.
 */
function whereYouAre(input: ProgressSummaryInput, knee: KneeWords): string[] {
  const lines: string[] = [];
  const { progression, programme, episode } = input;
  if (progression && programme) {
    lines.push(
      `You are in the “${progression.currentPhase.name}” phase of your rehabilitation programme, ` +
        `since ${formatDate(programme.phaseStartedOn)}.`,
    );
  } else {
    lines.push('Your therapist has not set up your rehabilitation programme in Proprio yet.');
  }
  if (knee.surgical && episode.surgeryDate) {
    const time = timeSinceSurgery(episode.surgeryDate, input.asOf)!;
    const weeks = progression?.weeksSinceSurgery ?? time.weeks;
    lines.push(
      time.preOperative
        ? `Your operation is planned for ${formatDate(episode.surgeryDate)}.`
        : `It is ${plural(weeks, 'week')} since your operation on ${formatDate(episode.surgeryDate)}.`,
    );
  } else {
    // The same count of completed weeks the library gives after surgery, from the day of the injury.
    const sinceInjury = timeSinceSurgery(episode.injuryDate, input.asOf);
    if (sinceInjury && !sinceInjury.preOperative) {
      lines.push(`It is ${plural(sinceInjury.weeks, 'week')} since your injury on ${formatDate(episode.injuryDate)}.`);
    }
  }
  lines.push(
    'Your programme moves on when you meet the checks of each phase. Some checks can include a minimum time, ' +
      'but time alone does not move you on: everyone progresses at their own pace.',
  );
  return lines;
}

/**
 * The caveats that fit what the summary shows: the residual risk only beside a return-to-sport set (the
 * evidence concerns those criteria, not a phase's exit checks), the 9-month timing only after surgery.
 */
function goodToKnow(input: ProgressSummaryInput, knee: KneeWords): { text: string }[] {
  const lines: { text: string }[] = [];
  if (input.returnToSportGate && input.progression?.evaluation.criteria.length) {
    lines.push({ text: PATIENT_CAVEATS.residualRisk });
  }
  if (knee.surgical) lines.push({ text: PATIENT_CAVEATS.timing });
  lines.push({ text: PATIENT_CAVEATS.symmetry });
  return lines;
}

function hasLsi(trend: SymmetryTrend): boolean {
  return trend.points.some((p) => p.lsi !== null);
}

function percent(value: number): string {
  return `${formatNumber(value, 0)}%`;
}

/**
 * "Single hop for distance: your operated leg now hops 88% as far as your other leg (it was 71% on 2 May
 * 2026)." The latest result is compared with the first one after the baseline measured the same way (a
 * baseline test is only the comparison when there is no other), and a change within the test's
 * measurement error is called what it is.
 */
function changeSentence(trend: SymmetryTrend, criteria: readonly CriterionEvaluation[], knee: KneeWords): string {
  const measured = trend.points.filter((p): p is SymmetryPoint & { lsi: number } => p.lsi !== null);
  const latest = measured[measured.length - 1]!;
  const comparable = measured.filter((p) => p !== latest && p.method === latest.method);
  const first = comparable.find((p) => !p.baseline) ?? comparable[0];
  const phrase = (COMPARISON[trend.type] ?? ((p: string) => `scores ${p} of`))(percent(latest.lsi));
  let sentence = `${trend.label}: your ${knee.leg} now ${phrase} your other leg`;
  if (first) {
    sentence += ` (it was ${percent(first.lsi)} on ${formatDate(first.date)}`;
    if (trend.mdc90 !== null && changeWithinMeasurementError(first.lsi, latest.lsi, trend.mdc90)) {
      sentence += '; a change this small can be measurement noise rather than real change';
    }
    sentence += ').';
  } else if (measured.length > 1) {
    sentence +=
      ` (measured on ${formatDate(latest.date)}; earlier tests were measured in another way, ` +
      'so they are not compared).';
  } else {
    sentence += ` (measured on ${formatDate(latest.date)}).`;
  }
  if (latest.epic !== null) {
    sentence += ` Compared with your other leg ${knee.baseline}, it is at ${percent(latest.epic)}.`;
  }
  const target = criteria.find((c) => !c.bonus && LSI_CRITERION_TESTS[c.measure] === trend.type);
  if (target)
    sentence += ` The goal for this phase is ${ruleInWords(target.comparator, target.threshold, target.unit)}.`;
  return sentence;
}

/** A chart line with the way its results were measured (SymmetryPoint.method; null when not recorded). */
export interface MethodSeries extends ChartSeries {
  method: string | null;
}

/**
 * The lines of a test's chart: LSI and EPIC, one line each per way the test was measured. Results
 * measured differently (mean vs best of trials, another strength device or speed) are never joined:
 * the API refuses a change across methods, so the chart must not draw that trend either. With one
 * method the lines are labelled as before; with several, each label names its method.
 */
export function chartSeriesOf(trend: SymmetryTrend, knee: KneeWords): MethodSeries[] {
  const methods = [...new Set(trend.points.filter((p) => p.lsi !== null || p.epic !== null).map((p) => p.method))];
  const several = methods.length > 1;
  const leg = knee.leg.charAt(0).toUpperCase() + knee.leg.slice(1);
  return methods.flatMap((method, i): MethodSeries[] => {
    const colours = METHOD_COLOURS[i % METHOD_COLOURS.length]!;
    const same = trend.points.filter((p) => p.method === method);
    const lsi = same.flatMap((p) => (p.lsi === null ? [] : [{ date: p.date, value: p.lsi, apart: p.baseline }]));
    const epic = same.flatMap((p) => (p.epic === null ? [] : [{ date: p.date, value: p.epic }]));
    const series: MethodSeries[] = [];
    if (lsi.length) {
      const label = several ? `LSI, ${methodInWords(method)}` : `${leg} vs other leg (LSI)`;
      series.push({ method, label, colour: colours.lsi, points: lsi });
    }
    if (epic.length) {
      const label = several ? `EPIC, ${methodInWords(method)}` : `vs other leg ${knee.baseline} (EPIC)`;
      series.push({ method, label, colour: colours.epic, dashed: true, points: epic });
    }
    return series;
  });
}

/** "average of tries", "best try", or the strength set-up as recorded ("Biodex System 4 · concentric · 60°/s · N.m"). */
function methodInWords(method: string | null): string {
  if (method === 'mean') return 'average of tries';
  if (method === 'best') return 'best try';
  return method ?? 'method not recorded';
}

function chartOf(trend: SymmetryTrend, series: readonly ChartSeries[], width: number, height: number): Buffer {
  return renderLineChart({
    title: trend.label,
    width,
    height,
    unit: '%',
    series,
    referenceLines: [{ value: SYMMETRY_LINE, label: `${SYMMETRY_LINE}% line`, colour: '#2e7d32' }],
  });
}

function nextPhaseChecklist(doc: PDFKit.PDFDocument, input: ProgressSummaryInput): void {
  const { progression } = input;
  if (!progression) return;
  const { evaluation, nextPhase } = progression;
  if (!evaluation.criteria.length) {
    heading(doc, nextPhase ? `Before moving on to “${nextPhase.name}”` : 'Your next steps');
    paragraph(
      doc,
      nextPhase
        ? 'Your therapist will decide with you when to move on; this phase has no measured checks.'
        : 'You are in the last phase of your programme. Keep up your exercises to protect your knee.',
    );
    return;
  }
  const lastChecks = input.returnToSportGate ? 'Your return-to-sport checks' : 'Your checks for this phase';
  heading(doc, nextPhase ? `Before moving on to “${nextPhase.name}”` : lastChecks, KEEP_WITH_TABLE);
  const required = evaluation.met + evaluation.notMet + evaluation.notMeasured;
  paragraph(
    doc,
    `${evaluation.met} of ${required} checks met so far. “Not yet measured” means the test has not been done yet; ` +
      'it is not a failed test.',
  );
  drawTable(
    doc,
    [
      { header: 'Check', width: 0.38 },
      { header: 'Goal', width: 0.2 },
      { header: 'Your latest result', width: 0.21 },
      { header: 'Status', width: 0.21 },
    ],
    evaluation.criteria.map((c): TableCell[] => {
      const status = CHECK_STATUS[c.status];
      return [
        c.bonus ? { text: c.label, note: 'Optional: does not hold you back' } : c.label,
        ruleInWords(c.comparator, c.threshold, c.unit),
        c.value === null
          ? '—'
          : { text: formatCriterionValue(c.value, c.threshold, c.unit), note: c.date ? formatDate(c.date) : '' },
        { text: status.text, bold: true, colour: status.colour },
      ];
    }),
  );
}

function homeProgramme(doc: PDFKit.PDFDocument, input: ProgressSummaryInput): void {
  heading(doc, 'Your home programme', KEEP_WITH_TABLE);
  const items = input.programme?.items ?? [];
  if (!items.length) {
    paragraph(doc, 'No exercises have been prescribed yet.');
    return;
  }
  paragraph(doc, 'Do these exercises as your therapist showed you. Stop and tell your therapist if one causes pain.', {
    muted: true,
    size: 9,
  });
  drawTable(
    doc,
    [
      { header: 'Exercise', width: 0.34 },
      { header: 'How much', width: 0.4 },
      { header: 'Notes', width: 0.26 },
    ],
    items.map((item) => [item.exerciseName, dosageInWords(item.dosage), item.notes ?? '']),
  );
}

/** "3 sets of 10 repetitions, holding each for 5 seconds, twice a week, with 5 kg". */
export function dosageInWords(dosage: Dosage): string {
  const sets = plural(dosage.sets, 'set');
  const parts: string[] = [];
  if (dosage.reps !== null) {
    const reps = `${sets} of ${plural(dosage.reps, 'repetition')}`;
    parts.push(
      dosage.holdSeconds === null ? reps : `${reps}, holding each for ${plural(dosage.holdSeconds, 'second')}`,
    );
  } else if (dosage.holdSeconds !== null) {
    parts.push(`${sets}, holding for ${plural(dosage.holdSeconds, 'second')}`);
  } else {
    parts.push(sets);
  }
  parts.push(timesAWeek(dosage.frequencyPerWeek));
  if (dosage.loadKg !== null) parts.push(`with ${formatNumber(dosage.loadKg)} kg`);
  return parts.join(', ');
}

function timesAWeek(n: number): string {
  if (n >= 7) return 'every day';
  if (n === 1) return 'once a week';
  if (n === 2) return 'twice a week';
  return `${n} times a week`;
}

function visitsLine(input: ProgressSummaryInput): string {
  const { sessions, asOf } = input;
  if (!sessions.length) return 'No treatment visits have been recorded yet.';
  const recent = sessions.filter((s) => {
    const days = daysBetween(s.performedOn, asOf);
    return days >= 0 && days < 28;
  }).length;
  return (
    `You have had ${plural(sessions.length, 'treatment visit')} since ${formatDate(sessions[0]!.performedOn)}, ` +
    `${recent} of them in the last 4 weeks.`
  );
}
