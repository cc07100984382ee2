import type { DataSource } from 'typeorm';
import type { PasswordService } from '../../core/auth/password.service.js';
import { ClinicEntity } from '../clinics/clinic.entity.js';
import { EpisodeEntity } from '../episodes/episode.entity.js';
import { PatientEntity } from '../patients/patient.entity.js';
import { UserEntity } from '../users/user.entity.js';
import { DEMO_CLINIC, DEMO_PASSWORD, DEMO_PATIENTS, DEMO_USERS } from './demo-data.js';

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

/**
 * Seeds the demo clinic into an empty database (no clinic yet), all in one transaction. Returns
 * whether it seeded. A database that already has a clinic is never touched.
 */
export async function seedDemoData(dataSource: DataSource, passwords: PasswordService): Promise<boolean> {
  const passwordHash = await passwords.hash(DEMO_PASSWORD);
  return dataSource.transaction(async (manager) => {
    // Serialise concurrent first starts (several instances on one database).
    await manager.query('SELECT pg_advisory_xact_lock(4242001)');
    if ((await manager.getRepository(ClinicEntity).count()) > 0) return false;
    const clinic = await manager.getRepository(ClinicEntity).save({ name: DEMO_CLINIC });
    const users = await manager
      .getRepository(UserEntity)
      .save(DEMO_USERS.map((u) => ({ ...u, clinicId: clinic.id, passwordHash, disabledAt: null })));
    const therapist = users.find((u) => u.role === 'therapist') ?? users[0]!;
    for (const p of DEMO_PATIENTS) {
      const { episode, ...fields } = p;
      const patient = await manager
        .getRepository(PatientEntity)
        .save({ ...fields, clinicId: clinic.id, email: null, phone: null, archivedAt: null, createdBy: therapist.id });
      await manager.getRepository(EpisodeEntity).save({
        clinicId: clinic.id,
        patientId: patient.id,
        condition: 'acl_reconstruction',
        involvedSide: episode.involvedSide,
        injuryDate: daysAgo(episode.injuryDaysAgo),
        surgeryDate: episode.surgeryDaysAgo === null ? null : daysAgo(episode.surgeryDaysAgo),
        graftType: episode.graftType,
        concomitantInjuries: episode.concomitantInjuries,
        sport: episode.sport,
        preInjuryTegner: episode.preInjuryTegner,
        status: 'active',
        archivedAt: null,
        createdBy: therapist.id,
      });
    }
    return true;
  });
}
