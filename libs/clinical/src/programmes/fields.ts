import { fieldPath, type Issue } from '../validation/result.js';

/**
 * Issues for the keys of `record` outside `allowed`, named by their dotted path. Protocol data is
 * edited by hand and through the API: a misspelt key must be refused, not silently dropped.
 * Internal to programmes/ (not exported from the library).
 */
export function unknownKeys(record: object, allowed: readonly string[], field: string): Issue[] {
  return Object.keys(record)
    .filter((key) => !allowed.includes(key))
    .map((key) => ({ field: fieldPath(field, key), issue: 'is not a recognised field' }));
}
