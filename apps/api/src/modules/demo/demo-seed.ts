import { SEEDED_PROTOCOL, type LibraryExercise } from '@proprio/clinical';
import { IsNull, type DataSource, type EntityManager } from 'typeorm';
import type { PasswordService } from '../../core/auth/password.service.js';
import { ClinicEntity } from '../clinics/clinic.entity.js';
import { EpisodeEntity } from '../episodes/episode.entity.js';
import { ExerciseEntity } from '../library/exercise.entity.js';
import { ProtocolVersionEntity } from '../library/protocol-version.entity.js';
import { PatientEntity } from '../patients/patient.entity.js';
import { UserEntity } from '../users/user.entity.js';
import { DEMO_CLINIC, DEMO_PASSWORD, DEMO_PATIENTS, DEMO_USERS } from './demo-data.js';
import { DemoCalendar, seedDemoAssessments, seedDemoNotes, seedDemoProgramme } from './demo-records.js';

/**
 * Seeds the demo clinic into an empty database (no clinic yet), all in one transaction. Returns
 * whether it seeded. A database that already has a clinic is never touched. Needs the seeded library
 * (syncReferenceLibrary runs first at start-up): two demo episodes follow the seeded protocol.
 *
 * Deterministic: every date is counted back from `now`'s day and nothing random goes into the
 * records' content (programme item ids come from a counter), so one day's seed is always the same.
 */
export async function seedDemoData(
  dataSource: DataSource,
  passwords: PasswordService,
  now: Date = new Date(),
): Promise<boolean> {
  const passwordHash = await passwords.hash(DEMO_PASSWORD);
  const calendar = new DemoCalendar(now.toISOString().slice(0, 10));
  return dataSource.transaction(async (manager) => {
    // Serialise concurrent first starts (several instances on one database).
    await manager.query('SELECT pg_advisory_xact_lock(4242001)');
    if ((await manager.getRepository(ClinicEntity).count()) > 0) return false;
    const clinic = await manager.getRepository(ClinicEntity).save({ name: DEMO_CLINIC });
    const users = await manager
      .getRepository(UserEntity)
      .save(DEMO_USERS.map((u) => ({ ...u, clinicId: clinic.id, passwordHash, disabledAt: null })));
    const therapist = users.find((u) => u.role === 'therapist') ?? users[0]!;
    const assistant = users.find((u) => u.role === 'assistant') ?? therapist;
    const library = await seededLibrary(manager);
    const protocol = await seededProtocol(manager);
    let itemCount = 0;
    const nextItemId = () => `de300000-0000-4000-8000-${(++itemCount).toString(16).padStart(12, '0')}`;

    for (const p of DEMO_PATIENTS) {
      const { episode: spec, assessments, programme, notes, ...fields } = p;
      const patient = await manager
        .getRepository(PatientEntity)
        .save({ ...fields, clinicId: clinic.id, email: null, phone: null, archivedAt: null, createdBy: therapist.id });
      const episode = await manager.getRepository(EpisodeEntity).save({
        clinicId: clinic.id,
        patientId: patient.id,
        condition: 'acl_reconstruction',
        involvedSide: spec.involvedSide,
        injuryDate: calendar.daysAgo(spec.injuryDaysAgo),
        surgeryDate: spec.surgeryDaysAgo === null ? null : calendar.daysAgo(spec.surgeryDaysAgo),
        graftType: spec.graftType,
        concomitantInjuries: spec.concomitantInjuries,
        sport: spec.sport,
        preInjuryTegner: spec.preInjuryTegner,
        status: 'active',
        archivedAt: null,
        createdBy: therapist.id,
      });
      const demo = {
        manager,
        calendar,
        clinicId: clinic.id,
        therapistId: therapist.id,
        assistantId: assistant.id,
        episode,
      };
      const measures = await seedDemoAssessments(demo, assessments ?? []);
      if (programme) await seedDemoProgramme(demo, programme, protocol, library, measures, nextItemId);
      const signer = { id: therapist.id, name: therapist.displayName, title: therapist.professionalTitle };
      if (notes) await seedDemoNotes(demo, notes, signer);
    }
    return true;
  });
}

/** The seeded exercises, as programme generation sees them. */
async function seededLibrary(manager: EntityManager): Promise<LibraryExercise[]> {
  const rows = await manager.find(ExerciseEntity, { where: { clinicId: IsNull() }, order: { catalogueNumber: 'ASC' } });
  return rows.map((row) => ({
    id: row.id,
    catalogueNumber: row.catalogueNumber,
    name: row.name,
    skills: row.skills,
    equipment: row.equipment,
    phases: row.phases,
    defaultDosage: row.defaultDosage,
    archived: row.archivedAt !== null,
  }));
}

/** The latest version of the seeded post-ACL protocol, as the reference-library sync stored it. */
async function seededProtocol(manager: EntityManager) {
  const version = await manager.findOne(ProtocolVersionEntity, {
    where: { protocolId: SEEDED_PROTOCOL.id },
    order: { number: 'DESC' },
  });
  if (!version) throw new Error('The seeded protocol is missing: run syncReferenceLibrary before the demo seed');
  return { versionId: version.id, definition: version.definition };
}
