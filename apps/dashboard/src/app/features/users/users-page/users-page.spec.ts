import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { provideRouter } from '@angular/router';

import { byTestId, text, typeInto } from '../../../../testing/dom';
import { apiError, currentUser, page, tokenResponse, user } from '../../../../testing/fixtures';
import { failWith, verifyNoPendingRequests } from '../../../../testing/http';
import { signInAs } from '../../../../testing/session';
import { AuthStore } from '../../../core/auth/auth-store';
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
    list.flush(page([me, user({ professionalTitle: 'PTA' })], 2));
    await fixture.whenStable();
  });

  afterEach(() => verifyNoPendingRequests(backend));

  function rows(): HTMLElement[] {
    return Array.from((fixture.nativeElement as HTMLElement).querySelectorAll('[data-testid="user-row"]'));
  }

  it('lists users with their professional title, without role or status controls on your own account', () => {
    expect(rows()).toHaveLength(2);
    const [mine, theirs] = rows();
    const noTitle = mine?.querySelector('[data-testid="user-professional-title"]');
    expect(text(noTitle?.querySelector('.visually-hidden') ?? null)).toBe('None');
    expect(text(theirs?.querySelector('[data-testid="user-professional-title"]') ?? null)).toBe('PTA');
    expect(mine?.querySelector('[data-testid="user-edit"]')).not.toBeNull();
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
    typeInto(field('user-professional-title') as HTMLInputElement, '  PT, DPT ');
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
      professionalTitle: 'PT, DPT',
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

  it('creates a user without a title when the field is left empty, and refuses a title over 60 characters', async () => {
    byTestId(fixture, 'new-user-button').click();
    await fixture.whenStable();
    const dialog = document.querySelector<HTMLElement>('app-create-user-dialog');
    const field = (id: string) => dialog?.querySelector<HTMLInputElement>(`[data-testid="${id}"]`) ?? null;
    typeInto(field('user-email') as HTMLInputElement, 'plain@proprio.example');
    typeInto(field('user-display-name') as HTMLInputElement, 'Plain Person');
    typeInto(field('user-password') as HTMLInputElement, 'a-long-enough-password');
    const root = TestbedHarnessEnvironment.documentRootLoader(fixture);
    const role = await root.getHarness(MatSelectHarness.with({ selector: '[data-testid="user-role"]' }));
    await role.open();
    await role.clickOptions({ text: 'Therapist' });

    typeInto(field('user-professional-title') as HTMLInputElement, 'P'.repeat(61));
    field('user-submit')?.click();
    await fixture.whenStable();
    backend.expectNone('/api/v1/users');
    expect(text(dialog?.querySelector('[data-testid="user-professional-title-error"]') ?? null)).toBe(
      'Use at most 60 characters.',
    );

    typeInto(field('user-professional-title') as HTMLInputElement, '   ');
    field('user-submit')?.click();
    TestBed.tick();
    const create = backend.expectOne((request) => request.url === '/api/v1/users' && request.method === 'POST');
    expect(create.request.body).toMatchObject({ displayName: 'Plain Person', professionalTitle: null });
    create.flush(user({ id: 'u-3', displayName: 'Plain Person' }), { status: 201, statusText: 'Created' });
    await fixture.whenStable();
    const reload = await vi.waitFor(() => backend.expectOne((request) => request.url === '/api/v1/users'));
    reload.flush(page([me, user(), user({ id: 'u-3', displayName: 'Plain Person' })], 3));
    await fixture.whenStable();
    expect(rows()).toHaveLength(3);
  });

  describe('editing a user', () => {
    async function openEdit(rowIndex: number): Promise<HTMLElement> {
      rows()[rowIndex]?.querySelector<HTMLButtonElement>('[data-testid="user-edit"]')?.click();
      await fixture.whenStable();
      const dialog = document.querySelector<HTMLElement>('app-edit-user-dialog');
      expect(dialog).not.toBeNull();
      return dialog as HTMLElement;
    }
    const inDialog = (dialog: HTMLElement, id: string) => dialog.querySelector<HTMLElement>(`[data-testid="${id}"]`);

    it('changes the title with the version read, and shows it in the list', async () => {
      const dialog = await openEdit(1);
      const title = inDialog(dialog, 'edit-user-professional-title') as HTMLInputElement;
      expect(title.value).toBe('PTA');
      expect((inDialog(dialog, 'edit-user-display-name') as HTMLInputElement).value).toBe('Sam Assistant');
      typeInto(title, ' PTA, CSCS ');
      inDialog(dialog, 'edit-user-submit')?.click();
      TestBed.tick();

      const request = backend.expectOne('/api/v1/users/u-2');
      expect(request.request.method).toBe('PATCH');
      expect(request.request.body).toEqual({
        displayName: 'Sam Assistant',
        professionalTitle: 'PTA, CSCS',
        version: 1,
      });
      request.flush(user({ professionalTitle: 'PTA, CSCS', version: 2 }));
      await fixture.whenStable();

      // The dialog closes after its (disabled) animation, then the row shows what the server saved.
      await vi.waitFor(() =>
        expect(text(rows()[1]?.querySelector('[data-testid="user-professional-title"]') ?? null)).toBe('PTA, CSCS'),
      );
      expect(document.querySelector('app-edit-user-dialog')).toBeNull();
    });

    it('clears the title when emptied, and lets you edit your own account', async () => {
      const dialog = await openEdit(0);
      typeInto(inDialog(dialog, 'edit-user-professional-title') as HTMLInputElement, '');
      inDialog(dialog, 'edit-user-submit')?.click();
      TestBed.tick();
      const request = backend.expectOne('/api/v1/users/user-admin');
      expect(request.request.body).toEqual({ displayName: 'Test admin', professionalTitle: null, version: 1 });
      request.flush({ ...me, version: 2 });
      await vi.waitFor(() => expect(document.querySelector('app-edit-user-dialog')).toBeNull());
    });

    it('renews the session after you rename yourself, so the toolbar shows the new name', async () => {
      const dialog = await openEdit(0);
      typeInto(inDialog(dialog, 'edit-user-display-name') as HTMLInputElement, 'Head of clinic');
      inDialog(dialog, 'edit-user-submit')?.click();
      TestBed.tick();
      backend.expectOne('/api/v1/users/user-admin').flush({ ...me, displayName: 'Head of clinic', version: 2 });
      const renewal = await vi.waitFor(() => backend.expectOne('/api/v1/auth/refresh'));
      renewal.flush({
        ...tokenResponse('access-2', 'admin'),
        user: currentUser('admin', { displayName: 'Head of clinic' }),
      });
      await fixture.whenStable();
      expect(TestBed.inject(AuthStore).user()?.displayName).toBe('Head of clinic');
    });

    it("shows the API's refusal under the title field and keeps the dialog open", async () => {
      const dialog = await openEdit(1);
      typeInto(inDialog(dialog, 'edit-user-professional-title') as HTMLInputElement, 'PT\u0007');
      inDialog(dialog, 'edit-user-submit')?.click();
      TestBed.tick();
      failWith(
        backend.expectOne('/api/v1/users/u-2'),
        apiError({
          statusCode: 400,
          code: 'VALIDATION_FAILED',
          details: [{ field: 'professionalTitle', issue: 'must be one line without control characters' }],
        }),
      );
      await fixture.whenStable();
      expect(text(inDialog(dialog, 'edit-user-professional-title-error'))).toBe(
        'must be one line without control characters',
      );
      expect(inDialog(dialog, 'edit-user-error')).toBeNull();
      expect(document.querySelector('app-edit-user-dialog')).not.toBeNull();
      inDialog(dialog, 'edit-user-cancel')?.click();
      await fixture.whenStable();
    });

    it('after a version conflict, reloads the user as saved now before allowing another save', async () => {
      const dialog = await openEdit(1);
      typeInto(inDialog(dialog, 'edit-user-professional-title') as HTMLInputElement, 'PT');
      inDialog(dialog, 'edit-user-submit')?.click();
      TestBed.tick();
      failWith(
        backend.expectOne('/api/v1/users/u-2'),
        apiError({
          statusCode: 409,
          code: 'VERSION_CONFLICT',
          details: [{ field: 'version', issue: 'is out of date' }],
        }),
      );
      await fixture.whenStable();
      expect(inDialog(dialog, 'edit-user-conflict')).not.toBeNull();
      expect((inDialog(dialog, 'edit-user-submit') as HTMLButtonElement).disabled).toBe(true);

      inDialog(dialog, 'edit-user-reload')?.click();
      TestBed.tick();
      const latest = backend.expectOne((request) => request.url === '/api/v1/users/u-2' && request.method === 'GET');
      latest.flush(user({ displayName: 'Sam Renamed', professionalTitle: 'PTA, ATC', version: 3 }));
      await fixture.whenStable();
      expect(inDialog(dialog, 'edit-user-conflict')).toBeNull();
      expect((inDialog(dialog, 'edit-user-professional-title') as HTMLInputElement).value).toBe('PTA, ATC');

      inDialog(dialog, 'edit-user-submit')?.click();
      TestBed.tick();
      const retry = backend.expectOne((request) => request.url === '/api/v1/users/u-2' && request.method === 'PATCH');
      expect(retry.request.body).toEqual({ displayName: 'Sam Renamed', professionalTitle: 'PTA, ATC', version: 3 });
      retry.flush(user({ displayName: 'Sam Renamed', professionalTitle: 'PTA, ATC', version: 4 }));
      await fixture.whenStable();
      await vi.waitFor(() => expect(text(rows()[1] ?? null)).toContain('Sam Renamed'));
    });
  });
});
