import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  effect,
  ElementRef,
  inject,
  Injector,
  input,
  output,
  signal,
  untracked,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule, type AbstractControl } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import {
  NOTE_SECTION_MAX_LENGTH,
  NOTE_TYPE_LABELS,
  NOTE_TYPES,
  type ApiError,
  type Note,
  type NoteObjectiveDraft,
} from '@proprio/contracts';
import { filter, merge, of, switchMap, tap, type Observable, type Subscription } from 'rxjs';

import { AuthStore } from '../../../core/auth/auth-store';
import { controlSnapshot } from '../../../core/forms/control-snapshot';
import { errorText } from '../../../core/forms/error-text';
import { applyServerErrors } from '../../../core/forms/server-errors';
import { toApiError } from '../../../core/http/api-error';
import { confirmAction } from '../../../shared/ui/confirm-dialog';
import { ErrorBanner } from '../../../shared/ui/error-banner';
import { Notifier } from '../../../shared/ui/notifier';
import {
  blankSections,
  createNoteForm,
  createRequest,
  differsFromSaved,
  noteFormValue,
  periodToday,
  SOAP_SECTION_HINTS,
  SOAP_SECTION_LABELS,
  SOAP_SECTIONS,
  updateRequest,
  validPeriod,
  type NoteFormValue,
  type ReportingPeriod,
  type SoapSection,
} from '../data/note-form';
import { NotesStore } from '../data/notes-store';
import { SignNoteDialog, type SignNoteData } from '../sign-note-dialog/sign-note-dialog';

/** Where a new note starts. */
export type NoteDefaults = Pick<NoteFormValue, 'type' | 'periodStart' | 'periodEnd'>;

/** Failures after which the draft on screen is no longer the one in the record: offer a reload. */
const STALE_CODES: ReadonlySet<string> = new Set(['VERSION_CONFLICT', 'NOTE_ALREADY_SIGNED']);

/** "3 measurements, 1 questionnaire, 4 sessions and 1 phase change". */
function sourcesText(sources: NoteObjectiveDraft['sources']): string {
  const parts = [
    count(sources.measurements, 'measurement', 'measurements'),
    count(sources.questionnaires, 'questionnaire', 'questionnaires'),
    count(sources.sessions, 'session', 'sessions'),
    count(sources.phaseTransitions, 'phase change', 'phase changes'),
  ];
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1] ?? ''}`;
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function samePeriod(a: ReportingPeriod | null, b: ReportingPeriod | null): boolean {
  return a?.periodStart === b?.periodStart && a?.periodEnd === b?.periodEnd;
}

/**
 * A draft note (or a new one): type, reporting period and the four SOAP sections. The objective
 * starts from what the period's records say and follows the period until the user edits it;
 * "Refill from records" rebuilds it on demand (after a confirmation when it was edited). Saving
 * sends the whole draft with the version it was loaded at; signing (note:sign) is confirmed in a
 * dialog that states what a signature means.
 */
@Component({
  selector: 'app-note-editor',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButton, MatError, MatFormField, MatHint, MatInput, MatLabel, ErrorBanner],
  templateUrl: './note-editor.html',
  styleUrl: './note-editor.scss',
  host: { '(window:beforeunload)': 'onBeforeUnload($event)' },
})
export class NoteEditor {
  private readonly store = inject(NotesStore);
  private readonly auth = inject(AuthStore);
  private readonly dialog = inject(MatDialog);
  private readonly notifier = inject(Notifier);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  readonly episodeId = input.required<string>();
  /** The saved draft; null for a note that has not been saved yet. */
  readonly note = input.required<Note | null>();
  /** Type and period of a new note (read once, when the editor opens without a note). */
  readonly defaults = input<NoteDefaults>();
  readonly created = output<Note>();
  readonly discarded = output();

  protected readonly form = createNoteForm(periodToday);
  private readonly snapshot = controlSnapshot(this.form);

  /** The objective text the records last gave; while the objective equals it, it follows the period. */
  private readonly filledText = signal<string | null>(null);
  /** The period that text (or the one being read) is for. */
  private readonly filledFor = signal<ReportingPeriod | null>(null);
  protected readonly sources = signal<NoteObjectiveDraft['sources'] | null>(null);
  protected readonly previewLoading = signal(false);
  protected readonly previewError = signal<ApiError | null>(null);
  private fillSubscription: Subscription | undefined;

  protected readonly formError = signal<ApiError | null>(null);
  /** Sections left blank when signing was attempted. */
  protected readonly blankToSign = signal<SoapSection[]>([]);

  protected readonly pending = this.store.pending;
  protected readonly isNew = computed(() => this.note() === null);
  protected readonly canSign = computed(() => this.auth.can('note:sign'));
  protected readonly dirty = computed(() => {
    this.snapshot();
    return this.form.dirty;
  });
  /** The objective was filled for another period than the one now entered, and has been edited since. */
  protected readonly periodChangedSinceFill = computed(() => {
    const value = this.snapshot();
    const filledFor = this.filledFor();
    return filledFor !== null && !samePeriod(filledFor, validPeriod(value)) && value.objective !== this.filledText();
  });

  protected readonly types = NOTE_TYPES;
  protected readonly typeLabels = NOTE_TYPE_LABELS;
  protected readonly sections = SOAP_SECTIONS;
  protected readonly sectionLabels = SOAP_SECTION_LABELS;
  protected readonly sectionHints = SOAP_SECTION_HINTS;
  protected readonly maxLength = NOTE_SECTION_MAX_LENGTH;
  protected readonly today = periodToday();
  protected readonly errorText = errorText;
  protected readonly sourcesText = sourcesText;

  constructor() {
    effect(() => {
      const note = this.note();
      untracked(() => this.reset(note));
    });
    const { periodStart, periodEnd } = this.form.controls;
    // The end is checked against the start: a new start re-checks it.
    periodStart.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => periodEnd.updateValueAndValidity());
    merge(periodStart.valueChanges, periodEnd.valueChanges)
      .pipe(takeUntilDestroyed())
      .subscribe(() => {
        const period = validPeriod(this.form.getRawValue());
        if (period && !samePeriod(period, this.filledFor()) && this.followsRecords()) this.fill(period, false);
      });
    inject(DestroyRef).onDestroy(() => this.fillSubscription?.unsubscribe());
  }

  /** Whether leaving now would lose text (the route guard and the browser's unload prompt ask). */
  hasUnsavedChanges(): boolean {
    return this.form.dirty;
  }

  /** Closing or reloading the tab with unsaved text: the browser asks first. */
  protected onBeforeUnload(event: BeforeUnloadEvent): void {
    if (this.hasUnsavedChanges()) event.preventDefault();
  }

  protected control(section: SoapSection): AbstractControl<string> {
    return this.form.controls[section];
  }

  /** Rebuilds the objective from the records of the period entered, asking first if it was edited. */
  protected refill(): void {
    const period = validPeriod(this.form.getRawValue());
    if (!period) {
      this.form.controls.periodStart.markAsTouched();
      this.form.controls.periodEnd.markAsTouched();
      this.focusFirstProblem();
      return;
    }
    const objective = this.form.controls.objective.value;
    const edited = objective.trim() !== '' && objective !== this.filledText();
    const confirmed: Observable<boolean> = edited
      ? confirmAction(this.dialog, {
          title: 'Replace the objective section?',
          message:
            'The objective will be rebuilt from the records of the reporting period. The changes you made to it will be lost.',
          confirmLabel: 'Replace',
        })
      : of(true);
    confirmed.pipe(filter(Boolean)).subscribe(() => this.fill(period, true));
  }

  protected save(): void {
    if (this.pending()) return;
    this.clearMessages();
    if (!this.checkValid()) return;
    const value = this.form.getRawValue();
    const note = this.note();
    if (!note) {
      this.store.create(this.episodeId(), createRequest(value)).subscribe({
        next: (created) => {
          this.form.markAsPristine();
          this.notifier.success('Draft saved.');
          this.created.emit(created);
        },
        error: (error: unknown) => this.handleFailure(error),
      });
      return;
    }
    this.store.save(updateRequest(value, note.version)).subscribe({
      next: () => this.notifier.success('Draft saved.'),
      error: (error: unknown) => this.handleFailure(error),
    });
  }

  /** Signs the draft (saving pending changes first), after the dialog that says what signing means. */
  protected sign(): void {
    const note = this.note();
    if (!note || this.pending() || !this.canSign()) return;
    this.clearMessages();
    if (!this.checkValid()) return;
    const value = this.form.getRawValue();
    const blank = blankSections(value);
    if (blank.length) {
      for (const section of blank) {
        const control = this.form.controls[section];
        control.setErrors({
          blankToSign: { message: `Write the ${SOAP_SECTION_LABELS[section].toLowerCase()} before signing.` },
        });
        control.markAsTouched();
      }
      this.blankToSign.set(blank);
      this.focusFirstProblem();
      return;
    }
    const data: SignNoteData = {
      note: value,
      signerName: this.auth.user()?.displayName ?? '',
      unsavedChanges: differsFromSaved(value, note),
      // Read the saved note when "Confirm" is pressed, not when the dialog opened: after a save that
      // went through and a signature that failed, a retry signs the saved version instead of saving
      // again at the old one (a false VERSION_CONFLICT).
      action: () => {
        const saved = this.store.current() ?? note;
        return (
          differsFromSaved(value, saved)
            ? this.store
                .save(updateRequest(value, saved.version))
                .pipe(switchMap((stored) => this.store.sign(stored.version)))
            : this.store.sign(saved.version)
        ).pipe(tap({ error: (error: unknown) => this.signRefused(toApiError(error)) }));
      },
    };
    this.dialog
      .open<SignNoteDialog, SignNoteData, Note>(SignNoteDialog, { data, autoFocus: 'dialog' })
      .afterClosed()
      .subscribe((signed) => {
        if (signed) this.notifier.success('Note signed. It can no longer be changed; corrections are addenda.');
      });
  }

  protected discard(): void {
    if (!this.note() || this.pending()) return;
    this.clearMessages();
    confirmAction(this.dialog, {
      title: 'Discard this draft?',
      message: 'The draft is deleted for good, with everything written in it. This cannot be undone.',
      confirmLabel: 'Discard draft',
    })
      .pipe(
        filter(Boolean),
        switchMap(() => this.store.discard()),
      )
      .subscribe({
        next: () => {
          this.form.markAsPristine();
          this.notifier.success('Draft discarded.');
          this.discarded.emit();
        },
        error: (error: unknown) => this.formError.set(toApiError(error)),
      });
  }

  /** Loads the draft as it now is in the record, replacing what is on screen. */
  protected reloadDraft(): void {
    this.clearMessages();
    this.store.note.reload();
  }

  protected isStale(error: ApiError): boolean {
    return STALE_CODES.has(error.code);
  }

  protected failureMessage(error: ApiError): string | undefined {
    switch (error.code) {
      case 'VERSION_CONFLICT':
        return 'Someone else saved this draft since you opened it. Reload it to see their version; your unsaved changes here will be lost, so copy anything you want to keep first.';
      case 'NOTE_ALREADY_SIGNED':
        return 'This note has been signed meanwhile: it can no longer be changed. Reload it to see the signed note; corrections are made as addenda.';
      case 'NOTE_NOT_FOUND':
        return 'This draft no longer exists: it may have been discarded.';
      default:
        return undefined;
    }
  }

  /** The dialog shows the refusal; the form keeps what outlives it (field issues, the way to reload). */
  private signRefused(error: ApiError): void {
    applyServerErrors(this.form, error);
    if (STALE_CODES.has(error.code)) this.formError.set(error);
  }

  private followsRecords(): boolean {
    return this.form.controls.objective.value === this.filledText();
  }

  /**
   * Reads the period's records into the objective. An automatic fill gives way to anything the user
   * typed meanwhile; a requested one (already confirmed) replaces it.
   */
  private fill(period: ReportingPeriod, requested: boolean): void {
    this.fillSubscription?.unsubscribe();
    this.filledFor.set(period);
    this.previewLoading.set(true);
    this.previewError.set(null);
    const before = this.form.controls.objective.value;
    this.fillSubscription = this.store.objective(this.episodeId(), period.periodStart, period.periodEnd).subscribe({
      next: (draft) => {
        this.previewLoading.set(false);
        const objective = this.form.controls.objective;
        if (!requested && objective.value !== before) return;
        objective.setValue(draft.text);
        objective.markAsDirty();
        this.filledText.set(draft.text);
        this.sources.set(draft.sources);
      },
      error: (error: unknown) => {
        this.previewLoading.set(false);
        this.previewError.set(toApiError(error));
      },
    });
  }

  private reset(note: Note | null): void {
    this.fillSubscription?.unsubscribe();
    this.clearMessages();
    this.sources.set(null);
    this.previewLoading.set(false);
    this.previewError.set(null);
    this.filledFor.set(null);
    if (note) {
      this.form.reset(noteFormValue(note), { emitEvent: false });
      // A saved objective is the author's text: it only changes on "Refill from records".
      this.filledText.set(null);
    } else {
      const defaults = untracked(() => this.defaults());
      this.form.reset(
        {
          type: defaults?.type ?? 'daily',
          periodStart: defaults?.periodStart ?? this.today,
          periodEnd: defaults?.periodEnd ?? this.today,
          subjective: '',
          objective: '',
          assessment: '',
          plan: '',
        },
        { emitEvent: false },
      );
      // An empty objective follows the records from the start.
      this.filledText.set('');
    }
    this.form.updateValueAndValidity();
    const period = validPeriod(this.form.getRawValue());
    if (!note && period) this.fill(period, false);
  }

  private checkValid(): boolean {
    if (this.form.valid) return true;
    this.form.markAllAsTouched();
    this.focusFirstProblem();
    return false;
  }

  private handleFailure(error: unknown): void {
    const apiError = toApiError(error);
    if (apiError.code === 'VALIDATION_FAILED') {
      const unmatched = applyServerErrors(this.form, apiError);
      if (!apiError.details?.length || unmatched.length > 0) this.formError.set(apiError);
      this.focusFirstProblem();
      return;
    }
    this.formError.set(apiError);
  }

  private clearMessages(): void {
    this.formError.set(null);
    // "Write this before signing" is no error for a draft: re-check those sections by their own rules.
    for (const section of this.blankToSign()) this.form.controls[section].updateValueAndValidity();
    this.blankToSign.set([]);
  }

  private focusFirstProblem(): void {
    afterNextRender(
      () =>
        this.host.nativeElement
          .querySelector<HTMLElement>(
            '.mat-form-field-invalid input, .mat-form-field-invalid textarea, .mat-form-field-invalid select',
          )
          ?.focus(),
      { injector: this.injector },
    );
  }
}
