import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';

import { byTestId, queryTestId, text, typeInto } from '../../../../testing/dom';
import { apiError, tokenResponse } from '../../../../testing/fixtures';
import { failWith, verifyNoPendingRequests } from '../../../../testing/http';
import { AuthStore } from '../../../core/auth/auth-store';
import { authInterceptor } from '../../../core/auth/auth.interceptor';
import { apiErrorInterceptor } from '../../../core/http/api-error.interceptor';
import { SignInPage } from './sign-in-page';

describe('SignInPage', () => {
  let fixture: ComponentFixture<SignInPage>;
  let backend: HttpTestingController;
  let navigateByUrl: ReturnType<typeof vi.spyOn>;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [SignInPage],
      providers: [
        provideRouter([]),
        provideHttpClient(withInterceptors([apiErrorInterceptor, authInterceptor])),
        provideHttpClientTesting(),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    navigateByUrl = vi.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    fixture = TestBed.createComponent(SignInPage);
    await fixture.whenStable();
  });

  afterEach(() => verifyNoPendingRequests(backend));

  async function submit(email: string, password: string): Promise<void> {
    typeInto(byTestId<HTMLInputElement>(fixture, 'sign-in-email'), email);
    typeInto(byTestId<HTMLInputElement>(fixture, 'sign-in-password'), password);
    byTestId<HTMLButtonElement>(fixture, 'sign-in-submit').click();
    await fixture.whenStable();
  }

  it('shows "Email or password is incorrect" on a 401 and lets the user try again', async () => {
    await submit('therapist@proprio.example', 'wrong-password-1');

    const request = backend.expectOne('/api/v1/auth/login');
    expect(request.request.body).toEqual({ email: 'therapist@proprio.example', password: 'wrong-password-1' });
    expect(byTestId<HTMLButtonElement>(fixture, 'sign-in-submit').disabled).toBe(true);

    failWith(request, apiError({ statusCode: 401, code: 'INVALID_CREDENTIALS', message: 'Invalid credentials' }));
    await fixture.whenStable();

    expect(text(byTestId(fixture, 'sign-in-error'))).toBe('Email or password is incorrect.');
    expect(byTestId<HTMLButtonElement>(fixture, 'sign-in-submit').disabled).toBe(false);
    expect(byTestId<HTMLInputElement>(fixture, 'sign-in-password').value).toBe('');
    // The cleared password is ready for a new attempt, not flagged as a missing field.
    expect(text(fixture.nativeElement as HTMLElement)).not.toContain('This field is required.');
    expect(byTestId<HTMLInputElement>(fixture, 'sign-in-email').value).toBe('therapist@proprio.example');
    expect(TestBed.inject(AuthStore).isSignedIn()).toBe(false);
    expect(navigateByUrl).not.toHaveBeenCalled();
  });

  it('signs in, keeps the session in memory and goes to the page that was asked for', async () => {
    fixture.componentRef.setInput('returnUrl', '/patients/p-9');
    await submit('therapist@proprio.example', 'proprio-demo-2026');

    backend.expectOne('/api/v1/auth/login').flush(tokenResponse('access-xyz'));
    await fixture.whenStable();

    const store = TestBed.inject(AuthStore);
    expect(store.isSignedIn()).toBe(true);
    expect(store.accessToken()).toBe('access-xyz');
    expect(localStorage.length).toBe(0);
    expect(sessionStorage.length).toBe(0);
    expect(navigateByUrl).toHaveBeenCalledWith('/patients/p-9');
  });

  it('ignores a return URL that leaves the app', async () => {
    fixture.componentRef.setInput('returnUrl', '//evil.example/steal');
    await submit('therapist@proprio.example', 'proprio-demo-2026');
    backend.expectOne('/api/v1/auth/login').flush(tokenResponse());
    await fixture.whenStable();

    expect(navigateByUrl).toHaveBeenCalledWith('/caseload');
  });

  it('does not call the API while the form is incomplete', async () => {
    await submit('', '');

    backend.expectNone('/api/v1/auth/login');
    expect(queryTestId(fixture, 'sign-in-error')).toBeNull();
    expect(text(fixture.nativeElement as HTMLElement)).toContain('This field is required.');
  });
});
