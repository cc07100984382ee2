import { DatePipe } from '@angular/common';
import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  ElementRef,
  inject,
  Injector,
  input,
  output,
  signal,
  untracked,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { EQUIPMENT, EQUIPMENT_LABELS, type Equipment } from '@proprio/clinical';
import { MAX_PAGE_SIZE, type ApiError, type AssignProgrammeRequest, type Programme } from '@proprio/contracts';
import { map } from 'rxjs';

import { controlSnapshot } from '../../../core/forms/control-snapshot';
import { errorText } from '../../../core/forms/error-text';
import { applyServerErrors } from '../../../core/forms/server-errors';
import { requiredValidator } from '../../../core/forms/validators';
import { toApiError } from '../../../core/http/api-error';
import { DATE_FORMAT } from '../../../shared/labels/labels';
import { ErrorBanner } from '../../../shared/ui/error-banner';
import { ProtocolsApi } from '../../library/data/protocols-api';
import { typicalWeeksText } from '../data/criteria-text';
import { ProgrammesApi } from '../data/programmes-api';

type EquipmentControls = { [E in Equipment]: FormControl<boolean> };

/**
 * Assigns a protocol version to an episode: which protocol and version, what the patient has to
 * train with (the starting exercises are chosen to fit it), the return-to-sport criteria set, and
 * optionally the phase to start in (by default the API follows the episode: pre-operative while
 * surgery is ahead, else the first post-operative phase).
 */
@Component({
  selector: 'app-assign-programme-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DatePipe,
    ReactiveFormsModule,
    MatButton,
    MatCheckbox,
    MatError,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    MatProgressBar,
    ErrorBanner,
  ],
  templateUrl: './assign-programme-form.html',
  styleUrl: './assign-programme-form.scss',
})
export class AssignProgrammeForm {
  private readonly protocolsApi = inject(ProtocolsApi);
  private readonly programmesApi = inject(ProgrammesApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  readonly episodeId = input.required<string>();
  readonly assigned = output<Programme>();
  /** Asked when the episode turned out to have a programme already (assigned meanwhile). */
  readonly reload = output();

  protected readonly form = new FormGroup({
    protocolId: new FormControl('', { nonNullable: true, validators: requiredValidator }),
    protocolVersionId: new FormControl('', { nonNullable: true, validators: requiredValidator }),
    equipment: new FormGroup(
      Object.fromEntries(
        EQUIPMENT.map((item) => [item, new FormControl(false, { nonNullable: true })]),
      ) as EquipmentControls,
    ),
    returnToSportSetKey: new FormControl('', { nonNullable: true, validators: requiredValidator }),
    startPhaseKey: new FormControl('', { nonNullable: true }),
  });
  private readonly snapshot = controlSnapshot(this.form);

  protected readonly protocols = rxResource({
    stream: () =>
      this.protocolsApi.list({ limit: MAX_PAGE_SIZE }).pipe(
        // The seeded protocol first, then the clinic's own; archived ones are not offered.
        map((page) =>
          page.items
            .filter((protocol) => protocol.archivedAt === null)
            .sort(
              (a, b) => Number(b.source === 'seeded') - Number(a.source === 'seeded') || a.title.localeCompare(b.title),
            ),
        ),
      ),
  });
  private readonly protocolId = computed(() => this.snapshot().protocolId || undefined);
  protected readonly protocol = rxResource({
    params: () => this.protocolId(),
    stream: ({ params }) => this.protocolsApi.get(params),
  });
  private readonly versionId = computed(() => this.snapshot().protocolVersionId || undefined);
  protected readonly version = rxResource({
    params: () => this.versionId(),
    stream: ({ params }) => this.protocolsApi.getVersion(params),
  });

  protected readonly protocolList = computed(() => (this.protocols.hasValue() ? this.protocols.value() : []));
  protected readonly versions = computed(() => (this.protocol.hasValue() ? this.protocol.value().versions : []));
  protected readonly definition = computed(() => (this.version.hasValue() ? this.version.value().definition : null));
  protected readonly loadError = computed(
    () => this.protocols.error() ?? this.protocol.error() ?? this.version.error(),
  );
  protected readonly noProtocols = computed(() => this.protocols.hasValue() && this.protocolList().length === 0);

  protected readonly equipmentKeys = EQUIPMENT;
  protected readonly equipmentLabels = EQUIPMENT_LABELS;
  protected readonly weeksText = typicalWeeksText;
  protected readonly dateFormat = DATE_FORMAT;
  protected readonly errorText = errorText;
  protected readonly saving = signal(false);
  protected readonly formError = signal<ApiError | null>(null);

  constructor() {
    // Defaults as each list arrives: the first protocol (the seeded one), its latest version, the
    // version's first return-to-sport set, and "follow the episode" for the start phase.
    effect(() => {
      const first = this.protocolList()[0];
      untracked(() => {
        if (first && !this.form.controls.protocolId.value) this.form.controls.protocolId.setValue(first.id);
      });
    });
    effect(() => {
      const protocol = this.protocol.hasValue() ? this.protocol.value() : undefined;
      untracked(() => {
        const control = this.form.controls.protocolVersionId;
        if (protocol && !protocol.versions.some((v) => v.id === control.value)) {
          control.setValue(protocol.latestVersion.id);
        }
      });
    });
    effect(() => {
      const definition = this.definition();
      untracked(() => {
        if (!definition) return;
        const rts = this.form.controls.returnToSportSetKey;
        if (!definition.returnToSportSets.some((set) => set.key === rts.value)) {
          rts.setValue(definition.returnToSportSets[0]?.key ?? '');
        }
        const start = this.form.controls.startPhaseKey;
        if (start.value && !definition.phases.some((phase) => phase.key === start.value)) start.setValue('');
      });
    });
  }

  protected changeProtocol(): void {
    this.form.controls.protocolVersionId.setValue('');
  }

  protected submit(): void {
    if (this.saving()) return;
    this.formError.set(null);
    if (this.form.invalid || !this.definition()) {
      this.form.markAllAsTouched();
      this.focusFirstProblem();
      return;
    }
    const value = this.form.getRawValue();
    const request: AssignProgrammeRequest = {
      protocolVersionId: value.protocolVersionId,
      equipment: EQUIPMENT.filter((item) => value.equipment[item]),
      returnToSportSetKey: value.returnToSportSetKey,
      ...(value.startPhaseKey ? { startPhaseKey: value.startPhaseKey } : {}),
    };
    this.saving.set(true);
    this.programmesApi.assign(this.episodeId(), request).subscribe({
      next: (programme) => {
        this.saving.set(false);
        this.assigned.emit(programme);
      },
      error: (error: unknown) => {
        this.saving.set(false);
        const apiError = toApiError(error);
        if (apiError.code === 'PROGRAMME_EXISTS') {
          this.reload.emit();
        }
        const unmatched = applyServerErrors(this.form, apiError);
        if (!apiError.details?.length || unmatched.length > 0) this.formError.set(apiError);
        this.focusFirstProblem();
      },
    });
  }

  protected failureMessage(error: ApiError): string | undefined {
    return error.code === 'PROGRAMME_EXISTS'
      ? 'This episode already has a programme (it was assigned meanwhile); it is being loaded.'
      : undefined;
  }

  private focusFirstProblem(): void {
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>('.ng-invalid[formcontrolname]')?.focus(), {
      injector: this.injector,
    });
  }
}
