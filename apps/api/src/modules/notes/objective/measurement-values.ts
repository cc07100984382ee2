import {
  isEnduranceMeasureType,
  isHopMeasureType,
  type EnduranceResult,
  type HopResult,
  type HopUnit,
  type KneeRomLimbResult,
  type KneeRomResult,
  type LegPress1rmResult,
  type MeasureType,
  type ReactionTimeResult,
  type RunningTTestResult,
  type SingleLegStanceResult,
  type StrengthSymmetryResult,
  type YBalanceLimbResult,
  type YBalanceResult,
} from '@proprio/clinical';

/**
 * A measurement's recorded values in words, with their units: the per-limb values the clinical
 * library derived from the trials (its `result`), never a figure worked out here. Numbers are only
 * rounded for reading (see `formatNumber`).
 */
export function describeMeasurementValues(type: MeasureType, result: unknown): string {
  if (!isObject(result)) return 'values not available';
  if (isHopMeasureType(type)) return hop(result as unknown as HopResult);
  if (isEnduranceMeasureType(type)) return endurance(result as unknown as EnduranceResult);
  switch (type) {
    case 'strength_quadriceps':
    case 'strength_hamstrings':
      return strength(result as unknown as StrengthSymmetryResult);
    case 'y_balance':
      return yBalance(result as unknown as YBalanceResult);
    case 'single_leg_stance':
      return stance(result as unknown as SingleLegStanceResult);
    case 'leg_press_1rm':
      return legPress(result as unknown as LegPress1rmResult);
    case 'knee_rom':
      return kneeRom(result as unknown as KneeRomResult);
    case 'running_t_test': {
      const r = result as unknown as RunningTTestResult;
      return `${seconds(r.seconds)} (${r.aggregation} of ${r.trials.length} trials)`;
    }
    case 'reaction_time': {
      const r = result as unknown as ReactionTimeResult;
      return `mean ${formatNumber(r.meanMs, 0)} ms, fastest ${formatNumber(r.fastestMs, 0)} ms (${r.protocol})`;
    }
    case 'effusion':
      return `grade ${String(result['grade'])}`;
    case 'quadriceps_lag':
      return degrees(result['degrees']);
    case 'prone_heel_height':
      return `difference ${centimetres(result['differenceCm'])}`;
    case 'single_leg_squat': {
      const reps = typeof result['reps'] === 'number' ? `, ${result['reps']} reps` : '';
      return `rated ${String(result['rating'])}${reps}`;
    }
    case 'vestibular_balance':
      return result['passed'] === true ? 'passed' : 'not passed';
    case 'mrss':
      return `${formatNumber(result['total'], 1)} of 100 points`;
    case 'tsk11':
      return `${formatNumber(result['total'], 0)} points (11–44)`;
    case 'rehab_milestone':
      return `${MILESTONE_LABELS[String(result['milestone'])] ?? String(result['milestone'])}: ${
        result['completed'] === true ? 'completed' : 'not completed'
      }`;
  }
  return 'values not available';
}

/** Rounds for reading only: at most `decimals` decimals, trailing zeros dropped ("122.5", "2.55", "120"). */
export function formatNumber(value: unknown, decimals: number): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return '—';
  const rounded = Number(value.toFixed(decimals));
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

const MILESTONE_LABELS: Readonly<Record<string, string>> = {
  onfield_rehab_completed: 'On-field sport-specific rehabilitation',
  prevention_program_active: 'Injury-prevention programme',
};

const HOP_UNITS: Readonly<Record<HopUnit, { label: string; decimals: number }>> = {
  cm: { label: 'cm', decimals: 1 },
  s: { label: 's', decimals: 2 },
  count: { label: 'hops', decimals: 1 },
};

function hop(r: HopResult): string {
  const unit = HOP_UNITS[r.unit] ?? { label: '', decimals: 2 };
  const value = (limb: { value: number } | null | undefined) =>
    limb ? `${formatNumber(limb.value, unit.decimals)} ${unit.label}` : '—';
  return `involved ${value(r.involved)}, uninvolved ${value(r.uninvolved)} (${r.aggregation} of trials)`;
}

function endurance(r: EnduranceResult): string {
  const unit = r.unit === 's' ? 's' : 'reps';
  const uninvolved = r.uninvolved === null ? 'not tested' : `${formatNumber(r.uninvolved, 1)} ${unit}`;
  return `involved ${formatNumber(r.involved, 1)} ${unit}, uninvolved ${uninvolved}`;
}

function strength(r: StrengthSymmetryResult): string {
  const unit = r.protocol.unit === 'N.m' ? 'N·m' : 'N';
  const perKg = (value: number | null) => (value === null ? '' : ` (${formatNumber(value, 2)} ${unit}/kg)`);
  const velocity = r.protocol.velocityDegPerSecond === null ? '' : ` ${r.protocol.velocityDegPerSecond}°/s`;
  return (
    `involved ${formatNumber(r.involved, 1)} ${unit}${perKg(r.involvedNormalised)}, ` +
    `uninvolved ${formatNumber(r.uninvolved, 1)} ${unit}${perKg(r.uninvolvedNormalised)} ` +
    `(${r.protocol.device}, ${r.protocol.mode}${velocity})`
  );
}

function yBalance(r: YBalanceResult): string {
  const limb = (l: YBalanceLimbResult) =>
    `anterior ${centimetres(l.reachCm.anterior)}, posteromedial ${centimetres(l.reachCm.posteromedial)}, ` +
    `posterolateral ${centimetres(l.reachCm.posterolateral)}, composite ${formatNumber(l.compositePercent, 1)}% of limb length`;
  return `involved ${limb(r.involved)}; uninvolved ${limb(r.uninvolved)} (${r.aggregation} of trials)`;
}

function stance(r: SingleLegStanceResult): string {
  const limb = (l: { value: number; reachedMaximum: boolean } | null) =>
    l === null ? 'not tested' : `${seconds(l.value)}${l.reachedMaximum ? ' (time cap reached)' : ''}`;
  return `involved ${limb(r.involved)}, uninvolved ${limb(r.uninvolved)} (eyes ${r.eyes}, ${r.surface} surface)`;
}

function legPress(r: LegPress1rmResult): string {
  const xbw = (value: number | null) => (value === null ? '' : ` (${formatNumber(value, 2)} × BW)`);
  const uninvolved =
    r.uninvolvedKg === null ? 'not tested' : `${formatNumber(r.uninvolvedKg, 1)} kg${xbw(r.uninvolvedXbw)}`;
  return `involved ${formatNumber(r.involvedKg, 1)} kg${xbw(r.involvedXbw)}, uninvolved ${uninvolved}`;
}

function kneeRom(r: KneeRomResult): string {
  const limb = (l: KneeRomLimbResult) => {
    const parts = [
      l.extensionDeficitDeg === null ? null : `extension deficit ${degrees(l.extensionDeficitDeg)}`,
      l.flexionDeg === null ? null : `flexion ${degrees(l.flexionDeg)}`,
    ].filter((p) => p !== null);
    return parts.length ? parts.join(', ') : 'not measured';
  };
  return `involved ${limb(r.involved)}; uninvolved ${r.uninvolved === null ? 'not measured' : limb(r.uninvolved)}`;
}

function seconds(value: unknown): string {
  return `${formatNumber(value, 2)} s`;
}

function degrees(value: unknown): string {
  return `${formatNumber(value, 1)}°`;
}

function centimetres(value: unknown): string {
  return `${formatNumber(value, 1)} cm`;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
