import type { ProtocolCriterion, ProtocolDefinition, ProtocolPhase } from './protocol-types.js';

/** The position of a phase in the protocol (0-based), or -1 when the protocol has no such phase. */
export function phaseIndex(definition: ProtocolDefinition, key: string): number {
  return definition.phases.findIndex((phase) => phase.key === key);
}

/** The phase with this key, or null. */
export function findPhase(definition: ProtocolDefinition, key: string): ProtocolPhase | null {
  return definition.phases.find((phase) => phase.key === key) ?? null;
}

/**
 * The phase after `key`, or null when `key` is the last phase (nothing to advance to). Throws a
 * RangeError for a key the protocol does not have: a programme's current phase always comes from its
 * own protocol version, so an unknown key is a bug, not a user error.
 */
export function nextPhase(definition: ProtocolDefinition, key: string): ProtocolPhase | null {
  const index = phaseIndex(definition, key);
  if (index < 0) throw new RangeError(`The protocol has no phase '${key}'`);
  return definition.phases[index + 1] ?? null;
}

/**
 * The criteria that gate leaving a phase: its own exit criteria, or, for the return-to-sport gate
 * phase, the criteria of the return-to-sport set the programme chose. Null when the phase or (for
 * the gate phase) the set does not exist, so the caller can answer "unknown set" rather than
 * evaluate an empty gate. Bonus criteria are included: evaluateCriteria reports them without
 * letting them gate.
 */
export function criteriaForPhase(
  definition: ProtocolDefinition,
  phaseKey: string,
  returnToSportSetKey: string,
): ProtocolCriterion[] | null {
  const phase = findPhase(definition, phaseKey);
  if (phase === null) return null;
  if (!phase.returnToSportGate) return phase.exitCriteria;
  const set = definition.returnToSportSets.find((s) => s.key === returnToSportSetKey);
  return set === undefined ? null : set.criteria;
}
