import { Directive, input } from '@angular/core';

/**
 * Gives `let row` a type inside Material table cells, which are otherwise `any` and so escape strict
 * template checking: `<td mat-cell *matCellDef="let patient; rows: patients()">`.
 */
@Directive({ selector: 'ng-template[matCellDefRows]' })
export class TypedCellDef<T> {
  /** The table's rows; only their element type is used, by the template type checker. */
  readonly matCellDefRows = input.required<readonly T[]>();

  static ngTemplateContextGuard<T>(_directive: TypedCellDef<T>, context: unknown): context is { $implicit: T } {
    return context !== null;
  }
}
