import type { Routes } from '@angular/router';

import { permissionGuard } from '../../core/auth/auth.guards';

/** The exercise library and the protocols (`/library/...`); every signed-in role may read them. */
export const LIBRARY_ROUTES: Routes = [
  { path: '', pathMatch: 'full', redirectTo: 'exercises' },
  {
    path: 'exercises',
    title: 'Exercise library',
    loadComponent: () => import('./exercise-list/exercise-list-page').then((m) => m.ExerciseListPage),
  },
  {
    path: 'exercises/new',
    title: 'New exercise',
    canMatch: [permissionGuard('library:write')],
    loadComponent: () => import('./exercise-form/exercise-form-page').then((m) => m.ExerciseFormPage),
  },
  {
    path: 'exercises/:exerciseId',
    title: 'Exercise',
    loadComponent: () => import('./exercise-detail/exercise-detail-page').then((m) => m.ExerciseDetailPage),
  },
  {
    path: 'exercises/:exerciseId/edit',
    title: 'Edit exercise',
    canMatch: [permissionGuard('library:write')],
    loadComponent: () => import('./exercise-form/exercise-form-page').then((m) => m.ExerciseFormPage),
  },
  {
    path: 'protocols',
    title: 'Protocols',
    loadComponent: () => import('./protocol-list/protocol-list-page').then((m) => m.ProtocolListPage),
  },
  {
    path: 'protocols/:protocolId',
    title: 'Protocol',
    loadComponent: () => import('./protocol-detail/protocol-detail-page').then((m) => m.ProtocolDetailPage),
  },
];
