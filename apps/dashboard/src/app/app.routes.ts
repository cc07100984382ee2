import type { Routes } from '@angular/router';

import { permissionGuard, signedInGuard, signedOutGuard } from './core/auth/auth.guards';

export const routes: Routes = [
  {
    path: 'sign-in',
    title: 'Sign in',
    canActivate: [signedOutGuard],
    loadComponent: () => import('./features/auth/sign-in/sign-in-page').then((m) => m.SignInPage),
  },
  {
    // Everything signed-in lives inside the shell; leaving it (sign-out, expiry) destroys it all.
    path: '',
    canActivate: [signedInGuard],
    canActivateChild: [signedInGuard],
    loadComponent: () => import('./features/shell/shell').then((m) => m.Shell),
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'caseload' },
      {
        path: 'caseload',
        title: 'Caseload',
        loadComponent: () => import('./features/caseload/caseload-page/caseload-page').then((m) => m.CaseloadPage),
      },
      {
        path: 'patients',
        loadChildren: () => import('./features/patients/patients.routes').then((m) => m.PATIENT_ROUTES),
      },
      {
        path: 'episodes',
        loadChildren: () => import('./features/episodes/episodes.routes').then((m) => m.EPISODE_ROUTES),
      },
      {
        path: 'library',
        canMatch: [permissionGuard('library:read')],
        loadChildren: () => import('./features/library/library.routes').then((m) => m.LIBRARY_ROUTES),
      },
      {
        path: 'admin/users',
        title: 'Users',
        canMatch: [permissionGuard('user:manage')],
        loadComponent: () => import('./features/users/users-page/users-page').then((m) => m.UsersPage),
      },
      {
        path: 'admin/clinic',
        title: 'Clinic settings',
        canMatch: [permissionGuard('clinic:manage')],
        loadComponent: () =>
          import('./features/settings/clinic-settings-page/clinic-settings-page').then((m) => m.ClinicSettingsPage),
      },
    ],
  },
  { path: '**', redirectTo: '' },
];
