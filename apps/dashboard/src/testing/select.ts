import type { ComponentFixture } from '@angular/core/testing';
import { TestBed } from '@angular/core/testing';

import { byTestId, text } from './dom';

/**
 * Picks options of a Material select (single or multiple) as a user would, then closes it. Not
 * through the select harness: the harness waits for the page to be stable, which a page is not while
 * the request each pick sends (a filter) is pending.
 */
export function chooseOptions(fixture: ComponentFixture<unknown>, testId: string, labels: readonly string[]): void {
  const select = byTestId(fixture, testId);
  select.querySelector<HTMLElement>('.mat-mdc-select-trigger')?.click();
  TestBed.tick();
  for (const label of labels) {
    const option = Array.from(document.querySelectorAll<HTMLElement>('mat-option')).find(
      (element) => text(element) === label,
    );
    if (!option) {
      throw new Error(`No option "${label}" in ${testId}`);
    }
    option.click();
    TestBed.tick();
  }
  select.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
  TestBed.tick();
}
