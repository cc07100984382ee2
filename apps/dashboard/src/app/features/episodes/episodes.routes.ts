import type { Routes } from '@angular/router';

import { permissionGuard } from '../../core/auth/auth.guards';

/** Episodes are created under a patient (see patients.routes.ts) and then addressed on their own. */
export const EPISODE_ROUTES: Routes = [
  { path: '', pathMatch: 'full', redirectTo: '/patients' },
  {
    path: ':episodeId',
    title: 'Episode',
    loadComponent: () => import('./episode-detail/episode-detail-page').then((m) => m.EpisodeDetailPage),
  },
  {
    path: ':episodeId/edit',
    title: 'Edit episode',
    canMatch: [permissionGuard('episode:write')],
    loadComponent: () => import('./episode-form/episode-form-page').then((m) => m.EpisodeFormPage),
  },
];
