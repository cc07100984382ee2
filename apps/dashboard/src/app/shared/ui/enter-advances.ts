import { Directive, ElementRef, inject } from '@angular/core';

/** Fields Enter moves between, in document (and so Tab) order. */
const FIELD_SELECTOR = 'input:not([type="hidden"]):not([disabled]), select:not([disabled])';

/**
 * Fast keyboard entry for data-entry forms: Enter in a text field never submits the form by
 * accident; it moves to the next field instead, like Tab, so a battery of numbers can be keyed in
 * with a numeric keypad. Ctrl+Enter (⌘+Enter) submits on purpose. Enter keeps its meaning on
 * buttons, links, text areas and Material selects (which open their panel with it).
 */
@Directive({
  selector: 'form[appEnterAdvances]',
  // Plain `keydown`: Angular's `keydown.enter` would not fire when Ctrl or ⌘ is held.
  host: { '(keydown)': 'onKeydown($event)' },
})
export class EnterAdvances {
  private readonly form = inject<ElementRef<HTMLFormElement>>(ElementRef);

  protected onKeydown(event: KeyboardEvent): void {
    const target = event.target;
    if (event.key !== 'Enter' || event.isComposing || !(target instanceof HTMLInputElement)) {
      return;
    }
    event.preventDefault();
    if (event.ctrlKey || event.metaKey) {
      this.form.nativeElement.requestSubmit();
      return;
    }
    const fields = Array.from(this.form.nativeElement.querySelectorAll<HTMLElement>(FIELD_SELECTOR));
    const next = fields[fields.indexOf(target) + 1];
    next?.focus();
    if (next instanceof HTMLInputElement && next.type !== 'checkbox' && next.type !== 'radio') {
      next.select();
    }
  }
}
