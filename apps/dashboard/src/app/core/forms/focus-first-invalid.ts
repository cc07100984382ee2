import type { FormGroup } from '@angular/forms';

/**
 * Moves keyboard focus to the first invalid field after a refused submit, so keyboard and
 * screen-reader users land on the problem instead of hunting for it. Works from the form model
 * (in declaration order) rather than CSS classes, which are only updated at the next render.
 */
export function focusFirstInvalid(form: FormGroup, container: HTMLElement): void {
  const name = Object.keys(form.controls).find((key) => form.controls[key]?.invalid);
  if (!name) {
    return;
  }
  const element = container.querySelector<HTMLElement>(`[formcontrolname="${name}"]`);
  // Radio groups are not focusable themselves: focus their first option instead.
  const target = element?.matches('mat-radio-group') ? element.querySelector<HTMLElement>('input') : element;
  target?.focus();
}
