import type { ComponentFixture } from '@angular/core/testing';

/** Finds an element by its `data-testid`, failing the test clearly if it is missing. */
export function byTestId<T extends Element = HTMLElement>(fixture: ComponentFixture<unknown>, id: string): T {
  const element = (fixture.nativeElement as HTMLElement).querySelector<T>(`[data-testid="${id}"]`);
  if (!element) {
    throw new Error(`No element with data-testid="${id}"`);
  }
  return element;
}

export function queryTestId<T extends Element = HTMLElement>(fixture: ComponentFixture<unknown>, id: string): T | null {
  return (fixture.nativeElement as HTMLElement).querySelector<T>(`[data-testid="${id}"]`);
}

/** Types into an input as a user would: sets the value and fires the events forms listen to. */
export function typeInto(input: HTMLInputElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.dispatchEvent(new Event('blur', { bubbles: true }));
}

export function text(element: Element | null): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
