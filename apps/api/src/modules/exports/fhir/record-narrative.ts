import { INSTRUMENT_LABELS } from '@proprio/clinical';
import { EPISODE_CONDITION_LABELS, GRAFT_TYPE_LABELS, type Episode, type Programme } from '@proprio/contracts';
import { sideOf, UCUM_DISPLAY, type MeasuredValue } from '../measurement-values.js';
import type { MeasurementObservations } from './observations.js';
import type { ResponseResources } from './questionnaires.js';
import { promScaleConcept } from './terminology.js';
import { escapeXhtml } from './text.js';

export interface RecordSummary {
  episode: Episode;
  programme: Programme | null;
  measurements: readonly MeasurementObservations[];
  responses: readonly ResponseResources[];
  contentHash: string | null;
  asOf: string;
}

/**
 * The human-readable summary of the structured record the document carries (generated, so not part
 * of the signed note). Numbers are rounded to two decimals here for reading only; the Observations
 * hold them at full precision.
 */
export function recordNarrative(summary: RecordSummary): string {
  const { episode, programme } = summary;
  const surgery =
    episode.surgeryDate === null
      ? 'No surgery recorded.'
      : `Surgery on ${episode.surgeryDate} (${episode.graftType ? GRAFT_TYPE_LABELS[episode.graftType] : 'graft not recorded'}).`;
  const parts = [
    `<p>Structured data of the episode as recorded on ${escapeXhtml(summary.asOf)}, generated when this document was exported. It is not part of the signed note, and the signer's attestation does not cover it.</p>`,
    `<p>${escapeXhtml(EPISODE_CONDITION_LABELS[episode.condition])}, ${episode.involvedSide} knee; injury on ${episode.injuryDate}. ${escapeXhtml(surgery)}</p>`,
    programme
      ? `<p>Programme: ${escapeXhtml(programme.protocolTitle)}, current phase ${escapeXhtml(programme.currentPhaseName)}.</p>`
      : '<p>No programme assigned.</p>',
    measurementTable(summary),
    questionnaireTable(summary.responses),
    summary.contentHash ? `<p>SHA-256 of the signed note content: ${escapeXhtml(summary.contentHash)}</p>` : '',
  ];
  return parts.join('');
}

function measurementTable({ measurements, episode }: RecordSummary): string {
  if (!measurements.length) return '<p>No current measurements.</p>';
  const rows = measurements.map(({ assessment, values }) => {
    const limbs = values.limbs.map(
      (l) => `${l.limb} (${sideOf(l.limb, episode)}): ${(l.primary ? [l.primary] : l.values).map(labelled).join(', ')}`,
    );
    const whole = values.whole
      ? (values.whole.primary ? [values.whole.primary] : values.whole.values).map(labelled)
      : [];
    return row([
      assessment.performedOn + (assessment.baseline ? ' (baseline)' : ''),
      values.label,
      [...limbs, ...whole].join('; '),
      values.lsi ? show(values.lsi) : '',
      values.epic ? show(values.epic) : '',
    ]);
  });
  return table(['Date', 'Measure', 'Values', 'LSI', 'EPIC'], rows);
}

function questionnaireTable(responses: readonly ResponseResources[]): string {
  if (!responses.length) return '<p>No current questionnaire responses.</p>';
  const rows = responses.map(({ response }) =>
    row([
      response.completedOn,
      INSTRUMENT_LABELS[response.instrument],
      Object.entries(response.scores)
        .map(([scale, score]) => {
          const name = promScaleConcept(response.instrument, scale)?.display ?? scale;
          return `${name}: ${score === null ? 'not scored' : rounded(score)}`;
        })
        .join('; '),
    ]),
  );
  return table(['Date', 'Questionnaire', 'Scores'], rows);
}

function show(value: MeasuredValue): string {
  const shown = typeof value.value === 'number' ? rounded(value.value) : String(value.value);
  if (value.unit === null) return shown;
  return value.unit === 'deg' ? `${shown}°` : `${shown} ${UCUM_DISPLAY[value.unit]}`;
}

const labelled = (value: MeasuredValue) => `${value.label.toLowerCase()} ${show(value)}`;

const rounded = (n: number) => String(Math.round(n * 100) / 100);

const row = (cells: string[]) => `<tr>${cells.map((c) => `<td>${escapeXhtml(c)}</td>`).join('')}</tr>`;

const table = (headings: string[], rows: string[]) =>
  `<table><thead><tr>${headings.map((h) => `<th>${escapeXhtml(h)}</th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
