import { COMPARATOR_SIGNS, type CriterionEvaluation, type Dosage } from '@proprio/clinical';
import type { Episode, Programme, Progression } from '@proprio/contracts';
import { nonEmpty, type BundleEntries } from './bundle-entries.js';
import type { CarePlan, CarePlanActivity, Goal, Quantity, Reference } from './fhir-r4.js';
import type { Practitioners } from './participants.js';
import {
  codeable,
  CRITERION_UNIT_UCUM,
  criterionConcept,
  IDENTIFIER_SYSTEMS,
  STANDARD_CONCEPTS,
  UCUM_SYSTEM,
} from './terminology.js';
import { fhirString } from './text.js';

interface Context {
  entries: BundleEntries;
  subject: Reference;
  practitioners: Practitioners;
  condition: Reference;
}

export interface PlanResources {
  carePlan: Reference;
  goals: Reference[];
}

const PLAN_STATUS: Readonly<Record<Episode['status'], CarePlan['status']>> = {
  active: 'active',
  on_hold: 'on-hold',
  discharged: 'completed',
};

const ACTIVITY_STATUS: Readonly<Record<Episode['status'], CarePlanActivity['detail']['status']>> = {
  active: 'in-progress',
  on_hold: 'on-hold',
  discharged: 'completed',
};

/**
 * The programme as a CarePlan: the protocol and the current phase in the title, one activity per
 * prescribed exercise with its dosage in words and its weekly frequency, and a Goal per exit criterion
 * of the current phase (for the return-to-sport phase, the chosen criteria set) with whether it is met.
 */
export function carePlan(
  ctx: Context,
  episode: Episode,
  programme: Programme,
  progression: Progression | null,
): PlanResources {
  const goals = (progression?.evaluation.criteria ?? []).map((criterion) =>
    goal(ctx, criterion, progression!.currentPhase.name),
  );
  const title = fhirString(`${programme.protocolTitle}: ${programme.currentPhaseName}`) ?? 'Rehabilitation programme';
  const description = [
    `Protocol ${programme.protocolTitle}, version ${programme.protocolVersionNumber}.`,
    `Current phase: ${programme.currentPhaseName}, since ${programme.phaseStartedOn}.`,
    `Return-to-sport criteria set: ${programme.returnToSportSetKey}.`,
  ].join(' ');
  const carePlan = ctx.entries.add(
    (id): CarePlan => ({
      resourceType: 'CarePlan',
      id,
      identifier: [{ system: IDENTIFIER_SYSTEMS.programme, value: programme.id }],
      status: PLAN_STATUS[episode.status],
      intent: 'plan',
      title,
      description: fhirString(description) ?? title,
      subject: ctx.subject,
      period: { start: programme.createdAt },
      author: ctx.practitioners.reference(programme.therapistId),
      addresses: [ctx.condition],
      goal: nonEmpty(goals),
      activity: programme.items.map((item) => {
        const notes = fhirString(item.notes);
        return {
          detail: {
            code: { text: fhirString(item.exerciseName) ?? 'Exercise' },
            status: ACTIVITY_STATUS[episode.status],
            description: notes ? `${dosageText(item.dosage)}. ${notes}` : dosageText(item.dosage),
            scheduledTiming: { repeat: { frequency: item.dosage.frequencyPerWeek, period: 1, periodUnit: 'wk' } },
          },
        };
      }),
    }),
    title,
  ).reference;
  return { carePlan, goals };
}

/** "3 × 10 reps, 5 s hold, 12.5 kg, 3×/week": the dosage as a programme sheet writes it. */
export function dosageText(dosage: Dosage): string {
  const { sets, reps, holdSeconds, loadKg, frequencyPerWeek } = dosage;
  const parts: string[] = [];
  if (reps !== null) parts.push(`${sets} × ${reps} ${reps === 1 ? 'rep' : 'reps'}`);
  if (holdSeconds !== null) parts.push(reps === null ? `${sets} × ${holdSeconds} s hold` : `${holdSeconds} s hold`);
  if (reps === null && holdSeconds === null) parts.push(`${sets} ${sets === 1 ? 'set' : 'sets'}`);
  if (loadKg !== null && loadKg > 0) parts.push(`${loadKg} kg`);
  parts.push(`${frequencyPerWeek}×/week`);
  return parts.join(', ');
}

function goal(ctx: Context, criterion: CriterionEvaluation, phaseName: string): Reference {
  const unit =
    criterion.unit === null ? '' : ['%', '°'].includes(criterion.unit) ? criterion.unit : ` ${criterion.unit}`;
  const description = `${criterion.label} ${COMPARATOR_SIGNS[criterion.comparator]} ${String(criterion.threshold)}${unit}`;
  const achievement =
    criterion.status === 'met'
      ? STANDARD_CONCEPTS.goalAchieved
      : criterion.status === 'not_met'
        ? STANDARD_CONCEPTS.goalInProgress
        : null;
  const notes = [
    `Exit criterion of ${phaseName}.`,
    criterion.bonus ? 'A bonus criterion: reported, but it does not gate the phase.' : null,
    criterion.status === 'not_measured' ? 'Not measured yet.' : null,
  ].filter((n) => n !== null);
  return ctx.entries.add(
    (id): Goal => ({
      resourceType: 'Goal',
      id,
      lifecycleStatus: 'active',
      ...(achievement ? { achievementStatus: codeable(achievement) } : {}),
      description: { text: description },
      subject: ctx.subject,
      target: [{ measure: codeable(criterionConcept(criterion.measure), criterion.label), ...targetDetail(criterion) }],
      ...(criterion.date ? { statusDate: criterion.date } : {}),
      note: [{ text: notes.join(' ') }],
      addresses: [ctx.condition],
    }),
    description,
  ).reference;
}

function targetDetail(criterion: CriterionEvaluation): Omit<Goal['target'][number], 'measure'> {
  const { threshold, comparator } = criterion;
  if (typeof threshold === 'boolean') return { detailBoolean: threshold };
  if (typeof threshold === 'string') return { detailString: `${COMPARATOR_SIGNS[comparator]} ${threshold}` };
  const code = criterion.unit === null ? undefined : CRITERION_UNIT_UCUM[criterion.unit];
  const quantity: Quantity = {
    value: threshold,
    ...(comparator === '==' ? {} : { comparator }),
    ...(criterion.unit ? { unit: criterion.unit } : {}),
    ...(code ? { system: UCUM_SYSTEM, code } : {}),
  };
  return { detailQuantity: quantity };
}
