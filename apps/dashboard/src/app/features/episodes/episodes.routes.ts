import type { Routes } from '@angular/router';

import { permissionGuard } from '../../core/auth/auth.guards';
import { unsavedNoteGuard } from '../notes/note-detail/unsaved-note.guard';

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
  {
    path: ':episodeId/assessments/new',
    title: 'New test session',
    canMatch: [permissionGuard('measure:write')],
    loadComponent: () => import('../measures/assessment-form/assessment-form-page').then((m) => m.AssessmentFormPage),
  },
  {
    path: ':episodeId/questionnaires/new',
    title: 'New questionnaire',
    canMatch: [permissionGuard('measure:write')],
    loadComponent: () =>
      import('../questionnaires/questionnaire-form/questionnaire-form-page').then((m) => m.QuestionnaireFormPage),
  },
  {
    path: ':episodeId/programme',
    title: 'Programme',
    loadComponent: () => import('../programmes/programme-page/programme-page').then((m) => m.ProgrammePage),
  },
  {
    path: ':episodeId/sessions/new',
    title: 'Log session',
    canMatch: [permissionGuard('session:write')],
    loadComponent: () => import('../sessions/session-form/session-form-page').then((m) => m.SessionFormPage),
  },
  {
    path: ':episodeId/notes',
    title: 'Notes',
    loadComponent: () => import('../notes/note-list/note-list-page').then((m) => m.NoteListPage),
  },
  {
    path: ':episodeId/notes/new',
    title: 'New note',
    canMatch: [permissionGuard('note:write')],
    canDeactivate: [unsavedNoteGuard],
    loadComponent: () => import('../notes/note-detail/note-detail-page').then((m) => m.NoteDetailPage),
  },
  {
    path: ':episodeId/notes/:noteId',
    title: 'Note',
    canDeactivate: [unsavedNoteGuard],
    loadComponent: () => import('../notes/note-detail/note-detail-page').then((m) => m.NoteDetailPage),
  },
  {
    // Chart.js is imported by this page only, so it loads with it and never with the initial bundle.
    path: ':episodeId/progress',
    title: 'Progress',
    loadComponent: () => import('../progress/progress-page/progress-page').then((m) => m.ProgressPage),
  },
];
