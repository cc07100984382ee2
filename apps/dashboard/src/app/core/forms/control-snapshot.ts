import type { Signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { map, type Observable } from 'rxjs';

/**
 * The raw value of a form control tree as a signal, refreshed on every control event (value, status,
 * touched, pristine), including those of descendants, rows pushed into arrays and errors set by the
 * server. Live results computed from it (`computed`) therefore re-render while the user types, and
 * templates that read control errors re-render when the API puts errors on them.
 *
 * Must be called in an injection context (a field initialiser or constructor).
 */
export function controlSnapshot<T>(control: { events: Observable<unknown>; getRawValue(): T }): Signal<T> {
  return toSignal(control.events.pipe(map(() => control.getRawValue())), {
    initialValue: control.getRawValue(),
  });
}
