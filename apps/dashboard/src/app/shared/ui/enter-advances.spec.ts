import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';

import { byTestId } from '../../../testing/dom';
import { EnterAdvances } from './enter-advances';

@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [EnterAdvances],
  template: `
    <form appEnterAdvances (submit)="submitted = submitted + 1; $event.preventDefault()">
      <input data-testid="first" />
      <input data-testid="disabled" disabled />
      <select data-testid="second">
        <option>a</option>
      </select>
      <textarea data-testid="notes"></textarea>
      <button type="submit">Save</button>
    </form>
  `,
})
class Host {
  submitted = 0;
}

function press(element: HTMLElement, init: KeyboardEventInit = {}): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true, ...init });
  element.dispatchEvent(event);
  return event;
}

describe('EnterAdvances', () => {
  it('moves to the next enabled field instead of submitting', async () => {
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    const first = byTestId<HTMLInputElement>(fixture, 'first');
    first.focus();

    const event = press(first);

    expect(event.defaultPrevented).toBe(true);
    expect(document.activeElement).toBe(byTestId(fixture, 'second'));
    expect(fixture.componentInstance.submitted).toBe(0);
  });

  it('leaves Enter alone in a text area', async () => {
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    expect(press(byTestId(fixture, 'notes')).defaultPrevented).toBe(false);
  });

  it('submits on Ctrl+Enter', async () => {
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    const first = byTestId<HTMLInputElement>(fixture, 'first');
    const requestSubmit = vi.spyOn(HTMLFormElement.prototype, 'requestSubmit').mockImplementation(() => undefined);
    press(first, { ctrlKey: true });
    expect(requestSubmit).toHaveBeenCalledTimes(1);
    requestSubmit.mockRestore();
  });
});
