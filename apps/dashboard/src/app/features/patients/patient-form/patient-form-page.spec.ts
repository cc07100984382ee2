import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { provideRouter, Router } from '@angular/router';

import { byTestId, queryTestId, text, typeInto } from '../../../../testing/dom';
import { apiError, patient } from '../../../../testing/fixtures';
import { failWith, verifyNoPendingRequests } from '../../../../testing/http';
import { signInAs } from '../../../../testing/session';
import { authInterceptor } from '../../../core/auth/auth.interceptor';
import { apiErrorInterceptor } from '../../../core/http/api-error.interceptor';
import { todayIsoDate } from '../../../shared/dates/calendar-date';
import { PatientFormPage } from './patient-form-page';

describe('PatientFormPage', () => {
  let fixture: ComponentFixture<PatientFormPage>;
  let backend: HttpTestingController;
  let navigate: ReturnType<typeof vi.spyOn>;

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [PatientFormPage],
      providers: [
        provideRouter([]),
        provideHttpClient(withInterceptors([apiErrorInterceptor, authInterceptor])),
        provideHttpClientTesting(),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    navigate = vi.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    signInAs('therapist');
  });

  afterEach(() => verifyNoPendingRequests(backend));

  function input(id: string): HTMLInputElement {
    return byTestId<HTMLInputElement>(fixture, id);
  }

  async function chooseSex(label: string): Promise<void> {
    const loader = TestbedHarnessEnvironment.loader(fixture);
    const select = await loader.getHarness(MatSelectHarness.with({ selector: '[data-testid="patient-sex"]' }));
    await select.open();
    await select.clickOptions({ text: label });
  }

  async function fillValidPatient(): Promise<void> {
    typeInto(input('patient-record-number'), ' MRN-777 ');
    typeInto(input('patient-given-name'), 'Grace');
    typeInto(input('patient-family-name'), 'Hopper');
    typeInto(input('patient-date-of-birth'), '1985-12-09');
    typeInto(input('patient-email'), 'grace@example.org');
    await chooseSex('Female');
  }

  function submit(): void {
    byTestId<HTMLButtonElement>(fixture, 'patient-submit').click();
    TestBed.tick();
  }

  describe('creating', () => {
    beforeEach(async () => {
      fixture = TestBed.createComponent(PatientFormPage);
      await fixture.whenStable();
    });

    it('registers the patient with trimmed values and opens their page', async () => {
      await fillValidPatient();
      submit();

      const request = backend.expectOne('/api/v1/patients');
      expect(request.request.method).toBe('POST');
      expect(request.request.body).toEqual({
        recordNumber: 'MRN-777',
        givenName: 'Grace',
        familyName: 'Hopper',
        dateOfBirth: '1985-12-09',
        sex: 'female',
        email: 'grace@example.org',
        phone: null,
      });
      request.flush(patient({ id: 'p-new' }), { status: 201, statusText: 'Created' });
      await fixture.whenStable();

      expect(navigate).toHaveBeenCalledWith(['/patients', 'p-new']);
    });

    it("shows the API's field error under the matching field", async () => {
      await fillValidPatient();
      submit();

      failWith(
        backend.expectOne('/api/v1/patients'),
        apiError({
          statusCode: 409,
          code: 'RECORD_NUMBER_TAKEN',
          message: 'Record number already exists',
          details: [{ field: 'recordNumber', issue: 'Record number MRN-777 is already in use.' }],
        }),
      );
      await fixture.whenStable();

      expect(text(byTestId(fixture, 'patient-record-number-error'))).toBe('Record number MRN-777 is already in use.');
      expect(input('patient-record-number').getAttribute('aria-invalid')).toBe('true');
      // The message is announced with the field: it is in the field's description.
      const describedBy = input('patient-record-number').getAttribute('aria-describedby') ?? '';
      expect(describedBy.split(' ')).toContain(byTestId(fixture, 'patient-record-number-error').id);
      expect(queryTestId(fixture, 'patient-given-name-error')).toBeNull();
      expect(queryTestId(fixture, 'patient-form-error')).toBeNull();
      expect(navigate).not.toHaveBeenCalled();
    });

    it('maps a validation failure on the date of birth to that field', async () => {
      await fillValidPatient();
      submit();

      failWith(
        backend.expectOne('/api/v1/patients'),
        apiError({
          statusCode: 400,
          code: 'VALIDATION_FAILED',
          details: [{ field: 'dateOfBirth', issue: 'dateOfBirth must be on or after 1900-01-01' }],
        }),
      );
      await fixture.whenStable();

      expect(text(byTestId(fixture, 'patient-date-of-birth-error'))).toBe('dateOfBirth must be on or after 1900-01-01');
      expect(queryTestId(fixture, 'patient-record-number-error')).toBeNull();
    });

    it('refuses a date of birth in the future without calling the API', async () => {
      await fillValidPatient();
      const tomorrow = new Date();
      tomorrow.setDate(tomorrow.getDate() + 1);
      typeInto(input('patient-date-of-birth'), todayIsoDate(tomorrow));
      submit();
      await fixture.whenStable();

      backend.expectNone('/api/v1/patients');
      expect(text(byTestId(fixture, 'patient-date-of-birth-error'))).toBe('The date cannot be in the future.');
    });

    it('requires the mandatory fields', async () => {
      submit();
      await fixture.whenStable();

      backend.expectNone('/api/v1/patients');
      for (const field of ['record-number', 'given-name', 'family-name', 'date-of-birth', 'sex']) {
        expect(text(byTestId(fixture, `patient-${field}-error`))).toBe('This field is required.');
      }
      expect(queryTestId(fixture, 'patient-email-error')).toBeNull();
    });
  });

  describe('editing', () => {
    beforeEach(async () => {
      fixture = TestBed.createComponent(PatientFormPage);
      fixture.componentRef.setInput('patientId', 'p-1');
      TestBed.tick();
      backend.expectOne('/api/v1/patients/p-1').flush(patient({ version: 3, phone: '+44 20 7946 0000' }));
      await fixture.whenStable();
    });

    it('starts from the stored record and sends back the version it read', async () => {
      expect(input('patient-record-number').value).toBe('MRN-001');
      expect(input('patient-phone').value).toBe('+44 20 7946 0000');

      typeInto(input('patient-given-name'), 'Augusta Ada');
      submit();

      const request = backend.expectOne('/api/v1/patients/p-1');
      expect(request.request.method).toBe('PATCH');
      expect(request.request.body).toMatchObject({ givenName: 'Augusta Ada', version: 3 });
      request.flush(patient({ givenName: 'Augusta Ada', version: 4 }));
      await fixture.whenStable();
      expect(navigate).toHaveBeenCalledWith(['/patients', 'p-1']);
    });

    it('explains a version conflict and reloads the current record on request', async () => {
      typeInto(input('patient-given-name'), 'Augusta Ada');
      submit();
      failWith(
        backend.expectOne('/api/v1/patients/p-1'),
        apiError({ statusCode: 409, code: 'VERSION_CONFLICT', message: 'Version conflict' }),
      );
      await fixture.whenStable();

      expect(text(byTestId(fixture, 'version-conflict'))).toContain('changed by someone else');
      expect(text(byTestId(fixture, 'version-conflict'))).toContain('Reload');
      expect(byTestId<HTMLButtonElement>(fixture, 'patient-submit').disabled).toBe(true);

      byTestId(fixture, 'patient-reload').click();
      TestBed.tick();
      backend.expectOne('/api/v1/patients/p-1').flush(patient({ givenName: 'Ada K.', version: 5 }));
      await fixture.whenStable();

      expect(queryTestId(fixture, 'version-conflict')).toBeNull();
      expect(input('patient-given-name').value).toBe('Ada K.');

      submit();
      expect(backend.expectOne('/api/v1/patients/p-1').request.body).toMatchObject({ version: 5 });
    });
  });
});
