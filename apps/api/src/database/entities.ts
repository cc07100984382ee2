import { RefreshTokenEntity } from '../core/auth/refresh-token.entity.js';
import { AssessmentEntity } from '../modules/assessments/assessment.entity.js';
import { MeasurementEntity } from '../modules/assessments/measurement.entity.js';
import { ClinicEntity } from '../modules/clinics/clinic.entity.js';
import { EpisodeEntity } from '../modules/episodes/episode.entity.js';
import { ExerciseEntity } from '../modules/library/exercise.entity.js';
import { ProtocolVersionEntity } from '../modules/library/protocol-version.entity.js';
import { ProtocolEntity } from '../modules/library/protocol.entity.js';
import { NoteAddendumEntity } from '../modules/notes/note-addendum.entity.js';
import { NoteEntity } from '../modules/notes/note.entity.js';
import { PatientEntity } from '../modules/patients/patient.entity.js';
import { PhaseTransitionEntity } from '../modules/programmes/phase-transition.entity.js';
import { ProgrammeRevisionEntity } from '../modules/programmes/programme-revision.entity.js';
import { ProgrammeEntity } from '../modules/programmes/programme.entity.js';
import { QuestionnaireResponseEntity } from '../modules/questionnaires/questionnaire-response.entity.js';
import { TreatmentSessionEntity } from '../modules/sessions/treatment-session.entity.js';
import { UserEntity } from '../modules/users/user.entity.js';

/** Every entity, listed explicitly: glob discovery does not work under ESM. */
export const ENTITIES = [
  ClinicEntity,
  UserEntity,
  RefreshTokenEntity,
  PatientEntity,
  EpisodeEntity,
  AssessmentEntity,
  MeasurementEntity,
  QuestionnaireResponseEntity,
  ExerciseEntity,
  ProtocolEntity,
  ProtocolVersionEntity,
  ProgrammeEntity,
  ProgrammeRevisionEntity,
  PhaseTransitionEntity,
  TreatmentSessionEntity,
  NoteEntity,
  NoteAddendumEntity,
];
