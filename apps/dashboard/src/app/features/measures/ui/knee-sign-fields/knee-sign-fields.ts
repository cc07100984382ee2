import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';

import { errorPaths, presentIssues } from '../../data/issue-presentation';
import {
  describeEffusionPath,
  describeQuadricepsLagPath,
  EFFUSION_GRADE_LABELS,
  EFFUSION_GRADE_OPTIONS,
  effusionDraft,
  quadricepsLagDraft,
  type EffusionForm,
  type EffusionValue,
  type QuadricepsLagForm,
  type QuadricepsLagValue,
} from '../../data/knee-signs-form';
import { evaluateDraft } from '../../data/measure-draft';

let nextId = 0;

/**
 * Effusion (stroke-test grade) and quadriceps lag (degrees), each checked by the clinical library as
 * it is entered. Either may be left out (the correction dialog shows only the one being corrected).
 */
@Component({
  selector: 'app-knee-sign-fields',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule],
  templateUrl: './knee-sign-fields.html',
  styles: `
    :host {
      display: flex;
      flex-wrap: wrap;
      gap: 16px 40px;
    }
    .field {
      display: flex;
      flex-direction: column;
      gap: 4px;
    }
    .label {
      font: var(--mat-sys-label-large);
    }
    .cell-input,
    .cell-select {
      align-self: flex-start;
    }
    .hint {
      margin: 0;
      font: var(--mat-sys-body-small);
    }
  `,
})
export class KneeSignFields {
  readonly effusion = input<EffusionForm | null>(null);
  readonly effusionSnapshot = input<EffusionValue | null>(null);
  readonly quadricepsLag = input<QuadricepsLagForm | null>(null);
  readonly quadricepsLagSnapshot = input<QuadricepsLagValue | null>(null);
  readonly submitted = input(false);

  /** Unique per instance, so each label names its own field. */
  protected readonly ids = { effusion: `effusion-grade-${nextId}`, quadricepsLag: `quadriceps-lag-${nextId++}` };
  protected readonly grades = EFFUSION_GRADE_OPTIONS;
  protected readonly gradeLabels = EFFUSION_GRADE_LABELS;

  protected readonly effusionIssues = computed(() => {
    const form = this.effusion();
    const value = this.effusionSnapshot();
    if (!form || !value) {
      return [];
    }
    return presentIssues(evaluateDraft(effusionDraft(value)), form, describeEffusionPath, this.submitted());
  });
  protected readonly effusionInvalid = computed(() => errorPaths(this.effusionIssues()).size > 0);

  protected readonly lagIssues = computed(() => {
    const form = this.quadricepsLag();
    const value = this.quadricepsLagSnapshot();
    if (!form || !value) {
      return [];
    }
    return presentIssues(evaluateDraft(quadricepsLagDraft(value)), form, describeQuadricepsLagPath, this.submitted());
  });
  protected readonly lagInvalid = computed(() => errorPaths(this.lagIssues()).size > 0);
}
