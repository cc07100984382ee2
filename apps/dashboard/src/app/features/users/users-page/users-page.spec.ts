import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { provideRouter } from '@angular/router';

import { byTestId, text, typeInto } from '../../../../testing/dom';
import { apiError, page, user } from '../../../../testing/fixtures';
import { failWith, verifyNoPendingRequests } from '../../../../testing/http';
import { signInAs } from '../../../../testing/session';
import { authInterceptor } from '../../../core/auth/auth.interceptor';
import { apiErrorInterceptor } from '../../../core/http/api-error.interceptor';
import { UsersPage } from './users-page';

describe('UsersPage', () => {
  let fixture: ComponentFixture<UsersPage>;
  let backend: HttpTestingController;

  const me = user({ id: 'user-admin', email: 'admin@proprio.example', displayName: 'Test admin', role: 'admin' });

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [UsersPage],
      providers: [
        provideRouter([]),
        provideHttpClient(withInterceptors([apiErrorInterceptor, authInterceptor])),
        provideHttpClientTesting(),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    signInAs('admin');
    fixture = TestBed.createComponent(UsersPage);
    TestBed.tick();
    const list = backend.expectOne((request) => request.url === '/api/v1/users');
    expect(list.request.params.get('limit')).toBe('50');
    list.flush(page([me, user()], 2));
    await fixture.whenStable();
  });

  afterEach(() => verifyNoPendingRequests(backend));

  function rows(): HTMLElement[] {
    return Array.from((fixture.nativeElement as HTMLElement).querySelectorAll('[data-testid="user-row"]'));
  }

  it('lists users, without role or status controls on your own account', () => {
    expect(rows()).toHaveLength(2);
    const [mine, theirs] = rows();
    expect(text(mine ?? null)).toContain('(you)');
    expect(mine?.querySelector('[data-testid="user-role-select"]')).toBeNull();
    expect(mine?.querySelector('[data-testid="user-toggle-disabled"]')).toBeNull();
    expect(theirs?.querySelector('[data-testid="user-role-select"]')).not.toBeNull();
    expect(text(theirs?.querySelector('[data-testid="user-toggle-disabled"]') ?? null)).toBe('Disable');
  });

  it('changes a role after confirmation, sending the version it read', async () => {
    const loader = TestbedHarnessEnvironment.loader(fixture);
    const select = await loader.getHarness(MatSelectHarness.with({ selector: '[data-testid="user-role-select"]' }));
    await select.open();
    await select.clickOptions({ text: 'Therapist' });
    await fixture.whenStable();
    document.querySelector<HTMLButtonElement>('[data-testid="confirm-accept"]')?.click();

    const request = await vi.waitFor(() => backend.expectOne('/api/v1/users/u-2'));
    expect(request.request.method).toBe('PATCH');
    expect(request.request.body).toEqual({ role: 'therapist', version: 1 });
    request.flush(user({ role: 'therapist', version: 2 }));
    await fixture.whenStable();
    expect(await select.getValueText()).toBe('Therapist');
  });

  it('creates a user, showing the API error under the email field when it is taken', async () => {
    byTestId(fixture, 'new-user-button').click();
    await fixture.whenStable();

    const dialog = document.querySelector<HTMLElement>('app-create-user-dialog');
    expect(dialog).not.toBeNull();
    const field = (id: string) => dialog?.querySelector<HTMLInputElement>(`[data-testid="${id}"]`) ?? null;
    typeInto(field('user-email') as HTMLInputElement, 'new@proprio.example');
    typeInto(field('user-display-name') as HTMLInputElement, 'New Person');
    typeInto(field('user-password') as HTMLInputElement, 'short');
    const root = TestbedHarnessEnvironment.documentRootLoader(fixture);
    const role = await root.getHarness(MatSelectHarness.with({ selector: '[data-testid="user-role"]' }));
    await role.open();
    await role.clickOptions({ text: 'Assistant' });

    field('user-submit')?.click();
    await fixture.whenStable();
    backend.expectNone('/api/v1/users');
    expect(text(dialog?.querySelector('[data-testid="user-password-error"]') ?? null)).toBe(
      'Use at least 12 characters.',
    );

    typeInto(field('user-password') as HTMLInputElement, 'a-long-enough-password');
    field('user-submit')?.click();
    TestBed.tick();
    const create = backend.expectOne((request) => request.url === '/api/v1/users' && request.method === 'POST');
    expect(create.request.body).toEqual({
      email: 'new@proprio.example',
      displayName: 'New Person',
      role: 'assistant',
      password: 'a-long-enough-password',
    });
    failWith(
      create,
      apiError({
        statusCode: 409,
        code: 'EMAIL_TAKEN',
        details: [{ field: 'email', issue: 'A user with this email already exists.' }],
      }),
    );
    await fixture.whenStable();
    expect(text(dialog?.querySelector('[data-testid="user-email-error"]') ?? null)).toBe(
      'A user with this email already exists.',
    );
  });
});
