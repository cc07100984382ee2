import { FormControl, FormGroup, Validators } from '@angular/forms';

import { apiError } from '../../../testing/fixtures';
import { errorText } from './error-text';
import { applyServerErrors } from './server-errors';

function buildForm() {
  return new FormGroup({
    recordNumber: new FormControl('MRN-1', { nonNullable: true, validators: Validators.required }),
    dateOfBirth: new FormControl('2000-01-01', { nonNullable: true }),
    concomitantInjuries: new FormControl<string[]>([], { nonNullable: true }),
  });
}

describe('applyServerErrors', () => {
  it('puts each issue on the control named by its field, and marks it touched so it shows', () => {
    const form = buildForm();
    const unmatched = applyServerErrors(
      form,
      apiError({
        statusCode: 409,
        code: 'RECORD_NUMBER_TAKEN',
        details: [{ field: 'recordNumber', issue: 'already in use' }],
      }),
    );

    expect(unmatched).toEqual([]);
    expect(form.controls.recordNumber.errors).toEqual({ server: 'already in use' });
    expect(form.controls.recordNumber.touched).toBe(true);
    expect(errorText(form.controls.recordNumber)).toBe('already in use');
    expect(form.controls.dateOfBirth.errors).toBeNull();
    expect(form.valid).toBe(false);
  });

  it('falls back to the nearest control for a dotted field such as an array element', () => {
    const form = buildForm();
    applyServerErrors(
      form,
      apiError({
        statusCode: 400,
        code: 'VALIDATION_FAILED',
        details: [{ field: 'concomitantInjuries.1', issue: 'unknown injury' }],
      }),
    );
    expect(form.controls.concomitantInjuries.errors).toEqual({ server: 'unknown injury' });
  });

  it('returns the issues no control matches, for a form-level message', () => {
    const form = buildForm();
    const unmatched = applyServerErrors(
      form,
      apiError({
        statusCode: 400,
        code: 'VALIDATION_FAILED',
        details: [
          { field: 'clinicId', issue: 'not allowed' },
          { field: 'dateOfBirth', issue: 'must not be in the future' },
        ],
      }),
    );
    expect(unmatched).toEqual([{ field: 'clinicId', issue: 'not allowed' }]);
    expect(form.controls.dateOfBirth.errors).toEqual({ server: 'must not be in the future' });
  });

  it('joins several issues for one field', () => {
    const form = buildForm();
    applyServerErrors(
      form,
      apiError({
        statusCode: 400,
        code: 'VALIDATION_FAILED',
        details: [
          { field: 'recordNumber', issue: 'too long.' },
          { field: 'recordNumber', issue: 'bad characters.' },
        ],
      }),
    );
    expect(form.controls.recordNumber.errors?.['server']).toBe('too long. bad characters.');
  });

  it('clears the server error once the user edits the field', () => {
    const form = buildForm();
    applyServerErrors(
      form,
      apiError({ statusCode: 409, code: 'RECORD_NUMBER_TAKEN', details: [{ field: 'recordNumber', issue: 'taken' }] }),
    );
    form.controls.recordNumber.setValue('MRN-2');
    expect(form.controls.recordNumber.errors).toBeNull();
  });
});
