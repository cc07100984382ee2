import { DatePipe } from '@angular/common';
import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  ElementRef,
  inject,
  Injector,
  input,
  linkedSignal,
  signal,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCard, MatCardContent } from '@angular/material/card';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressBar } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import type { ApiError, Protocol, ProtocolVersion, ProtocolVersionSummary } from '@proprio/contracts';
import type { Observable, Subscription } from 'rxjs';

import { AuthStore } from '../../../core/auth/auth-store';
import { applyServerErrors } from '../../../core/forms/server-errors';
import { toApiError } from '../../../core/http/api-error';
import { DATE_FORMAT } from '../../../shared/labels/labels';
import { ErrorBanner } from '../../../shared/ui/error-banner';
import { Notifier } from '../../../shared/ui/notifier';
import {
  createCriteriaForm,
  criteriaFormPath,
  definitionWithThresholds,
  type CriteriaThresholdsForm,
} from '../data/criteria-form';
import { typicalWeeksText } from '../data/criterion-text';
import { dosageText, EVIDENCE_LABELS, sourceText } from '../data/dosage-text';
import { progressionText, SOURCE_LABELS } from '../data/library-labels';
import { ProtocolsApi } from '../data/protocols-api';
import { CriteriaTable } from '../ui/criteria-table/criteria-table';
import { CloneProtocolDialog, type CloneProtocolData } from '../ui/clone-protocol-dialog/clone-protocol-dialog';

/**
 * One protocol (`/library/protocols/:protocolId`): its versions, and for the chosen version each
 * phase in order with its advisory timing, exit criteria and exercises, then the return-to-sport
 * criteria sets. A clinic's own version can have its criteria thresholds edited: in place while no
 * programme uses it, otherwise as a new version.
 */
@Component({
  selector: 'app-protocol-detail-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DatePipe,
    ReactiveFormsModule,
    RouterLink,
    MatButton,
    MatCard,
    MatCardContent,
    MatProgressBar,
    CriteriaTable,
    ErrorBanner,
  ],
  templateUrl: './protocol-detail-page.html',
  styleUrl: './protocol-detail-page.scss',
})
export class ProtocolDetailPage {
  private readonly api = inject(ProtocolsApi);
  private readonly auth = inject(AuthStore);
  private readonly dialog = inject(MatDialog);
  private readonly router = inject(Router);
  private readonly notifier = inject(Notifier);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  readonly protocolId = input.required<string>();

  protected readonly protocol = rxResource({
    params: () => this.protocolId(),
    stream: ({ params }) => this.api.get(params),
  });
  protected readonly current = computed(() => (this.protocol.hasValue() ? this.protocol.value() : undefined));

  /** The version on screen: the latest unless the user picks another. */
  protected readonly selectedVersionId = linkedSignal<Protocol | undefined, string | null>({
    source: () => this.current(),
    computation: (protocol, previous) => {
      if (!protocol) {
        return previous?.value ?? null;
      }
      const kept = previous?.value && protocol.versions.some((v) => v.id === previous.value);
      return kept ? (previous?.value ?? null) : protocol.latestVersion.id;
    },
  });
  protected readonly version = rxResource({
    params: () => this.selectedVersionId() ?? undefined,
    stream: ({ params }) => this.api.getVersion(params),
  });
  protected readonly selectedVersion = computed(() => (this.version.hasValue() ? this.version.value() : undefined));
  protected readonly selectedSummary = computed<ProtocolVersionSummary | undefined>(() =>
    this.current()?.versions.find((v) => v.id === this.selectedVersionId()),
  );

  protected readonly canClone = computed(() => this.auth.can('library:write'));
  /** Only the clinic's own protocols, and only for users who may maintain the library (as the API rules). */
  protected readonly canEdit = computed(() => {
    const protocol = this.current();
    return protocol?.source === 'clinic' && protocol.archivedAt === null && this.auth.can('library:write');
  });

  protected readonly criteriaForm = signal<CriteriaThresholdsForm | null>(null);
  /** Bumped on every change of the editor, so the OnPush criteria tables re-render (errors from the API). */
  protected readonly formRevision = signal(0);
  private formEvents: Subscription | null = null;
  protected readonly saving = signal(false);
  protected readonly saveError = signal<ApiError | null>(null);
  /** The API said the version became used by a programme: offer to save as a new version. */
  protected readonly inUseRefusal = signal(false);
  protected readonly conflict = signal(false);

  protected readonly dateFormat = DATE_FORMAT;
  protected readonly sourceLabels = SOURCE_LABELS;
  protected readonly evidenceLabels = EVIDENCE_LABELS;
  protected readonly dosageText = dosageText;
  protected readonly sourceText = sourceText;
  protected readonly progressionText = progressionText;
  protected readonly typicalWeeksText = typicalWeeksText;

  constructor() {
    inject(DestroyRef).onDestroy(() => this.formEvents?.unsubscribe());
  }

  protected exerciseName(version: ProtocolVersion, exerciseId: string): string {
    return version.exerciseNames[exerciseId] ?? 'Unknown exercise';
  }

  protected selectVersion(id: string): void {
    if (id === this.selectedVersionId()) {
      return;
    }
    this.stopEditing();
    this.selectedVersionId.set(id);
  }

  protected clone(protocol: Protocol): void {
    const summary = this.selectedSummary() ?? protocol.latestVersion;
    this.dialog
      .open<CloneProtocolDialog, CloneProtocolData, Protocol>(CloneProtocolDialog, {
        data: { protocolId: protocol.id, title: protocol.title, versionId: summary.id, versionNumber: summary.number },
        autoFocus: 'first-tabbable',
      })
      .afterClosed()
      .subscribe((created) => {
        if (created) {
          this.notifier.success('Protocol cloned: this is your clinic’s copy.');
          void this.router.navigate(['/library/protocols', created.id]);
        }
      });
  }

  protected startEditing(version: ProtocolVersion): void {
    const form = createCriteriaForm(version.definition);
    this.formEvents?.unsubscribe();
    this.formEvents = form.events.subscribe(() => this.formRevision.update((n) => n + 1));
    this.criteriaForm.set(form);
    this.resetSaveState();
  }

  protected stopEditing(): void {
    this.formEvents?.unsubscribe();
    this.formEvents = null;
    this.criteriaForm.set(null);
    this.resetSaveState();
  }

  /** Saves in place (an unused version) or as a new version (one a programme already uses). */
  protected save(asNewVersion: boolean): void {
    const form = this.criteriaForm();
    const version = this.selectedVersion();
    const protocol = this.current();
    if (!form || !version || !protocol || this.saving()) {
      return;
    }
    if (form.invalid) {
      form.markAllAsTouched();
      this.focusFirstProblem();
      return;
    }
    const definition = definitionWithThresholds(version.definition, form.getRawValue());
    this.saving.set(true);
    this.saveError.set(null);
    this.conflict.set(false);
    const save$: Observable<ProtocolVersion> = asNewVersion
      ? this.api.createVersion(protocol.id, { definition })
      : this.api.updateVersion(version.id, { version: version.version, definition });
    save$.subscribe({
      next: (saved) => {
        this.stopEditing();
        if (asNewVersion) {
          this.notifier.success(`Saved as version ${saved.number}.`);
          this.selectedVersionId.set(saved.id);
          this.protocol.reload();
        } else {
          this.notifier.success(`Version ${saved.number} saved.`);
          this.version.set(saved);
        }
      },
      error: (error: unknown) => {
        this.saving.set(false);
        this.handleFailure(form, toApiError(error));
      },
    });
  }

  private handleFailure(form: CriteriaThresholdsForm, error: ApiError): void {
    if (error.code === 'PROTOCOL_VERSION_IN_USE') {
      this.inUseRefusal.set(true);
      return;
    }
    if (error.code === 'VERSION_CONFLICT') {
      this.conflict.set(true);
      return;
    }
    const details = (error.details ?? []).map((detail) => ({ ...detail, field: criteriaFormPath(detail.field) }));
    const unmatched = applyServerErrors(form, { ...error, details });
    if (!error.details?.length || unmatched.length > 0) {
      this.saveError.set(error);
    }
    this.focusFirstProblem();
  }

  /** After a conflict: drop the edits and show what is saved now. */
  protected reloadVersion(): void {
    this.stopEditing();
    this.protocol.reload();
    this.version.reload();
  }

  private resetSaveState(): void {
    this.saving.set(false);
    this.saveError.set(null);
    this.inUseRefusal.set(false);
    this.conflict.set(false);
  }

  private focusFirstProblem(): void {
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), {
      injector: this.injector,
    });
  }
}
