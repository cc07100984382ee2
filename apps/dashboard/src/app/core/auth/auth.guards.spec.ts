import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';

import { signInAs } from '../../../testing/session';
import { permissionGuard, signedInGuard, signedOutGuard } from './auth.guards';

@Component({ template: 'page' })
class Page {}

describe('route guards', () => {
  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          { path: 'sign-in', canActivate: [signedOutGuard], component: Page },
          { path: 'caseload', canActivate: [signedInGuard], component: Page },
          { path: 'patients', canActivate: [signedInGuard], component: Page },
          { path: 'patients/:id', canActivate: [signedInGuard], component: Page },
          { path: 'admin/users', canMatch: [permissionGuard('user:manage')], component: Page },
        ]),
      ],
    });
  });

  it('sends a signed-out visitor to sign in, remembering where they were going', async () => {
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/patients/p-1');
    expect(TestBed.inject(Router).url).toBe('/sign-in?returnUrl=%2Fpatients%2Fp-1');
  });

  it('lets a signed-in user in, and keeps them away from the sign-in page', async () => {
    signInAs('therapist');
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/patients/p-1');
    expect(TestBed.inject(Router).url).toBe('/patients/p-1');

    await harness.navigateByUrl('/sign-in');
    expect(TestBed.inject(Router).url).toBe('/caseload');
  });

  it('opens user administration to admins only', async () => {
    signInAs('therapist');
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/admin/users');
    expect(TestBed.inject(Router).url).toBe('/caseload');

    signInAs('admin');
    await harness.navigateByUrl('/admin/users');
    expect(TestBed.inject(Router).url).toBe('/admin/users');
  });
});
