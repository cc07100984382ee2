import { ChangeDetectionStrategy, Component, computed, inject, input, linkedSignal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';

import { ErrorBanner } from '../../../shared/ui/error-banner';
import { ProtocolsApi } from '../../library/data/protocols-api';
import { ProgrammesApi } from '../../programmes/data/programmes-api';
import { EXPORT_LABELS } from '../data/exports-api';
import { ExportsStore } from '../data/exports-store';
import { DownloadButton } from '../ui/download-button';

/**
 * An episode's exports: the patient-friendly progress summary, the return-to-sport readiness report
 * for a criteria set of the programme's protocol, the FHIR R4 document and the measures CSV.
 */
@Component({
  selector: 'app-exports-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButton, MatFormField, MatInput, MatLabel, MatProgressBar, DownloadButton, ErrorBanner],
  providers: [ExportsStore],
  templateUrl: './exports-panel.html',
  styleUrl: './exports-panel.scss',
})
export class ExportsPanel {
  private readonly programmesApi = inject(ProgrammesApi);
  private readonly protocolsApi = inject(ProtocolsApi);
  protected readonly exports = inject(ExportsStore);

  readonly episodeId = input.required<string>();

  /** The programme; null when none is assigned (then there is no criteria set to report on). */
  protected readonly programme = rxResource({
    params: () => this.episodeId(),
    stream: ({ params }) => this.programmesApi.get(params),
  });
  private readonly current = computed(() => (this.programme.hasValue() ? this.programme.value() : undefined));
  /** The programme's protocol version, whose return-to-sport sets the report can use. */
  protected readonly protocolVersion = rxResource({
    params: () => this.current()?.protocolVersionId,
    stream: ({ params }) => this.protocolsApi.getVersion(params),
  });
  protected readonly criteriaSets = computed(() =>
    this.protocolVersion.hasValue()
      ? this.protocolVersion.value().definition.returnToSportSets.map(({ key, name }) => ({ key, name }))
      : [],
  );
  /** The programme's own set first; the user may pick another. */
  protected readonly chosenSet = linkedSignal(() => {
    const sets = this.criteriaSets();
    const own = this.current()?.returnToSportSetKey;
    return sets.find((set) => set.key === own)?.key ?? sets[0]?.key ?? '';
  });
  protected readonly setsError = computed(() => this.programme.error() ?? this.protocolVersion.error());
  protected readonly noProgramme = computed(() => this.programme.hasValue() && this.programme.value() === null);

  protected readonly labels = EXPORT_LABELS;

  protected chooseSet(event: Event): void {
    this.chosenSet.set((event.target as HTMLSelectElement).value);
  }

  protected reloadSets(): void {
    if (this.programme.error()) this.programme.reload();
    else this.protocolVersion.reload();
  }

  protected downloadSummary(): void {
    this.exports.download({ kind: 'summary-pdf', episodeId: this.episodeId() });
  }

  protected downloadRts(): void {
    const set = this.chosenSet();
    if (set) this.exports.download({ kind: 'rts-pdf', episodeId: this.episodeId(), set });
  }

  protected downloadFhir(): void {
    this.exports.download({ kind: 'fhir', episodeId: this.episodeId() });
  }

  protected downloadCsv(): void {
    this.exports.download({ kind: 'csv', episodeId: this.episodeId() });
  }
}
