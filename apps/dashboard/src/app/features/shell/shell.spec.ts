import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { provideRouter, Router } from '@angular/router';

import { byTestId, queryTestId, text } from '../../../testing/dom';
import { signInAs } from '../../../testing/session';
import { AuthStore } from '../../core/auth/auth-store';
import { authInterceptor } from '../../core/auth/auth.interceptor';
import { ConfirmDialog } from '../../shared/ui/confirm-dialog';
import { Shell } from './shell';

describe('Shell', () => {
  let fixture: ComponentFixture<Shell>;

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [Shell],
      providers: [
        provideRouter([]),
        provideHttpClient(withInterceptors([authInterceptor])),
        provideHttpClientTesting(),
      ],
    });
  });

  async function render(role: 'admin' | 'therapist' | 'assistant'): Promise<void> {
    signInAs(role);
    fixture = TestBed.createComponent(Shell);
    await fixture.whenStable();
  }

  it("shows the clinic, the user's name and role, and the patient list link", async () => {
    await render('therapist');
    expect(text(byTestId(fixture, 'clinic-name'))).toBe('Riverside Physio');
    expect(text(byTestId(fixture, 'current-user'))).toBe('Test therapist, Therapist');
    expect(byTestId<HTMLAnchorElement>(fixture, 'nav-patients').getAttribute('href')).toBe('/patients');
    expect(queryTestId(fixture, 'nav-users')).toBeNull();
  });

  it('leads with the caseload, and links the exercise library and protocols for every role', async () => {
    await render('assistant');
    const links = Array.from((fixture.nativeElement as HTMLElement).querySelectorAll('nav a')).map((a) => text(a));
    expect(links).toEqual(['Caseload', 'Patients', 'Exercise library', 'Protocols']);
    expect(byTestId<HTMLAnchorElement>(fixture, 'nav-caseload').getAttribute('href')).toBe('/caseload');
    expect(byTestId<HTMLAnchorElement>(fixture, 'nav-exercises').getAttribute('href')).toBe('/library/exercises');
    expect(byTestId<HTMLAnchorElement>(fixture, 'nav-protocols').getAttribute('href')).toBe('/library/protocols');
  });

  it('adds user administration and clinic settings for admins', async () => {
    await render('admin');
    expect(byTestId<HTMLAnchorElement>(fixture, 'nav-users').getAttribute('href')).toBe('/admin/users');
    expect(byTestId<HTMLAnchorElement>(fixture, 'nav-clinic-settings').getAttribute('href')).toBe('/admin/clinic');
    const links = Array.from((fixture.nativeElement as HTMLElement).querySelectorAll('nav a')).map((a) => text(a));
    expect(links.slice(-2)).toEqual(['Users', 'Clinic settings']);
  });

  it('shows clinic settings to no other role', async () => {
    for (const role of ['therapist', 'assistant'] as const) {
      await render(role);
      expect({ role, link: queryTestId(fixture, 'nav-clinic-settings') }).toEqual({ role, link: null });
      fixture.destroy();
    }
  });

  it('signs out through the API and leaves for the sign-in page', async () => {
    await render('assistant');
    const navigate = vi.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);

    byTestId(fixture, 'sign-out-button').click();
    await Promise.resolve();
    TestBed.inject(HttpTestingController)
      .expectOne('/api/v1/auth/logout')
      .flush(null, { status: 204, statusText: 'No Content' });
    await vi.waitFor(() => expect(navigate).toHaveBeenCalledWith('/sign-in'));
    expect(TestBed.inject(AuthStore).isSignedIn()).toBe(false);
  });

  it('closes any open dialog when the signed-in shell goes away', async () => {
    await render('therapist');
    const dialog = TestBed.inject(MatDialog);
    const ref = dialog.open(ConfirmDialog, {
      data: { title: 'Archive?', message: 'Ada Lovelace', confirmLabel: 'Archive' },
    });
    const closed = vi.fn();
    ref.afterClosed().subscribe(closed);
    await fixture.whenStable();
    expect(document.body.textContent).toContain('Ada Lovelace');

    fixture.destroy();
    await vi.waitFor(() => expect(closed).toHaveBeenCalled());
    expect(dialog.openDialogs).toHaveLength(0);
    expect(document.body.textContent).not.toContain('Ada Lovelace');
  });
});
