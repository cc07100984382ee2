import {
  computeMeasure,
  criteriaForPhase,
  describeIssues,
  evaluateCriteria,
  generatePrescription,
  latestCriterionValues,
  nextPhase,
  startPhaseKey,
  validateDosage,
  type LibraryExercise,
  type PrescribedExercise,
  type ProtocolDefinition,
  type RecordedMeasure,
} from '@proprio/clinical';
import type { EntityManager } from 'typeorm';
import { AssessmentEntity } from '../assessments/assessment.entity.js';
import { MeasurementEntity } from '../assessments/measurement.entity.js';
import type { EpisodeEntity } from '../episodes/episode.entity.js';
import { NoteAddendumEntity } from '../notes/note-addendum.entity.js';
import { noteContentHash } from '../notes/note-content-hash.js';
import { NoteEntity } from '../notes/note.entity.js';
import { PhaseTransitionEntity } from '../programmes/phase-transition.entity.js';
import { ProgrammeRevisionEntity, type RevisionKind } from '../programmes/programme-revision.entity.js';
import { ProgrammeEntity } from '../programmes/programme.entity.js';
import { TreatmentSessionEntity } from '../sessions/treatment-session.entity.js';
import type { DemoAssessment, DemoNote, DemoProgramme } from './demo-data.js';

/** The demo's calendar: every date is counted back from one seeding day, so a run is reproducible. */
export class DemoCalendar {
  constructor(readonly today: string) {}

  daysAgo(days: number): string {
    const [year, month, day] = this.today.split('-').map(Number) as [number, number, number];
    return new Date(Date.UTC(year, month - 1, day - days)).toISOString().slice(0, 10);
  }

  /** A time of day on that date (UTC), for the record's own timestamps. */
  at(days: number, time: string): Date {
    return new Date(`${this.daysAgo(days)}T${time}:00.000Z`);
  }
}

/** Within one day: tests first, then the visit, then the programme change, then the day's notes. */
const TIME = {
  assigned: '08:30',
  addendum: '08:45',
  assessment: '09:00',
  visit: '10:30',
  change: '12:00',
  signed: '17:00',
} as const;

export interface DemoContext {
  manager: EntityManager;
  calendar: DemoCalendar;
  clinicId: string;
  therapistId: string;
  assistantId: string;
  episode: EpisodeEntity;
}

/** Test sessions with every value computed by the clinical library, as the API stores them. */
export async function seedDemoAssessments(
  demo: DemoContext,
  assessments: readonly DemoAssessment[],
): Promise<RecordedMeasure[]> {
  const { manager, calendar, clinicId, therapistId, episode } = demo;
  const recorded: RecordedMeasure[] = [];
  for (const a of assessments) {
    const performedOn = calendar.daysAgo(a.daysAgo);
    const createdAt = calendar.at(a.daysAgo, TIME.assessment);
    const { identifiers } = await manager.getRepository(AssessmentEntity).insert({
      clinicId,
      episodeId: episode.id,
      performedOn,
      isBaseline: false,
      testerId: therapistId,
      bodyMassKg: a.bodyMassKg,
      notes: a.notes,
      createdBy: therapistId,
      createdAt,
      updatedAt: createdAt,
    });
    const assessmentId = (identifiers[0] as { id: string }).id;
    for (const m of a.measurements) {
      const outcome = computeMeasure(m.type, m.input, { bodyMassKg: a.bodyMassKg });
      if (!outcome.ok) {
        throw new Error(`demo ${m.type} on day -${a.daysAgo} is invalid: ${describeIssues(outcome.issues).join('; ')}`);
      }
      await manager.getRepository(MeasurementEntity).save({
        clinicId,
        episodeId: episode.id,
        assessmentId,
        type: m.type,
        input: m.input,
        result: outcome.value.result,
        lsi: outcome.value.lsi,
        status: 'current',
        supersedesId: null,
        changeReason: null,
        createdBy: therapistId,
        createdAt,
        voidedAt: null,
        voidedBy: null,
      });
      recorded.push({ date: performedOn, outcome: outcome.value });
    }
  }
  return recorded;
}

/**
 * Replays a programme's life as the programmes API would have written it: the assignment with its
 * generated prescription, each phase advance with the criteria as they stood that day (and a new
 * prescription), each edit, and the visits logged against the prescription in force. Item ids come
 * from a counter so that a run is reproducible.
 */
export async function seedDemoProgramme(
  demo: DemoContext,
  spec: DemoProgramme,
  protocol: { versionId: string; definition: ProtocolDefinition },
  library: readonly LibraryExercise[],
  measures: readonly RecordedMeasure[],
  nextItemId: () => string,
): Promise<void> {
  const { manager, calendar, clinicId, therapistId, assistantId, episode } = demo;
  const { definition } = protocol;
  const names = new Map(library.map((e) => [e.id, e.name]));
  const prescribe = (phaseKey: string) =>
    generatePrescription({
      definition,
      phaseKey,
      equipment: spec.equipment,
      exercises: library,
      newId: nextItemId,
    }).items;

  let phaseKey = startPhaseKey(definition, {
    surgeryDate: episode.surgeryDate,
    today: calendar.daysAgo(spec.assignedDaysAgo),
  });
  let items = prescribe(phaseKey);
  let phaseStartedDaysAgo = spec.assignedDaysAgo;
  const revisions: {
    kind: RevisionKind;
    reason: string | null;
    phaseKey: string;
    items: PrescribedExercise[];
    at: Date;
  }[] = [{ kind: 'assigned', reason: null, phaseKey, items, at: calendar.at(spec.assignedDaysAgo, TIME.assigned) }];
  const transitions: Omit<PhaseTransitionEntity, 'id' | 'clinicId' | 'programmeId' | 'programme' | 'user'>[] = [];
  const sessions: Omit<TreatmentSessionEntity, 'id' | 'episode' | 'recorder' | 'version'>[] = [];

  type Event =
    | { daysAgo: number; order: number; kind: 'visit'; visit: DemoProgramme['visits'][number] }
    | { daysAgo: number; order: number; kind: 'advance'; advance: DemoProgramme['advances'][number] }
    | { daysAgo: number; order: number; kind: 'edit'; edit: DemoProgramme['edits'][number] };
  const events: Event[] = [
    ...spec.visits.map((visit) => ({ daysAgo: visit.daysAgo, order: 0, kind: 'visit' as const, visit })),
    ...spec.advances.map((advance) => ({ daysAgo: advance.daysAgo, order: 1, kind: 'advance' as const, advance })),
    ...spec.edits.map((edit) => ({ daysAgo: edit.daysAgo, order: 1, kind: 'edit' as const, edit })),
  ].sort((x, y) => y.daysAgo - x.daysAgo || x.order - y.order);

  for (const event of events) {
    const on = calendar.daysAgo(event.daysAgo);
    if (event.daysAgo > spec.assignedDaysAgo) throw new Error(`demo event on ${on} before the programme`);
    switch (event.kind) {
      case 'visit': {
        const { visit } = event;
        sessions.push({
          clinicId,
          episodeId: episode.id,
          performedOn: on,
          pain: visit.pain,
          rpe: visit.rpe,
          notes: visit.notes,
          exercises: items.slice(0, visit.exercisesDone).map((item) => ({
            programmeItemId: item.id,
            exerciseId: item.exerciseId,
            exerciseName: names.get(item.exerciseId)!,
            sets: item.dosage.sets,
            reps: item.dosage.reps,
            holdSeconds: item.dosage.holdSeconds,
            loadKg: item.dosage.loadKg,
            notes: null,
          })),
          recordedBy: visit.recordedBy === 'therapist' ? therapistId : assistantId,
          createdAt: calendar.at(event.daysAgo, TIME.visit),
        });
        break;
      }
      case 'advance': {
        const next = nextPhase(definition, phaseKey);
        if (next === null) throw new Error(`demo advance on ${on}: ${phaseKey} is the last phase`);
        const criteria = criteriaForPhase(definition, phaseKey, spec.returnToSportSetKey) ?? [];
        const values = latestCriterionValues({
          measures: measures.filter((m) => m.date <= on),
          questionnaires: [],
          surgeryDate: episode.surgeryDate,
          asOf: on,
        });
        const evaluation = evaluateCriteria(criteria, values);
        const reason = event.advance.overrideReason;
        if (!evaluation.allMet && reason === null) {
          throw new Error(`demo advance from ${phaseKey} on ${on} has unmet criteria and no override reason`);
        }
        const overrideReason = evaluation.allMet ? null : reason;
        const at = calendar.at(event.daysAgo, TIME.change);
        transitions.push({
          fromPhaseKey: phaseKey,
          toPhaseKey: next.key,
          allMet: evaluation.allMet,
          overrideReason,
          criteria: evaluation,
          transitionedBy: therapistId,
          transitionedAt: at,
        });
        phaseKey = next.key;
        phaseStartedDaysAgo = event.daysAgo;
        items = prescribe(phaseKey);
        revisions.push({ kind: 'phase_advanced', reason: overrideReason, phaseKey, items, at });
        break;
      }
      case 'edit': {
        const { edit } = event;
        const item = items[edit.itemIndex];
        if (!item) throw new Error(`demo edit on ${on}: no item ${edit.itemIndex}`);
        const dosage = validateDosage({ ...item.dosage, ...edit.dosage });
        if (!dosage.ok) throw new Error(`demo edit on ${on}: ${describeIssues(dosage.issues).join('; ')}`);
        items = items.map((it, i) => (i === edit.itemIndex ? { ...it, dosage: dosage.value } : it));
        revisions.push({
          kind: 'edited',
          reason: edit.reason,
          phaseKey,
          items,
          at: calendar.at(event.daysAgo, TIME.change),
        });
        break;
      }
    }
  }

  const createdAt = revisions[0]!.at;
  const { identifiers } = await manager.getRepository(ProgrammeEntity).insert({
    clinicId,
    episodeId: episode.id,
    protocolVersionId: protocol.versionId,
    therapistId,
    currentPhaseKey: phaseKey,
    phaseStartedOn: calendar.daysAgo(phaseStartedDaysAgo),
    returnToSportSetKey: spec.returnToSportSetKey,
    equipment: spec.equipment,
    items,
    revision: revisions.length,
    createdBy: therapistId,
    createdAt,
    updatedAt: revisions[revisions.length - 1]!.at,
    // Every change after the assignment went through a versioned update.
    version: revisions.length,
  });
  const programmeId = (identifiers[0] as { id: string }).id;
  await manager.getRepository(ProgrammeRevisionEntity).insert(
    revisions.map((r, i) => ({
      clinicId,
      programmeId,
      number: i + 1,
      kind: r.kind,
      reason: r.reason,
      phaseKey: r.phaseKey,
      items: r.items,
      changedBy: therapistId,
      changedAt: r.at,
    })),
  );
  if (transitions.length > 0) {
    await manager
      .getRepository(PhaseTransitionEntity)
      .insert(transitions.map((t) => ({ ...t, clinicId, programmeId })));
  }
  if (sessions.length > 0) await manager.getRepository(TreatmentSessionEntity).insert(sessions);
}

/** Who signs the demo notes, as identified when signing. */
export interface DemoSigner {
  id: string;
  name: string;
  title: string | null;
}

/**
 * Signed notes as the notes API would have written them: a draft (the only way a note can be
 * inserted), then signed by an UPDATE that adds the signer's name and title, the time and the hash of
 * the signed content and changes nothing else (the signing trigger checks both). Then their addenda.
 * Only the demo back-dates the signature, so that the history reads like months of care.
 */
export async function seedDemoNotes(demo: DemoContext, notes: readonly DemoNote[], signer: DemoSigner): Promise<void> {
  const { manager, calendar, clinicId, episode } = demo;
  for (const spec of notes) {
    const signedAt = calendar.at(spec.signedDaysAgo, TIME.signed);
    const content = {
      type: spec.type,
      periodStart: calendar.daysAgo(spec.periodStartDaysAgo),
      periodEnd: calendar.daysAgo(spec.periodEndDaysAgo),
      subjective: spec.subjective,
      objective: spec.objective,
      assessment: spec.assessment,
      plan: spec.plan,
    };
    const draftedAt = calendar.at(spec.signedDaysAgo, TIME.change);
    const { identifiers } = await manager.getRepository(NoteEntity).insert({
      ...content,
      clinicId,
      episodeId: episode.id,
      status: 'draft',
      authorId: signer.id,
      createdAt: draftedAt,
      updatedAt: draftedAt,
      version: 1,
    });
    const noteId = (identifiers[0] as { id: string }).id;
    await manager
      .createQueryBuilder()
      .update(NoteEntity)
      .set({
        status: 'signed',
        signedBy: signer.id,
        signedAt,
        signerName: signer.name,
        signerTitle: signer.title,
        contentHash: noteContentHash({
          ...content,
          noteId,
          episodeId: episode.id,
          signerId: signer.id,
          signerName: signer.name,
          signerTitle: signer.title,
          signedAt: signedAt.toISOString(),
        }),
        updatedAt: signedAt,
        // Drafted, then signed: two versioned writes.
        version: 2,
      })
      .where('id = :noteId AND clinic_id = :clinicId', { noteId, clinicId })
      .execute();
    for (const addendum of spec.addenda) {
      await manager.getRepository(NoteAddendumEntity).insert({
        clinicId,
        noteId,
        body: addendum.body,
        signedBy: signer.id,
        signerName: signer.name,
        signerTitle: signer.title,
        signedAt: calendar.at(addendum.daysAgo, TIME.addendum),
      });
    }
  }
}
