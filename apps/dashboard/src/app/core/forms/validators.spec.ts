import { FormControl, FormGroup } from '@angular/forms';

import { isoDateValidator, notBeforeSiblingValidator, notInFutureValidator } from './validators';

describe('date validators', () => {
  it('refuses a date after today, and accepts today', () => {
    const validator = notInFutureValidator(() => '2026-03-10');
    expect(validator(new FormControl('2026-03-11'))).toEqual({ futureDate: true });
    expect(validator(new FormControl('2026-03-10'))).toBeNull();
    expect(validator(new FormControl(''))).toBeNull();
  });

  it('refuses text that is not a calendar date', () => {
    expect(isoDateValidator(new FormControl('2026-02-30'))).toEqual({ isoDate: true });
    expect(isoDateValidator(new FormControl('2026-02-28'))).toBeNull();
  });

  it('refuses a date before its sibling, with the given message', () => {
    const form = new FormGroup({
      injuryDate: new FormControl('2026-01-10'),
      surgeryDate: new FormControl('2026-01-09', notBeforeSiblingValidator('injuryDate', 'Too early')),
    });
    // The sibling is only reachable once the control is in its group, as it is on any edit.
    form.controls.surgeryDate.updateValueAndValidity();
    expect(form.controls.surgeryDate.errors).toEqual({ dateOrder: { message: 'Too early' } });

    form.controls.surgeryDate.setValue('2026-01-10');
    expect(form.controls.surgeryDate.errors).toBeNull();
  });
});
