import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { Note } from '@proprio/contracts';

import { DATE_FORMAT } from '../../../shared/labels/labels';

/** "Draft", or "Signed by Jane Doe on 14 Mar 2026": a note's status in one chip. */
@Component({
  selector: 'app-note-status',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DatePipe],
  template: `
    @let signature = note().signature;
    @if (note().status === 'signed' && signature) {
      <span class="badge signed" data-testid="note-status">
        Signed by {{ signature.name }} on {{ signature.signedAt | date: dateFormat }}
      </span>
    } @else {
      <span class="badge draft" data-testid="note-status">Draft</span>
    }
  `,
  styles: `
    .signed {
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
    }
    .draft {
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
  `,
})
export class NoteStatus {
  readonly note = input.required<Pick<Note, 'status' | 'signature'>>();
  protected readonly dateFormat = DATE_FORMAT;
}
