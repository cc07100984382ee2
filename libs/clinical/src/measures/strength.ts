import { checkChoice, checkNumber, checkText, isMissing, isRecord, positive } from '../validation/checks.js';
import { fail, fieldPath, ok, type Issue, type Result } from '../validation/result.js';
import { estimatedPreInjuryCapacity, limbSymmetryIndex } from './symmetry.js';

export type StrengthMuscle = 'quadriceps' | 'hamstrings';
export const STRENGTH_MUSCLES: readonly StrengthMuscle[] = ['quadriceps', 'hamstrings'];

export type ContractionMode = 'isometric' | 'concentric' | 'eccentric';
export const CONTRACTION_MODES: readonly ContractionMode[] = ['isometric', 'concentric', 'eccentric'];

/** Peak torque in newton-metres (UCUM `N.m`), or peak force in newtons (hand-held dynamometer). */
export type StrengthUnit = 'N.m' | 'N';
export const STRENGTH_UNITS: readonly StrengthUnit[] = ['N.m', 'N'];

/**
 * One strength reading of one muscle group on one limb, with the metadata that decides whether two
 * readings may be compared (REFERENCE §4.1: store device, velocity and mode with every reading).
 */
export interface StrengthReading {
  /** Peak torque (N.m) or peak force (N): a positive number. */
  value: number;
  unit: StrengthUnit;
  /** Free text naming the device (e.g. "Biodex System 4", "hand-held dynamometer"); compared ignoring case and outer spaces. */
  device: string;
  mode: ContractionMode;
  /** Isokinetic angular velocity in °/s for concentric and eccentric readings; null for isometric ones. */
  velocityDegPerSecond: number | null;
  /** Knee angle (° of flexion) of an isometric reading, when recorded; compared when either reading has one. */
  kneeAngleDeg?: number | null;
}

/** The comparable identity of a reading. */
export interface StrengthProtocol {
  device: string;
  unit: StrengthUnit;
  mode: ContractionMode;
  velocityDegPerSecond: number | null;
  kneeAngleDeg: number | null;
}

interface CheckedReading extends StrengthProtocol {
  value: number;
}

function checkReading(value: unknown, field: string, issues: Issue[]): CheckedReading | null {
  if (!isRecord<StrengthReading>(value)) {
    issues.push({ field, issue: 'must be a strength reading (value, unit, device, mode, velocity)' });
    return null;
  }
  const before = issues.length;
  const reading = checkNumber(
    value.value,
    fieldPath(field, 'value'),
    positive,
    'a positive peak torque or force',
    issues,
  );
  const unit = checkChoice(value.unit, fieldPath(field, 'unit'), STRENGTH_UNITS, issues);
  const device = checkText(value.device, fieldPath(field, 'device'), 'the name of the device used', issues);
  const mode = checkChoice(value.mode, fieldPath(field, 'mode'), CONTRACTION_MODES, issues);
  let velocity: number | null = null;
  const velocityField = fieldPath(field, 'velocityDegPerSecond');
  if (mode === 'isometric') {
    if (!isMissing(value.velocityDegPerSecond)) {
      issues.push({ field: velocityField, issue: 'must be empty for an isometric reading (no joint movement)' });
    }
  } else if (mode !== null) {
    velocity = checkNumber(
      value.velocityDegPerSecond,
      velocityField,
      positive,
      `a positive angular velocity in degrees per second for a ${mode} reading`,
      issues,
    );
  }
  let kneeAngle: number | null = null;
  if (!isMissing(value.kneeAngleDeg)) {
    kneeAngle = checkNumber(
      value.kneeAngleDeg,
      fieldPath(field, 'kneeAngleDeg'),
      (n) => n >= 0 && n <= 180,
      'a knee flexion angle from 0 to 180 degrees',
      issues,
    );
  }
  if (issues.length > before || reading === null || unit === null || device === null || mode === null) return null;
  return { value: reading, unit, device, mode, velocityDegPerSecond: velocity, kneeAngleDeg: kneeAngle };
}

/**
 * Issues when two readings were taken differently: comparing a hand-held reading with an isokinetic
 * one, or 60°/s with 180°/s, gives a meaningless ratio, so it is refused rather than computed.
 */
function checkComparable(
  reference: CheckedReading,
  other: CheckedReading,
  referenceName: string,
  otherField: string,
  issues: Issue[],
  compareMode = true,
): void {
  const against = `as the ${referenceName} reading: readings taken differently cannot be compared`;
  if (reference.device.toLowerCase() !== other.device.toLowerCase()) {
    issues.push({ field: fieldPath(otherField, 'device'), issue: `must be the same device ${against}` });
  }
  if (reference.unit !== other.unit) {
    issues.push({ field: fieldPath(otherField, 'unit'), issue: `must be the same unit ${against}` });
  }
  if (compareMode && reference.mode !== other.mode) {
    issues.push({ field: fieldPath(otherField, 'mode'), issue: `must be the same contraction mode ${against}` });
  }
  if (reference.velocityDegPerSecond !== other.velocityDegPerSecond) {
    issues.push({
      field: fieldPath(otherField, 'velocityDegPerSecond'),
      issue: `must be the same velocity ${against}`,
    });
  }
  if (reference.kneeAngleDeg !== other.kneeAngleDeg) {
    issues.push({ field: fieldPath(otherField, 'kneeAngleDeg'), issue: `must be the same knee angle ${against}` });
  }
}

function protocolOf(reading: CheckedReading): StrengthProtocol {
  const { device, unit, mode, velocityDegPerSecond, kneeAngleDeg } = reading;
  return { device, unit, mode, velocityDegPerSecond, kneeAngleDeg };
}

export interface StrengthSymmetryInput {
  muscle: StrengthMuscle;
  involved: StrengthReading;
  uninvolved: StrengthReading;
  /** The uninvolved limb measured before surgery with the same protocol, for EPIC. */
  uninvolvedBaseline?: StrengthReading | null;
  /** Body mass in kg, to express torques in N.m/kg. */
  bodyMassKg?: number | null;
}

export interface StrengthSymmetryResult {
  muscle: StrengthMuscle;
  protocol: StrengthProtocol;
  involved: number;
  uninvolved: number;
  /** involved / uninvolved × 100; never clamped. */
  lsi: number;
  /** 100 − LSI: the "deficit" of Kyritsis (< 10% at 60°/s). Negative when the involved limb is stronger. */
  deficitPercent: number;
  /** involved now / uninvolved pre-operative × 100, when a baseline is given. */
  epic: number | null;
  /** Peak torque per kg of body mass, when the body mass is given and the unit is N.m. */
  involvedNormalised: number | null;
  uninvolvedNormalised: number | null;
}

function checkBodyMass(value: unknown, issues: Issue[]): number | null {
  if (isMissing(value)) return null;
  return checkNumber(value, 'bodyMassKg', positive, 'a positive body mass in kilograms', issues);
}

/**
 * Quadriceps or hamstrings limb symmetry (REFERENCE §4.1): involved / uninvolved peak torque × 100,
 * refused unless both readings (and the baseline) share device, unit, mode, velocity and knee angle.
 */
export function computeStrengthSymmetry(input: StrengthSymmetryInput): Result<StrengthSymmetryResult> {
  if (!isRecord(input)) return fail([{ field: 'input', issue: 'must be a strength record' }]);
  const issues: Issue[] = [];
  const muscle = checkChoice(input.muscle, 'muscle', STRENGTH_MUSCLES, issues);
  const involved = checkReading(input.involved, 'involved', issues);
  const uninvolved = checkReading(input.uninvolved, 'uninvolved', issues);
  const baseline = isMissing(input.uninvolvedBaseline)
    ? null
    : checkReading(input.uninvolvedBaseline, 'uninvolvedBaseline', issues);
  const bodyMass = checkBodyMass(input.bodyMassKg, issues);
  if (involved !== null && uninvolved !== null) checkComparable(involved, uninvolved, 'involved', 'uninvolved', issues);
  if (involved !== null && baseline !== null) {
    checkComparable(involved, baseline, 'involved', 'uninvolvedBaseline', issues);
  }
  if (issues.length > 0 || muscle === null || involved === null || uninvolved === null) return fail(issues);

  const lsi = limbSymmetryIndex(involved.value, uninvolved.value, 'higher');
  if (lsi === null) return fail([{ field: 'uninvolved.value', issue: 'gives an undefined symmetry index' }]);
  const perKg = (reading: CheckedReading): number | null =>
    bodyMass === null || reading.unit !== 'N.m' ? null : reading.value / bodyMass;
  return ok({
    muscle,
    protocol: protocolOf(involved),
    involved: involved.value,
    uninvolved: uninvolved.value,
    lsi,
    deficitPercent: 100 - lsi,
    epic: baseline === null ? null : estimatedPreInjuryCapacity(involved.value, baseline.value, 'higher'),
    involvedNormalised: perKg(involved),
    uninvolvedNormalised: perKg(uninvolved),
  });
}

export interface HamstringQuadricepsInput {
  /** Concentric hamstrings peak torque. */
  hamstrings: StrengthReading;
  /** Concentric quadriceps peak torque of the same limb, same device and velocity. */
  quadriceps: StrengthReading;
}

export interface HamstringQuadricepsResult {
  /** Hcon / Qcon, a ratio (0.6 rather than 60%). */
  ratio: number;
  velocityDegPerSecond: number;
  device: string;
}

/**
 * Conventional hamstring:quadriceps ratio, Hcon / Qcon at the same angular velocity (REFERENCE §4.1;
 * about 0.6 in healthy people at slow speeds, rising with velocity). Both readings must be concentric
 * isokinetic readings with the same device, unit and velocity.
 */
export function computeHamstringQuadricepsRatio(input: HamstringQuadricepsInput): Result<HamstringQuadricepsResult> {
  if (!isRecord(input)) return fail([{ field: 'input', issue: 'must give a hamstrings and a quadriceps reading' }]);
  const issues: Issue[] = [];
  const hamstrings = checkReading(input.hamstrings, 'hamstrings', issues);
  const quadriceps = checkReading(input.quadriceps, 'quadriceps', issues);
  for (const [reading, field] of [
    [hamstrings, 'hamstrings'],
    [quadriceps, 'quadriceps'],
  ] as const) {
    if (reading !== null && reading.mode !== 'concentric') {
      issues.push({ field: `${field}.mode`, issue: 'must be concentric for the conventional H:Q ratio' });
    }
  }
  if (hamstrings !== null && quadriceps !== null) {
    checkComparable(quadriceps, hamstrings, 'quadriceps', 'hamstrings', issues, false);
  }
  if (issues.length > 0 || hamstrings === null || quadriceps === null || quadriceps.velocityDegPerSecond === null) {
    return fail(issues);
  }
  return ok({
    ratio: hamstrings.value / quadriceps.value,
    velocityDegPerSecond: quadriceps.velocityDegPerSecond,
    device: quadriceps.device,
  });
}

/** Peak torque normalised to body mass, in N.m/kg (e.g. Gokeler 2017: quadriceps > 3.0 N.m/kg at 60°/s). */
export function normaliseTorque(reading: StrengthReading, bodyMassKg: number): Result<number> {
  const issues: Issue[] = [];
  const checked = checkReading(reading, 'reading', issues);
  const mass = checkNumber(bodyMassKg, 'bodyMassKg', positive, 'a positive body mass in kilograms', issues);
  if (checked !== null && checked.unit !== 'N.m') {
    issues.push({ field: 'reading.unit', issue: "must be 'N.m' (a torque) to normalise to body mass" });
  }
  if (issues.length > 0 || checked === null || mass === null) return fail(issues);
  return ok(checked.value / mass);
}
