import { RefreshTokenEntity } from '../core/auth/refresh-token.entity.js';
import { ClinicEntity } from '../modules/clinics/clinic.entity.js';
import { EpisodeEntity } from '../modules/episodes/episode.entity.js';
import { PatientEntity } from '../modules/patients/patient.entity.js';
import { UserEntity } from '../modules/users/user.entity.js';

/** Every entity, listed explicitly: glob discovery does not work under ESM. */
export const ENTITIES = [ClinicEntity, UserEntity, RefreshTokenEntity, PatientEntity, EpisodeEntity];
