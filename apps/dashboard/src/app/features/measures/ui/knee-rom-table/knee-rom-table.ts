import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import type { KneeRomResult } from '@proprio/clinical';

import { errorPaths, presentIssues } from '../../data/issue-presentation';
import { describeKneeRomPath, kneeRomDraft, type KneeRomForm, type KneeRomValue } from '../../data/knee-signs-form';
import { evaluateDraft } from '../../data/measure-draft';
import { LIMB_LABELS, LIMBS, type Limb } from '../../data/measure-labels';

/**
 * Knee range of motion of both knees: extension deficit (negative for hyperextension) and flexion.
 * The arc and the side-to-side differences come from the library as the angles are typed.
 */
@Component({
  selector: 'app-knee-rom-table',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule],
  templateUrl: './knee-rom-table.html',
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      gap: 8px;
    }
    .summary {
      display: flex;
      flex-wrap: wrap;
      gap: 8px 24px;
    }
  `,
})
export class KneeRomTable {
  readonly form = input.required<KneeRomForm>();
  readonly snapshot = input.required<KneeRomValue>();
  readonly submitted = input(false);

  protected readonly limbs = LIMBS;
  protected readonly limbLabels = LIMB_LABELS;

  protected readonly live = computed(() => evaluateDraft(kneeRomDraft(this.snapshot())));
  protected readonly issues = computed(() =>
    presentIssues(this.live(), this.form(), describeKneeRomPath, this.submitted()),
  );
  protected readonly invalid = computed(() => errorPaths(this.issues()));
  protected readonly result = computed(() => {
    const live = this.live();
    return live.status === 'computed' ? (live.outcome.result as KneeRomResult) : null;
  });

  protected arc(limb: Limb): string {
    const result = this.result();
    return degrees(result?.[limb]?.arcDeg ?? null);
  }

  protected readonly extensionDifference = computed(() => degrees(this.result()?.extensionDifferenceDeg ?? null));
  protected readonly flexionDeficit = computed(() => degrees(this.result()?.flexionDeficitDeg ?? null));

  protected cellInvalid(limb: Limb, control: 'extensionDeficit' | 'flexion'): boolean {
    const invalid = this.invalid();
    return invalid.has(`${limb}.${control}`) || invalid.has(limb);
  }
}

function degrees(value: number | null): string {
  return value === null ? '—' : `${value}°`;
}
