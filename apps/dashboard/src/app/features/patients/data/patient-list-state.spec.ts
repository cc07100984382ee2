import { TestBed } from '@angular/core/testing';

import { signInAs } from '../../../../testing/session';
import { AuthStore } from '../../../core/auth/auth-store';
import { INITIAL_PATIENT_LIST_QUERY, PatientListState } from './patient-list-state';

describe('PatientListState', () => {
  it('remembers the search while signed in, and forgets it at sign-out', () => {
    signInAs('therapist');
    const state = TestBed.inject(PatientListState);
    state.update({ q: 'lovelace', offset: 40 });
    expect(state.query()).toMatchObject({ q: 'lovelace', offset: 40 });

    TestBed.inject(AuthStore).clear();
    expect(state.query()).toEqual(INITIAL_PATIENT_LIST_QUERY);
  });

  it("does not carry one user's search into another user's session", () => {
    signInAs('therapist');
    const state = TestBed.inject(PatientListState);
    state.update({ q: 'lovelace' });

    signInAs('admin');
    expect(state.query().q).toBe('');
  });
});
