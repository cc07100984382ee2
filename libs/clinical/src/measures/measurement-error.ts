import { meetsThreshold } from '../interpretation/threshold.js';

/**
 * True when the change between two LSIs (or two scores on the same scale) is smaller than the
 * minimal detectable change: `|current − previous| < mdc`, i.e. indistinguishable from measurement
 * error (REFERENCE §1.1: hop-LSI changes below about 7–13 points are noise). A change exactly equal
 * to the MDC is not within error.
 *
 * Throws RangeError for a non-finite LSI or an MDC that is not a positive finite number: callers hold
 * LSIs that are numbers or null, and must not pass a null one here.
 */
export function changeWithinMeasurementError(previousLsi: number, currentLsi: number, mdc: number): boolean {
  if (!Number.isFinite(previousLsi) || !Number.isFinite(currentLsi)) {
    throw new RangeError('changeWithinMeasurementError needs two finite values');
  }
  if (!Number.isFinite(mdc) || mdc <= 0) throw new RangeError('the MDC must be a positive finite number');
  return meetsThreshold(Math.abs(currentLsi - previousLsi), { comparator: '<', threshold: mdc }) === true;
}
