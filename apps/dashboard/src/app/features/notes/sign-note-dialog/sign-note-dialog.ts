import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import {
  MAT_DIALOG_DATA,
  MatDialogActions,
  MatDialogClose,
  MatDialogContent,
  MatDialogRef,
  MatDialogTitle,
} from '@angular/material/dialog';
import { NOTE_TYPE_LABELS, type ApiError, type FieldIssue, type Note } from '@proprio/contracts';
import type { Observable } from 'rxjs';

import { toApiError } from '../../../core/http/api-error';
import { DATE_FORMAT } from '../../../shared/labels/labels';
import { ErrorBanner } from '../../../shared/ui/error-banner';
import { SOAP_SECTION_LABELS, type SoapSection } from '../data/note-form';

export interface SignNoteData {
  note: Pick<Note, 'type' | 'periodStart' | 'periodEnd'>;
  /** Who signs: the signed-in user's name. */
  signerName: string;
  /** The form holds changes not saved yet; the action saves them before signing. */
  unsavedChanges: boolean;
  /** Signs (saving first when needed); the dialog closes with the signed note. */
  action: () => Observable<Note>;
}

/** Clearer words than the API's for the refusals met when signing. */
export function signFailureMessage(error: ApiError): string | undefined {
  switch (error.code) {
    case 'VERSION_CONFLICT':
      return 'Someone else changed this draft since you opened it. Cancel, reload the draft to see their version, then sign.';
    case 'NOTE_ALREADY_SIGNED':
      return 'This note has already been signed. Cancel and reload it to see the signed note.';
    case 'VALIDATION_FAILED':
      return 'The note cannot be signed yet:';
    case 'FORBIDDEN':
      return 'Only a therapist can sign notes.';
    default:
      return undefined;
  }
}

/** "Assessment: must not be empty", naming a section by its label rather than its field name. */
export function issueText(issue: FieldIssue): string {
  const label = (SOAP_SECTION_LABELS as Partial<Record<string, string>>)[issue.field as SoapSection];
  return `${label ?? issue.field}: ${issue.issue}`;
}

/**
 * Confirms a signature, saying what it means: a signed note is a legal record that cannot be
 * changed or deleted; corrections are addenda. Runs the signature itself, so a refusal is shown here.
 */
@Component({
  selector: 'app-sign-note-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DatePipe, MatButton, MatDialogActions, MatDialogClose, MatDialogContent, MatDialogTitle, ErrorBanner],
  template: `
    <h2 mat-dialog-title>Sign this note?</h2>
    <mat-dialog-content class="content">
      <p data-testid="sign-summary">
        You are signing the {{ typeLabels[data.note.type].toLowerCase() }} for
        {{ data.note.periodStart | date: dateFormat }} – {{ data.note.periodEnd | date: dateFormat }} as
        <strong>{{ data.signerName }}</strong>.
      </p>
      <p class="statement" data-testid="sign-statement">
        A signed note is a legal record: it cannot be changed or deleted afterwards. Corrections are made as addenda,
        each signed and dated.
      </p>
      @if (data.unsavedChanges) {
        <p data-testid="sign-saves-first">Your unsaved changes are saved first, then signed.</p>
      }
      @if (failure(); as failed) {
        <app-error-banner [error]="failed" [message]="message(failed)" data-testid="sign-error">
          @if (failed.details?.length) {
            <ul>
              @for (detail of failed.details; track $index) {
                <li>{{ issueText(detail) }}</li>
              }
            </ul>
          }
        </app-error-banner>
      }
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button matButton type="button" mat-dialog-close data-testid="sign-cancel">Cancel</button>
      <button matButton="filled" type="button" [disabled]="signing()" (click)="sign()" data-testid="sign-confirm">
        {{ signing() ? 'Signing…' : 'Confirm signature' }}
      </button>
    </mat-dialog-actions>
  `,
  styles: `
    .content {
      display: flex;
      flex-direction: column;
      gap: 12px;
      max-width: 520px;
    }
    p {
      margin: 0;
    }
    .statement {
      font-weight: 600;
    }
  `,
})
export class SignNoteDialog {
  protected readonly data = inject<SignNoteData>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject<MatDialogRef<SignNoteDialog, Note>>(MatDialogRef);

  protected readonly signing = signal(false);
  protected readonly failure = signal<ApiError | null>(null);
  protected readonly typeLabels = NOTE_TYPE_LABELS;
  protected readonly dateFormat = DATE_FORMAT;
  protected readonly message = signFailureMessage;
  protected readonly issueText = issueText;

  protected sign(): void {
    if (this.signing()) return;
    this.signing.set(true);
    this.failure.set(null);
    this.data.action().subscribe({
      next: (note) => this.dialogRef.close(note),
      error: (error: unknown) => {
        this.signing.set(false);
        this.failure.set(toApiError(error));
      },
    });
  }
}
