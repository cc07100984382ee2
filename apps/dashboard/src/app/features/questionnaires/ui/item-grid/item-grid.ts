import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';

import type { AnswersForm } from '../../data/answers-form';
import type { InstrumentLayout, ItemField } from '../../data/instrument-layout';
import type { ScoreLine } from '../../data/score-lines';

/**
 * The item grid of a questionnaire: compact inputs (or a list of the allowed answers) labelled with
 * neutral item ids, grouped by scale, each scale showing its live score or why it has none.
 */
@Component({
  selector: 'app-item-grid',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule],
  templateUrl: './item-grid.html',
  styleUrl: './item-grid.scss',
})
export class ItemGrid {
  readonly layout = input.required<InstrumentLayout>();
  readonly form = input.required<AnswersForm>();
  /** Live scores by key, to show each next to its section. */
  readonly scores = input<readonly ScoreLine[]>([]);
  /** Problems by item id: the library's live issues and the API's refusals. */
  readonly issues = input<Readonly<Record<string, string>>>({});

  protected readonly scoreByKey = computed(() => new Map(this.scores().map((line) => [line.key, line])));

  protected itemLabel(item: ItemField): string {
    const range = item.kind === 'number' ? `, ${item.min} to ${item.max}` : '';
    return `${this.layout().label} item ${item.label}${range}`;
  }
}
