import type {
  Dosage,
  Equipment,
  Evidence,
  ProgressionVariable,
  ProtocolDefinition,
  Skill,
  StandardPhase,
} from '@proprio/clinical';

/**
 * The exercise library and protocols.
 *
 * - `GET /api/v1/exercises?q&skill&equipment&phase&source&includeArchived&limit&offset` → Page<Exercise>
 *   (seeded exercises and the clinic's own). `skill`, `equipment` and `phase` may repeat; an exercise
 *   must have every skill and phase asked for, and need no equipment outside the `equipment` list when
 *   `availableOnly=true`, else include each equipment asked for.
 * - `GET /api/v1/exercises/{id}`, `POST /api/v1/exercises` (library:write), `PUT /api/v1/exercises/{id}`
 *   (library:write, with `version`; a seeded exercise is read-only: 403 SEEDED_READ_ONLY),
 *   `POST /api/v1/exercises/{id}/archive` and `/restore`.
 * - `GET /api/v1/protocols` → Page<ProtocolSummary>; `GET /api/v1/protocols/{id}` → Protocol (with versions);
 *   `POST /api/v1/protocols` (library:write) → Protocol with version 1;
 *   `POST /api/v1/protocols/{id}/clone` → a new clinic protocol from a version;
 *   `POST /api/v1/protocols/{id}/versions` → a new version (the way to edit a version in use);
 *   `GET /api/v1/protocol-versions/{id}` → ProtocolVersion;
 *   `PUT /api/v1/protocol-versions/{id}` → edits an unused clinic version in place; a version assigned to
 *   a programme answers 409 PROTOCOL_VERSION_IN_USE and a seeded one 403 SEEDED_READ_ONLY.
 */
export type ExerciseSource = 'seeded' | 'clinic';

export interface Exercise {
  id: string;
  source: ExerciseSource;
  /** Catalogue number in REFERENCE §5 for seeded exercises; null for a clinic's own. */
  catalogueNumber: number | null;
  name: string;
  description: string | null;
  skills: Skill[];
  equipment: Equipment[];
  phases: StandardPhase[];
  defaultDosage: Dosage;
  /** Where the default dosage comes from (e.g. "FIFA 11+", "Typical"), with its evidence tag. */
  dosageSource: string | null;
  dosageEvidence: Evidence | null;
  progressionVariables: ProgressionVariable[];
  /** How to progress, in words (e.g. "eyes closed; foam"). */
  progressionNotes: string | null;
  archivedAt: string | null;
  version: number;
}

export interface ExerciseRequest {
  name: string;
  description?: string | null;
  skills: Skill[];
  equipment: Equipment[];
  phases: StandardPhase[];
  defaultDosage: Dosage;
  progressionVariables: ProgressionVariable[];
  progressionNotes?: string | null;
}

export interface UpdateExerciseRequest extends ExerciseRequest {
  version: number;
}

export type ProtocolSource = 'seeded' | 'clinic';

export interface ProtocolVersionSummary {
  id: string;
  number: number;
  createdAt: string;
  createdBy: string | null;
  /** Assigned to at least one programme: never edited again. */
  inUse: boolean;
}

export interface ProtocolSummary {
  id: string;
  source: ProtocolSource;
  title: string;
  description: string | null;
  latestVersion: ProtocolVersionSummary;
  archivedAt: string | null;
}

export interface Protocol extends ProtocolSummary {
  /** Newest first. */
  versions: ProtocolVersionSummary[];
  clonedFromVersionId: string | null;
  version: number;
}

/** A protocol version with its definition; each phase exercise also carries the exercise's name. */
export interface ProtocolVersion extends ProtocolVersionSummary {
  protocolId: string;
  title: string;
  definition: ProtocolDefinition;
  exerciseNames: Record<string, string>;
  version: number;
}

export interface CreateProtocolRequest {
  title: string;
  description?: string | null;
  definition: ProtocolDefinition;
}

export interface CloneProtocolRequest {
  title: string;
  /** The version to copy; the latest when omitted. */
  versionId?: string;
}

export interface CreateProtocolVersionRequest {
  definition: ProtocolDefinition;
}

export interface UpdateProtocolVersionRequest {
  version: number;
  definition: ProtocolDefinition;
}
