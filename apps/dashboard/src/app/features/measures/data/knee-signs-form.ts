import { FormControl, FormGroup } from '@angular/forms';
import { EFFUSION_GRADES, isEffusionGrade, type EffusionGrade } from '@proprio/clinical';

import { decimalText, parseDecimal } from '../../../shared/format/decimal';
import { LIMB_LABELS, LIMBS, type Limb } from './measure-labels';
import type { MeasureDraft } from './measure-draft';

/*
 * The knee's clinical signs of the early phases: range of motion (both knees), effusion (stroke
 * test) and quadriceps lag. Raw values only; the clinical library checks them (computeMeasure) and
 * derives the arc and the side-to-side differences.
 */

export type KneeRomLimbForm = FormGroup<{
  extensionDeficit: FormControl<string>;
  flexion: FormControl<string>;
}>;
export type KneeRomForm = FormGroup<{ involved: KneeRomLimbForm; uninvolved: KneeRomLimbForm }>;
export type KneeRomValue = ReturnType<KneeRomForm['getRawValue']>;

export type EffusionForm = FormGroup<{ grade: FormControl<EffusionGrade | ''> }>;
export type EffusionValue = ReturnType<EffusionForm['getRawValue']>;

export type QuadricepsLagForm = FormGroup<{ degrees: FormControl<string> }>;
export type QuadricepsLagValue = ReturnType<QuadricepsLagForm['getRawValue']>;

/** Stroke-test grades as clinicians write them. */
export const EFFUSION_GRADE_LABELS: Readonly<Record<EffusionGrade, string>> = {
  zero: 'Zero',
  trace: 'Trace',
  '1+': '1+',
  '2+': '2+',
  '3+': '3+',
};
export const EFFUSION_GRADE_OPTIONS = EFFUSION_GRADES;

const ROM_KEYS = { extensionDeficit: 'extensionDeficitDeg', flexion: 'flexionDeg' } as const;
type RomControl = keyof typeof ROM_KEYS;
const ROM_CONTROL_OF: Readonly<Record<string, RomControl>> = {
  extensionDeficitDeg: 'extensionDeficit',
  flexionDeg: 'flexion',
};
const ROM_CONTROL_LABELS: Readonly<Record<RomControl, string>> = {
  extensionDeficit: 'extension deficit',
  flexion: 'flexion',
};

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

function romLimbForm(limb: Record<string, unknown>): KneeRomLimbForm {
  return new FormGroup({
    extensionDeficit: new FormControl(decimalText(limb['extensionDeficitDeg']), { nonNullable: true }),
    flexion: new FormControl(decimalText(limb['flexionDeg']), { nonNullable: true }),
  });
}

/** The range-of-motion editor, empty or filled from a recorded input (to correct it). */
export function createKneeRom(input: Record<string, unknown> | null = null): KneeRomForm {
  return new FormGroup({
    involved: romLimbForm(record(input?.['involved'])),
    uninvolved: romLimbForm(record(input?.['uninvolved'])),
  });
}

/** One knee as the API takes it: only the values typed (a blank one is "not measured"). */
function romLimbInput(limb: KneeRomValue[Limb]): Record<string, number> {
  const input: Record<string, number> = {};
  for (const control of Object.keys(ROM_KEYS) as RomControl[]) {
    const value = parseDecimal(limb[control]);
    if (value !== null) {
      input[ROM_KEYS[control]] = value;
    }
  }
  return input;
}

/**
 * Knee range of motion as the API takes it: the involved knee (always), the other knee when any of
 * its values was typed; null when nothing was typed.
 */
export function kneeRomDraft(value: KneeRomValue): MeasureDraft | null {
  const involved = romLimbInput(value.involved);
  const uninvolved = romLimbInput(value.uninvolved);
  const uninvolvedTyped = Object.keys(uninvolved).length > 0;
  if (Object.keys(involved).length === 0 && !uninvolvedTyped) {
    return null;
  }
  return {
    type: 'knee_rom',
    input: uninvolvedTyped ? { involved, uninvolved } : { involved },
    controlPath: (field) => {
      const [limb, key] = field.split('.');
      if (!LIMBS.includes(limb as Limb)) {
        return null;
      }
      const control = key === undefined ? undefined : ROM_CONTROL_OF[key];
      return control === undefined ? (limb ?? null) : `${limb}.${control}`;
    },
  };
}

/** "Involved extension deficit". */
export function describeKneeRomPath(path: string): string {
  const [limb, control] = path.split('.');
  const label = LIMB_LABELS[limb as Limb] ?? path;
  const what = ROM_CONTROL_LABELS[control as RomControl];
  return what === undefined ? `${label} knee` : `${label} ${what}`;
}

export function createEffusion(input: Record<string, unknown> | null = null): EffusionForm {
  const grade = input?.['grade'];
  return new FormGroup({
    grade: new FormControl<EffusionGrade | ''>(isEffusionGrade(grade) ? grade : '', { nonNullable: true }),
  });
}

/** The stroke-test grade as the API takes it; null when not graded. */
export function effusionDraft(value: EffusionValue): MeasureDraft | null {
  if (value.grade === '') {
    return null;
  }
  return {
    type: 'effusion',
    input: { grade: value.grade },
    controlPath: (field) => (field === 'grade' ? 'grade' : null),
  };
}

export function describeEffusionPath(): string {
  return 'Effusion grade';
}

export function createQuadricepsLag(input: Record<string, unknown> | null = null): QuadricepsLagForm {
  return new FormGroup({ degrees: new FormControl(decimalText(input?.['degrees']), { nonNullable: true }) });
}

/** The lag in degrees as the API takes it; null when blank. */
export function quadricepsLagDraft(value: QuadricepsLagValue): MeasureDraft | null {
  const degrees = parseDecimal(value.degrees);
  if (degrees === null) {
    return null;
  }
  return {
    type: 'quadriceps_lag',
    input: { degrees },
    controlPath: (field) => (field === 'degrees' ? 'degrees' : null),
  };
}

export function describeQuadricepsLagPath(): string {
  return 'Quadriceps lag';
}
