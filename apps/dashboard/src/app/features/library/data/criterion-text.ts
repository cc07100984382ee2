import {
  COMPARATOR_SIGNS,
  CRITERION_MEASURES,
  isCriterionMeasure,
  type CriterionComparator,
  type ProtocolCriterion,
  type ProtocolPhase,
} from '@proprio/clinical';

/** How protocol criteria and phase timing read on screen; labels and units are the clinical library's. */

export function comparatorSymbol(comparator: CriterionComparator): string {
  return COMPARATOR_SIGNS[comparator];
}

/** "Single hop LSI"; the raw key for a measure this dashboard does not know yet. */
export function criterionLabel(measure: string): string {
  return isCriterionMeasure(measure) ? CRITERION_MEASURES[measure].label : measure;
}

/** The unit a criterion's threshold is in ("%", "°", "weeks"); empty for grades and yes/no. */
export function criterionUnit(measure: string): string {
  if (!isCriterionMeasure(measure)) {
    return '';
  }
  const definition = CRITERION_MEASURES[measure];
  return definition.kind === 'number' ? definition.unit : '';
}

/** "90%", "5°", "12 weeks", "1+", "yes". */
export function thresholdText(criterion: Pick<ProtocolCriterion, 'measure' | 'threshold'>): string {
  const { threshold } = criterion;
  if (typeof threshold === 'boolean') {
    return threshold ? 'yes' : 'no';
  }
  if (typeof threshold === 'string') {
    return threshold;
  }
  const unit = criterionUnit(criterion.measure);
  return unit === '%' || unit === '°' ? `${threshold}${unit}` : unit ? `${threshold} ${unit}` : String(threshold);
}

/** "≥ 90%": the rule a value must meet. */
export function ruleText(criterion: Pick<ProtocolCriterion, 'measure' | 'comparator' | 'threshold'>): string {
  return `${comparatorSymbol(criterion.comparator)} ${thresholdText(criterion)}`;
}

function week(n: number): string {
  return n < 0 ? `−${-n}` : String(n);
}

/** Typical timing of a phase in weeks since surgery (advisory only): "Weeks 2 to 6", "From week 12". */
export function typicalWeeksText(weeks: ProtocolPhase['typicalWeeks']): string {
  const { from, to } = weeks;
  if (from !== null && to !== null) {
    return `Weeks ${week(from)} to ${week(to)}`;
  }
  if (from !== null) {
    return `From week ${week(from)}`;
  }
  if (to !== null) {
    return `Until week ${week(to)}`;
  }
  return 'No typical timing';
}
