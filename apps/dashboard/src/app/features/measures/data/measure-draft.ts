import { computeMeasure, type Issue, type MeasureOutcome, type MeasureType } from '@proprio/clinical';

/**
 * One measure as typed so far, in the exact shape the API (and the clinical library) takes, plus the
 * way back from a library field (`trials.involved.1`) to the editor control that holds it
 * (`involved.1`), so that live issues and the API's `details[]` land under the right input.
 */
export interface MeasureDraft {
  type: MeasureType;
  input: Record<string, unknown>;
  /** Control path relative to the measure's form group; null when the issue is about the measure as a whole. */
  controlPath: (field: string) => string | null;
}

/** A library issue with the editor control it belongs to. */
export interface PlacedIssue extends Issue {
  path: string | null;
}

/** What the clinical library makes of a measure while it is being typed. */
export type LiveMeasure =
  | { status: 'empty' }
  | { status: 'invalid'; issues: PlacedIssue[] }
  | { status: 'computed'; outcome: MeasureOutcome; notes: string[] };

export interface LiveContext {
  /** The same measure's raw input in the applicable baseline session, for EPIC. */
  baselineInput?: unknown;
  bodyMassKg?: number | null;
}

/** Fields of the baseline reference rather than of what is being typed. */
function isBaselineIssue(issue: Issue): boolean {
  return /^(baseline|uninvolvedBaseline)(\.|$)/.test(issue.field);
}

/**
 * Runs the clinical library on a draft: the one implementation of LSI, EPIC and the input rules.
 * When only the baseline is at fault (e.g. strength measured with another device before surgery),
 * the LSI is still shown and the reason EPIC is missing becomes a note; the API does the same.
 */
export function evaluateDraft(draft: MeasureDraft | null, context: LiveContext = {}): LiveMeasure {
  if (draft === null) {
    return { status: 'empty' };
  }
  const notes: string[] = [];
  let computed = computeMeasure(draft.type, draft.input, context);
  if (!computed.ok && context.baselineInput !== undefined && computed.issues.every(isBaselineIssue)) {
    notes.push(...computed.issues.map(baselineNote));
    computed = computeMeasure(draft.type, draft.input, { ...context, baselineInput: undefined });
  }
  if (!computed.ok) {
    return {
      status: 'invalid',
      issues: computed.issues.map((issue) => ({ ...issue, path: draft.controlPath(issue.field) })),
    };
  }
  return { status: 'computed', outcome: computed.value, notes: [...notes, ...resultNotes(computed.value.result)] };
}

function baselineNote(issue: Issue): string {
  const field = issue.field.replace(/^(uninvolvedBaseline|baseline)\.?/, '') || 'value';
  return `EPIC not computed: the baseline ${field} ${issue.issue}.`;
}

/** The library's own explanations of a missing LSI or EPIC (hop tests carry them in `notes`). */
function resultNotes(result: unknown): string[] {
  if (typeof result !== 'object' || result === null || !('notes' in result)) {
    return [];
  }
  const notes: unknown = result.notes;
  return Array.isArray(notes) ? notes.filter((note): note is string => typeof note === 'string') : [];
}
