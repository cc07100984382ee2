import type { Routes } from '@angular/router';

import { permissionGuard } from '../../core/auth/auth.guards';

export const PATIENT_ROUTES: Routes = [
  {
    path: '',
    title: 'Patients',
    loadComponent: () => import('./patient-list/patient-list-page').then((m) => m.PatientListPage),
  },
  {
    path: 'new',
    title: 'New patient',
    canMatch: [permissionGuard('patient:write')],
    loadComponent: () => import('./patient-form/patient-form-page').then((m) => m.PatientFormPage),
  },
  {
    path: ':patientId',
    title: 'Patient',
    loadComponent: () => import('./patient-detail/patient-detail-page').then((m) => m.PatientDetailPage),
  },
  {
    path: ':patientId/edit',
    title: 'Edit patient',
    canMatch: [permissionGuard('patient:write')],
    loadComponent: () => import('./patient-form/patient-form-page').then((m) => m.PatientFormPage),
  },
  {
    path: ':patientId/episodes/new',
    title: 'New episode',
    canMatch: [permissionGuard('episode:write')],
    loadComponent: () => import('../episodes/episode-form/episode-form-page').then((m) => m.EpisodeFormPage),
  },
];
