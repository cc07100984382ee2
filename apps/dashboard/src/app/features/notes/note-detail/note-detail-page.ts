import { ChangeDetectionStrategy, Component, computed, effect, inject, input, viewChild } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatCard, MatCardContent } from '@angular/material/card';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressBar } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import { NOTE_TYPE_LABELS, NOTE_TYPES, type Note, type NoteType } from '@proprio/contracts';
import type { Observable } from 'rxjs';

import { AuthStore } from '../../../core/auth/auth-store';
import { toApiError } from '../../../core/http/api-error';
import { confirmAction } from '../../../shared/ui/confirm-dialog';
import { ErrorBanner } from '../../../shared/ui/error-banner';
import { Notifier } from '../../../shared/ui/notifier';
import { episodeTitle } from '../../episodes/data/episode-display';
import { EpisodesApi } from '../../episodes/data/episodes-api';
import { EXPORT_LABELS } from '../../exports/data/exports-api';
import { ExportsStore } from '../../exports/data/exports-store';
import { DownloadButton } from '../../exports/ui/download-button';
import { PatientsApi } from '../../patients/data/patients-api';
import { AddendumDialog, type AddendumData } from '../addendum-dialog/addendum-dialog';
import { defaultPeriod, defaultType, periodToday } from '../data/note-form';
import { NotesStore } from '../data/notes-store';
import { NoteEditor, type NoteDefaults } from '../note-editor/note-editor';
import { NoteView } from '../note-view/note-view';
import { NoteStatus } from '../ui/note-status';

function isNoteType(value: string | undefined): value is NoteType {
  return value !== undefined && (NOTE_TYPES as readonly string[]).includes(value);
}

/**
 * One note (`/episodes/:episodeId/notes/:noteId`) or a new one (`…/notes/new?type=progress`): a
 * draft opens in the editor for those who write notes; a signed note (or a draft, for others) is
 * shown read-only with its signature and addenda. The note's PDF is downloaded from here.
 */
@Component({
  selector: 'app-note-detail-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    MatButton,
    MatCard,
    MatCardContent,
    MatProgressBar,
    DownloadButton,
    ErrorBanner,
    NoteEditor,
    NoteStatus,
    NoteView,
  ],
  providers: [NotesStore, ExportsStore],
  templateUrl: './note-detail-page.html',
  styleUrl: './note-detail-page.scss',
})
export class NoteDetailPage {
  private readonly store = inject(NotesStore);
  protected readonly exports = inject(ExportsStore);
  private readonly episodesApi = inject(EpisodesApi);
  private readonly patientsApi = inject(PatientsApi);
  private readonly auth = inject(AuthStore);
  private readonly dialog = inject(MatDialog);
  private readonly notifier = inject(Notifier);
  private readonly router = inject(Router);

  readonly episodeId = input.required<string>();
  /** Absent on `…/notes/new`. */
  readonly noteId = input<string>();
  /** `?type=` of a new note, e.g. from the "progress report due" banner. */
  readonly type = input<string>();

  private readonly editor = viewChild(NoteEditor);

  protected readonly episode = rxResource({
    params: () => this.episodeId(),
    stream: ({ params }) => this.episodesApi.get(params),
  });
  protected readonly patient = rxResource({
    params: () => (this.episode.hasValue() ? this.episode.value().patientId : undefined),
    stream: ({ params }) => this.patientsApi.get(params),
  });
  /** For a new note: the latest note and the progress status, which set its defaults. */
  protected readonly latest = this.store.notes;
  protected readonly note = this.store.note;
  protected readonly current = this.store.current;

  protected readonly isNew = computed(() => this.noteId() === undefined);
  protected readonly archived = computed(() => this.episode.hasValue() && this.episode.value().archived);
  protected readonly defaults = computed<NoteDefaults | undefined>(() => {
    const page = this.store.page();
    if (!page) return undefined;
    const requested = this.type();
    return {
      type: defaultType(page, isNoteType(requested) ? requested : undefined),
      ...defaultPeriod(page, periodToday()),
    };
  });
  protected readonly editable = computed(() => this.auth.can('note:write') && this.current()?.status === 'draft');
  protected readonly canAddAddendum = computed(() => this.auth.can('note:sign') && this.current()?.status === 'signed');
  protected readonly canExport = computed(() => this.auth.can('export:read'));
  protected readonly notFound = computed(() => {
    const error = this.note.error();
    return error !== undefined && toApiError(error).code === 'NOTE_NOT_FOUND';
  });

  protected readonly heading = computed(() => {
    const note = this.current();
    if (this.isNew()) return 'New note';
    if (!note) return 'Note';
    return note.status === 'draft' ? `${NOTE_TYPE_LABELS[note.type]} (draft)` : NOTE_TYPE_LABELS[note.type];
  });
  protected readonly subtitle = computed(() => {
    const patient = this.patient.hasValue() ? this.patient.value() : undefined;
    const episode = this.episode.hasValue() ? this.episode.value() : undefined;
    return [patient ? `${patient.givenName} ${patient.familyName}` : '', episode ? episodeTitle(episode) : '']
      .filter(Boolean)
      .join(' · ');
  });
  protected readonly owner = computed(() => (this.patient.hasValue() ? this.patient.value() : undefined));
  protected readonly episodeName = computed(() =>
    this.episode.hasValue() ? episodeTitle(this.episode.value()) : 'Episode',
  );
  protected readonly pdfLabel = EXPORT_LABELS['note-pdf'];

  constructor() {
    effect(() => {
      const noteId = this.noteId();
      this.store.noteId.set(noteId);
      if (noteId === undefined) {
        // The list is newest period first: its first note is the latest.
        this.store.listQuery.set({ limit: 1, offset: 0 });
        this.store.episodeId.set(this.episodeId());
      }
    });
  }

  /** Leaving with unsaved text asks first (the route's canDeactivate guard calls this). */
  canLeave(): boolean | Observable<boolean> {
    if (!this.editor()?.hasUnsavedChanges()) return true;
    return confirmAction(this.dialog, {
      title: 'Leave without saving?',
      message: 'The changes to this note have not been saved. Leaving now discards them.',
      confirmLabel: 'Leave without saving',
    });
  }

  protected opened(note: Note): void {
    void this.router.navigate(['/episodes', this.episodeId(), 'notes', note.id], { replaceUrl: true });
  }

  protected discarded(): void {
    void this.router.navigate(['/episodes', this.episodeId(), 'notes']);
  }

  protected downloadPdf(note: Note): void {
    this.exports.download({ kind: 'note-pdf', noteId: note.id });
  }

  protected addAddendum(): void {
    const data: AddendumData = { action: (body) => this.store.addAddendum(body) };
    this.dialog
      .open<AddendumDialog, AddendumData, Note>(AddendumDialog, { data, autoFocus: 'first-tabbable' })
      .afterClosed()
      .subscribe((note) => {
        if (note) this.notifier.success('Addendum added and signed.');
      });
  }
}
