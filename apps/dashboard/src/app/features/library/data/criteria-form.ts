import { FormArray, FormControl, FormGroup, type AbstractControl, type ValidationErrors } from '@angular/forms';
import {
  CRITERION_MEASURES,
  isCriterionMeasure,
  validateCriterion,
  type ProtocolCriterion,
  type ProtocolDefinition,
} from '@proprio/clinical';

import { decimalText, parseDecimal } from '../../../shared/format/decimal';

/**
 * The thresholds of a protocol version's criteria as an editor: one text control per criterion,
 * per phase (exit criteria) and per return-to-sport set. Everything else of the definition is kept
 * as it is; only the thresholds change.
 */
export type CriteriaThresholdsForm = FormGroup<{
  phases: FormArray<FormArray<FormControl<string>>>;
  returnToSportSets: FormArray<FormArray<FormControl<string>>>;
}>;

/** How a threshold is typed: a number, one of the measure's levels, or yes/no. */
export type ThresholdInput =
  { kind: 'number'; unit: string } | { kind: 'ordinal'; levels: readonly string[] } | { kind: 'boolean' };

export function thresholdInput(measure: string): ThresholdInput {
  if (!isCriterionMeasure(measure)) {
    return { kind: 'number', unit: '' };
  }
  const definition = CRITERION_MEASURES[measure];
  switch (definition.kind) {
    case 'number':
      return { kind: 'number', unit: definition.unit };
    case 'ordinal':
      return { kind: 'ordinal', levels: definition.levels };
    case 'boolean':
      return { kind: 'boolean' };
  }
}

function typedText(threshold: ProtocolCriterion['threshold']): string {
  return typeof threshold === 'number' ? decimalText(threshold) : String(threshold);
}

/** The threshold as the API takes it, read from its text by the measure's kind. */
export function thresholdValue(measure: string, text: string): number | string | boolean {
  const kind = thresholdInput(measure).kind;
  if (kind === 'boolean') {
    return text === 'true';
  }
  if (kind === 'ordinal') {
    return text;
  }
  return parseDecimal(text) ?? Number.NaN;
}

/** The clinical library's own rule for a criterion (impossible thresholds, wrong kind). */
function criterionControl(criterion: ProtocolCriterion): FormControl<string> {
  return new FormControl(typedText(criterion.threshold), {
    nonNullable: true,
    validators: (control: AbstractControl<string>): ValidationErrors | null => {
      if (control.value.trim() === '') {
        return { required: true };
      }
      const issues = validateCriterion(
        {
          measure: criterion.measure,
          comparator: criterion.comparator,
          threshold: thresholdValue(criterion.measure, control.value),
        },
        'criterion',
      );
      const [issue] = issues;
      return issue ? { criterion: { message: `Threshold ${issue.issue}.` } } : null;
    },
  });
}

export function createCriteriaForm(definition: ProtocolDefinition): CriteriaThresholdsForm {
  return new FormGroup({
    phases: new FormArray(
      definition.phases.map(
        (phase) => new FormArray(phase.exitCriteria.map((criterion) => criterionControl(criterion))),
      ),
    ),
    returnToSportSets: new FormArray(
      definition.returnToSportSets.map(
        (set) => new FormArray(set.criteria.map((criterion) => criterionControl(criterion))),
      ),
    ),
  });
}

/** A copy of the definition with the typed thresholds; only call on a valid form. */
export function definitionWithThresholds(
  definition: ProtocolDefinition,
  value: ReturnType<CriteriaThresholdsForm['getRawValue']>,
): ProtocolDefinition {
  const apply = (criteria: ProtocolCriterion[], texts: string[] | undefined): ProtocolCriterion[] =>
    criteria.map((criterion, index) => {
      const text = texts?.[index];
      return text === undefined ? criterion : { ...criterion, threshold: thresholdValue(criterion.measure, text) };
    });
  return {
    ...definition,
    phases: definition.phases.map((phase, index) => ({
      ...phase,
      exitCriteria: apply(phase.exitCriteria, value.phases[index]),
    })),
    returnToSportSets: definition.returnToSportSets.map((set, index) => ({
      ...set,
      criteria: apply(set.criteria, value.returnToSportSets[index]),
    })),
  };
}

const PHASE_THRESHOLD = /^(?:definition\.)?phases\.(\d+)\.exitCriteria\.(\d+)(?:\.threshold)?$/;
const SET_THRESHOLD = /^(?:definition\.)?returnToSportSets\.(\d+)\.criteria\.(\d+)(?:\.threshold)?$/;

/** The editor control an API field is about (`definition.phases.1.exitCriteria.0.threshold` → `phases.1.0`). */
export function criteriaFormPath(field: string): string {
  const phase = PHASE_THRESHOLD.exec(field);
  if (phase) {
    return `phases.${phase[1]}.${phase[2]}`;
  }
  const set = SET_THRESHOLD.exec(field);
  if (set) {
    return `returnToSportSets.${set[1]}.${set[2]}`;
  }
  return field;
}
