import { timeSinceSurgery, type CriteriaSet, type CriterionEvaluation, type CriterionStatus } from '@proprio/clinical';
import type { Readiness, SymmetryPoint, SymmetryTrend } from '@proprio/contracts';
import { bulletList, callout, documentTitle, fieldList, heading, paragraph } from '../kit/blocks.js';
import { formatCriterionValue, formatDate, formatNumber, formatRule, plural } from '../kit/format.js';
import { COLOURS, openDocument } from '../kit/pdf-document.js';
import { drawTable, type TableCell } from '../kit/table.js';
import { CLINICAL_CAVEATS } from './evidence-caveats.js';
import { episodeLine, patientName, type EpisodeSummary, type PatientIdentity } from './patient-lines.js';
import { symmetryPointOf } from './symmetry-criteria.js';

export const RTS_REPORT_TITLE = 'Return-to-sport readiness report';

export interface RtsReportInput {
  clinicName: string;
  patient: PatientIdentity;
  episode: EpisodeSummary;
  /** The protocol the programme follows, e.g. "Post-ACL reconstruction, criteria-based (v1)". */
  protocolTitle: string;
  /** The criteria set evaluated by the programmes service (the criteria engine). */
  readiness: Readiness;
  /** The set as the protocol version defines it, for the evidence and source of each threshold. */
  set: CriteriaSet | null;
  /** LSI and EPIC over time, for the EPIC and the change since the previous test of each LSI criterion. */
  symmetry: readonly SymmetryTrend[];
}

const STATUS: Readonly<Record<CriterionStatus, { text: string; colour: string }>> = {
  met: { text: 'Met', colour: COLOURS.met },
  not_met: { text: 'Not met', colour: COLOURS.notMet },
  not_measured: { text: 'Not measured', colour: COLOURS.notMeasured },
};

const EVIDENCE_LEGEND =
  'Verification tags: [V] verified in the primary source or an official document; [S] seen in a secondary ' +
  'source only; [U] unverified.';

/**
 * The return-to-sport readiness report for one criteria set: every criterion with its value, threshold,
 * date and status as the criteria engine evaluated it (nothing is re-evaluated here), EPIC beside LSI
 * where a baseline exists, the summary, the evidence behind each threshold and the caveats of
 * REFERENCE §4.6 and §6.3. Pure: the same input and print time give the same bytes.
 */
export function renderRtsReportPdf(input: RtsReportInput, printedAt: Date): Promise<Buffer> {
  const { readiness } = input;
  const { evaluation } = readiness;
  const { doc, finish } = openDocument({
    clinicName: input.clinicName,
    title: RTS_REPORT_TITLE,
    subject: `${readiness.setName} criteria as of ${formatDate(readiness.asOf)}`,
    patient: {
      name: patientName(input.patient),
      recordNumber: input.patient.recordNumber,
      dateOfBirth: input.patient.dateOfBirth,
    },
    printedAt,
  });

  documentTitle(doc, RTS_REPORT_TITLE, `${readiness.setName} criteria, as of ${formatDate(readiness.asOf)}`);
  const operative = input.episode.condition !== 'acl_nonoperative';
  fieldList(doc, [
    ['Patient', patientName(input.patient)],
    ['Date of birth', formatDate(input.patient.dateOfBirth)],
    ['Record number', input.patient.recordNumber],
    ['Episode', episodeLine(input.episode)],
    elapsedTime(input.episode, readiness.asOf),
    ['Protocol', input.protocolTitle],
    ['Criteria set', setLine(readiness, input.set)],
    ['As of', `${formatDate(readiness.asOf)} (each criterion uses its latest current value on that day)`],
  ]);

  heading(doc, 'Summary');
  const required = evaluation.met + evaluation.notMet + evaluation.notMeasured;
  const bonus = evaluation.criteria.filter((c) => c.bonus).length;
  callout(doc, [
    {
      text: `${evaluation.met} of ${required} required criteria met`,
      bold: true,
      size: 12,
      colour: evaluation.allMet ? COLOURS.met : COLOURS.notMet,
    },
    { text: `${evaluation.notMet} not met · ${evaluation.notMeasured} not measured` },
    ...(bonus ? [{ text: `Bonus criteria (shown, not gating): ${evaluation.bonusMet} of ${bonus} met` }] : []),
    {
      text: evaluation.allMet
        ? 'Every required criterion of the set is met. This supports, but does not make, the return-to-sport decision.'
        : 'Not every required criterion is met: the set is not passed. A criterion not measured counts as not met.',
    },
  ]);

  heading(doc, 'Criteria', 110);
  drawTable(
    doc,
    [
      { header: 'Criterion', width: 0.25 },
      { header: 'Result', width: 0.23 },
      { header: 'Target', width: 0.14 },
      { header: 'EPIC', width: 0.09 },
      { header: 'Measured', width: 0.14 },
      { header: 'Status', width: 0.15 },
    ],
    evaluation.criteria.map((criterion) => criterionRow(criterion, input.symmetry)),
  );
  paragraph(
    doc,
    'LSI: limb symmetry index, involved ÷ uninvolved × 100 (inverted for timed tests). EPIC: estimated ' +
      'pre-injury capacity, the involved limb against the uninvolved limb measured at the baseline test (before ' +
      'surgery after a reconstruction); shown where ' +
      'that baseline exists, for the same test on the same day. "Since previous" is the change from the ' +
      'previous test measured the same way.',
    { muted: true, size: 8.5 },
  );

  const sourced = evidenceLines(evaluation.criteria, input.set);
  if (sourced.length) {
    heading(doc, 'Evidence for the thresholds');
    paragraph(doc, `As recorded in the protocol. ${EVIDENCE_LEGEND}`, { muted: true, size: 9 });
    bulletList(doc, sourced, { size: 9 });
  }

  heading(doc, 'How to read this report');
  bulletList(doc, [
    CLINICAL_CAVEATS.deconditioning,
    CLINICAL_CAVEATS.healthyAsymmetry,
    CLINICAL_CAVEATS.measurementError,
    CLINICAL_CAVEATS.residualRisk,
    // The 9-month evidence is about return after reconstruction: not printed for non-operative management.
    ...(operative ? [CLINICAL_CAVEATS.timing] : []),
  ]);

  return finish();
}

/**
 * "Time since surgery 52 weeks"; before the surgery date, when it is planned; for non-operative
 * management (or no surgery date), the completed weeks since the injury, counted the same way.
 */
function elapsedTime(episode: EpisodeSummary, asOf: string): readonly [string, string] {
  const surgery = episode.condition === 'acl_nonoperative' ? null : timeSinceSurgery(episode.surgeryDate, asOf);
  if (surgery && episode.surgeryDate) {
    return surgery.preOperative
      ? ['Time since surgery', `Surgery planned for ${formatDate(episode.surgeryDate)}`]
      : ['Time since surgery', plural(surgery.weeks, 'week')];
  }
  const injury = timeSinceSurgery(episode.injuryDate, asOf);
  const since = injury && !injury.preOperative ? plural(injury.weeks, 'week') : 'Injury date after the report date';
  const why = episode.condition === 'acl_nonoperative' ? 'non-operative management' : 'no surgery date recorded';
  return ['Time since injury', `${since} (${why})`];
}

function setLine(readiness: Readiness, set: CriteriaSet | null): string {
  const parts = [readiness.setName];
  if (set?.evidence) parts.push(`[${set.evidence}]`);
  if (set?.source) parts.push(set.source);
  return parts.join(' · ');
}

function criterionRow(criterion: CriterionEvaluation, trends: readonly SymmetryTrend[]): TableCell[] {
  const point = symmetryPointOf(trends, criterion.measure, criterion.value, criterion.date);
  const trend = point ? trends.find((t) => t.points.includes(point)) : undefined;
  const result =
    criterion.value === null ? '—' : formatCriterionValue(criterion.value, criterion.threshold, criterion.unit);
  const status = STATUS[criterion.status];
  const change = point === null ? null : changeNote(point, trend?.mdc90 ?? null);
  const epic = point?.epic ?? null;
  return [
    criterion.bonus ? { text: criterion.label, note: 'Bonus: shown, not gating' } : criterion.label,
    change === null ? result : { text: result, note: change },
    formatRule(criterion.comparator, criterion.threshold, criterion.unit),
    epic === null ? '—' : `${formatNumber(epic)}%`,
    criterion.date ? formatDate(criterion.date) : '—',
    { text: status.text, bold: true, colour: status.colour },
  ];
}

/** "+4.2 points since previous, within measurement error (MDC90 13)"; null for a first test. */
function changeNote(point: SymmetryPoint, mdc90: number | null): string | null {
  const change = point.changeFromPrevious;
  if (change === null) return null;
  const sign = change > 0 ? '+' : '';
  const note = `${sign}${formatNumber(change)} pts since previous`;
  if (point.withinMeasurementError === true) {
    return `${note}: within measurement error${mdc90 === null ? '' : ` (MDC90 ${formatNumber(mdc90)})`}`;
  }
  return note;
}

/** One line per criterion that carries evidence or a source in the protocol (matched by position and measure). */
function evidenceLines(criteria: readonly CriterionEvaluation[], set: CriteriaSet | null): string[] {
  if (!set) return [];
  return criteria.flatMap((criterion, i) => {
    const defined = set.criteria[i];
    if (!defined || defined.measure !== criterion.measure || (!defined.evidence && !defined.source)) return [];
    const rule = `${criterion.label} ${formatRule(criterion.comparator, criterion.threshold, criterion.unit)}`;
    const tag = defined.evidence ? `[${defined.evidence}]` : '[no tag]';
    return [`${rule}: ${tag}${defined.source ? ` ${defined.source}` : ''}`];
  });
}
