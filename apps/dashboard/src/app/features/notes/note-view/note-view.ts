import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { NOTE_TYPE_LABELS, type Note } from '@proprio/contracts';

import { DATE_FORMAT } from '../../../shared/labels/labels';
import { SOAP_SECTION_LABELS, SOAP_SECTIONS } from '../data/note-form';
import { signerText } from '../data/note-text';

/** Date and time of a signature, to the minute, in the viewer's time zone. */
const SIGNED_AT_FORMAT = 'd MMM y, HH:mm';

/**
 * A note as it stands, read-only: its period, the four SOAP sections, and once signed, the signature
 * (who, with their professional title, when, and the content hash) and the addenda with theirs.
 */
@Component({
  selector: 'app-note-view',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DatePipe],
  template: `
    @let n = note();
    <dl class="details" data-testid="note-details">
      <dt>Type</dt>
      <dd data-testid="note-type">{{ typeLabels[n.type] }}</dd>
      <dt>Reporting period</dt>
      <dd data-testid="note-period">{{ n.periodStart | date: dateFormat }} – {{ n.periodEnd | date: dateFormat }}</dd>
      <dt>Written by</dt>
      <dd data-testid="note-author">{{ n.authorName }}</dd>
    </dl>

    @for (section of sections; track section) {
      <section class="soap" [attr.aria-labelledby]="'section-' + section">
        <h3 [id]="'section-' + section">{{ sectionLabels[section] }}</h3>
        @if (n[section].trim()) {
          <p class="text" [attr.data-testid]="'note-' + section">{{ n[section] }}</p>
        } @else {
          <p class="muted" [attr.data-testid]="'note-' + section">Nothing written.</p>
        }
      </section>
    }

    @if (n.signature; as signature) {
      <section class="signature" aria-labelledby="signature-heading" data-testid="note-signature">
        <h3 id="signature-heading">Signature</h3>
        <dl class="details">
          <dt>Signed by</dt>
          <dd data-testid="signature-name">{{ signature.name }}</dd>
          <dt>Professional title</dt>
          <dd data-testid="signature-title">{{ signature.professionalTitle ?? 'Not recorded' }}</dd>
          <dt>Signed on</dt>
          <dd data-testid="signature-time">
            <time [attr.datetime]="signature.signedAt">{{ signature.signedAt | date: signedAtFormat }}</time>
          </dd>
          <dt>Content hash (SHA-256)</dt>
          <dd>
            <code class="hash" data-testid="signature-hash">{{ n.contentHash }}</code>
          </dd>
        </dl>
        <p class="muted">The signed note cannot be changed. Corrections and later information are added as addenda.</p>
      </section>
    }

    @if (n.status === 'signed') {
      <section class="addenda" aria-labelledby="addenda-heading">
        <h3 id="addenda-heading">Addenda</h3>
        @if (addenda().length) {
          <ol class="addendum-list" data-testid="addenda">
            @for (addendum of addenda(); track addendum.id) {
              <li data-testid="addendum">
                <p class="text" data-testid="addendum-body">{{ addendum.body }}</p>
                <p class="muted" data-testid="addendum-signature">
                  Added and signed by {{ signer(addendum.signature) }} on
                  <time [attr.datetime]="addendum.signature.signedAt">{{
                    addendum.signature.signedAt | date: signedAtFormat
                  }}</time>
                </p>
              </li>
            }
          </ol>
        } @else {
          <p class="muted" data-testid="no-addenda">No addenda.</p>
        }
      </section>
    }
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      gap: 16px;
    }
    h3 {
      margin: 0 0 4px;
      font: var(--mat-sys-title-medium);
    }
    p {
      margin: 0;
    }
    .text {
      white-space: pre-wrap;
      overflow-wrap: anywhere;
    }
    .signature,
    .addenda {
      display: flex;
      flex-direction: column;
      gap: 8px;
      padding-top: 12px;
      border-top: 1px solid var(--mat-sys-outline-variant);
    }
    .hash {
      font-size: 0.85em;
      overflow-wrap: anywhere;
    }
    .addendum-list {
      margin: 0;
      padding-left: 20px;
      display: flex;
      flex-direction: column;
      gap: 12px;
    }
  `,
})
export class NoteView {
  readonly note = input.required<Note>();

  /** Oldest first: an addendum may refer to an earlier one. */
  protected readonly addenda = computed(() =>
    [...this.note().addenda].sort((a, b) => a.signature.signedAt.localeCompare(b.signature.signedAt)),
  );

  protected readonly sections = SOAP_SECTIONS;
  protected readonly sectionLabels = SOAP_SECTION_LABELS;
  protected readonly typeLabels = NOTE_TYPE_LABELS;
  protected readonly dateFormat = DATE_FORMAT;
  protected readonly signedAtFormat = SIGNED_AT_FORMAT;
  protected readonly signer = signerText;
}
