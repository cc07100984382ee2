import { checkNumber, isMissing, isRecord } from '../validation/checks.js';
import { fail, fieldPath, ok, type Issue, type Result } from '../validation/result.js';
import { PLAUSIBLE_RANGES, type PlausibleRange } from './plausibility.js';

/**
 * Knee range of motion, in degrees, with one sign convention for every limb and session:
 *
 * - `extensionDeficitDeg`: how far the knee is from straight at the end of extension. 0 = full
 *   extension (straight), positive = lacks extension (e.g. 5 = "lacks 5°"), **negative = hyperextension**
 *   (e.g. −4 = 4° of hyperextension). It is the knee flexion angle at end-range extension.
 * - `flexionDeg`: the knee flexion angle at end-range flexion, e.g. 130.
 *
 * Both are flexion angles on the same axis, so the arc of motion is `flexionDeg − extensionDeficitDeg`
 * (hyperextension adds to the arc). Record whether the values are passive or active with the measurement.
 */
export interface KneeRomLimbInput {
  extensionDeficitDeg?: number | null;
  flexionDeg?: number | null;
}

export interface KneeRomInput {
  involved: KneeRomLimbInput;
  uninvolved?: KneeRomLimbInput | null;
}

export interface KneeRomLimbResult {
  extensionDeficitDeg: number | null;
  flexionDeg: number | null;
  /** flexion − extension deficit, when both are measured. */
  arcDeg: number | null;
}

export interface KneeRomResult {
  involved: KneeRomLimbResult;
  uninvolved: KneeRomLimbResult | null;
  /**
   * Involved minus uninvolved extension deficit: positive when the involved knee lacks extension
   * compared with the other knee (e.g. 3 when the uninvolved knee hyperextends 3° and the involved one
   * is straight).
   */
  extensionDifferenceDeg: number | null;
  /** Uninvolved minus involved flexion: positive when the involved knee bends less (UD: within 10°). */
  flexionDeficitDeg: number | null;
}

export interface KneeRomOptions {
  /** Data-entry bounds; defaults `PLAUSIBLE_RANGES.extensionDeficitDeg` and `.flexionDeg`. */
  ranges?: { extensionDeficitDeg: PlausibleRange; flexionDeg: PlausibleRange };
}

function limb(
  value: unknown,
  field: string,
  ranges: { extensionDeficitDeg: PlausibleRange; flexionDeg: PlausibleRange },
  issues: Issue[],
): KneeRomLimbResult | null {
  if (!isRecord<KneeRomLimbInput>(value)) {
    issues.push({ field, issue: 'must give the extension deficit and/or flexion in degrees' });
    return null;
  }
  const before = issues.length;
  const read = (key: 'extensionDeficitDeg' | 'flexionDeg', description: string): number | null => {
    const { min, max } = ranges[key];
    return isMissing(value[key])
      ? null
      : checkNumber(
          value[key],
          fieldPath(field, key),
          (n) => n >= min && n <= max,
          `${description} from ${min} to ${max}`,
          issues,
        );
  };
  const extension = read('extensionDeficitDeg', 'an extension deficit in degrees (negative for hyperextension)');
  const flexion = read('flexionDeg', 'a flexion angle in degrees');
  if (issues.length > before) return null;
  if (extension === null && flexion === null) {
    issues.push({ field, issue: 'must give the extension deficit, the flexion, or both' });
    return null;
  }
  if (extension !== null && flexion !== null && flexion < extension) {
    issues.push({ field: fieldPath(field, 'flexionDeg'), issue: 'must not be smaller than the extension deficit' });
    return null;
  }
  return {
    extensionDeficitDeg: extension,
    flexionDeg: flexion,
    arcDeg: extension === null || flexion === null ? null : flexion - extension,
  };
}

export function computeKneeRom(input: KneeRomInput, options: KneeRomOptions = {}): Result<KneeRomResult> {
  if (!isRecord(input))
    return fail([{ field: 'input', issue: 'must give the involved knee (and optionally the other)' }]);
  const ranges = options.ranges ?? {
    extensionDeficitDeg: PLAUSIBLE_RANGES.extensionDeficitDeg,
    flexionDeg: PLAUSIBLE_RANGES.flexionDeg,
  };
  const issues: Issue[] = [];
  const involved = limb(input.involved, 'involved', ranges, issues);
  const uninvolved = isMissing(input.uninvolved) ? null : limb(input.uninvolved, 'uninvolved', ranges, issues);
  if (issues.length > 0 || involved === null) return fail(issues);
  const difference = (a: number | null | undefined, b: number | null | undefined): number | null =>
    a === null || a === undefined || b === null || b === undefined ? null : a - b;
  return ok({
    involved,
    uninvolved,
    extensionDifferenceDeg: difference(involved.extensionDeficitDeg, uninvolved?.extensionDeficitDeg),
    flexionDeficitDeg: difference(uninvolved?.flexionDeg, involved.flexionDeg),
  });
}
