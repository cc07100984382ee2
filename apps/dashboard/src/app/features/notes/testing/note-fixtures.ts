import type { Note, NoteAddendum, NoteObjectiveDraft, NotePage, ProgressNoteStatus } from '@proprio/contracts';

/** Notes test data, in the exact shapes the API returns (specs only). */

export function draftNote(overrides: Partial<Note> = {}): Note {
  return {
    id: 'n-1',
    episodeId: 'e-1',
    type: 'progress',
    status: 'draft',
    periodStart: '2026-03-02',
    periodEnd: '2026-03-20',
    subjective: 'Reports no giving way; stairs pain-free.',
    objective: 'Single hop LSI 82.4% (1 Mar 2026).',
    assessment: '',
    plan: '',
    authorId: 'user-assistant',
    authorName: 'Sam Assistant',
    createdAt: '2026-03-20T09:00:00.000Z',
    updatedAt: '2026-03-20T09:00:00.000Z',
    signature: null,
    contentHash: null,
    addenda: [],
    version: 2,
    ...overrides,
  };
}

export function addendum(overrides: Partial<NoteAddendum> = {}): NoteAddendum {
  return {
    id: 'ad-1',
    noteId: 'n-1',
    body: 'Correction: the single hop was measured on 2 Mar 2026.',
    signature: {
      userId: 'user-therapist',
      name: 'Jane Therapist',
      professionalTitle: 'PT, DPT',
      signedAt: '2026-03-22T12:05:00.000Z',
    },
    ...overrides,
  };
}

export function signedNote(overrides: Partial<Note> = {}): Note {
  return draftNote({
    status: 'signed',
    assessment: 'Hop symmetry below the 90% target; quadriceps weakness persists.',
    plan: 'Continue phase 3; retest hops in 4 weeks.',
    signature: {
      userId: 'user-therapist',
      name: 'Jane Therapist',
      professionalTitle: 'PT, DPT',
      signedAt: '2026-03-21T12:00:00.000Z',
    },
    contentHash: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
    version: 3,
    ...overrides,
  });
}

export function progressStatus(overrides: Partial<ProgressNoteStatus> = {}): ProgressNoteStatus {
  return {
    visitsSinceLastProgressNote: 4,
    progressNoteInterval: 10,
    progressNoteDayLimit: null,
    reportingPeriodStart: '2026-03-02',
    due: false,
    ...overrides,
  };
}

export function notePage(items: Note[], overrides: Partial<NotePage> = {}): NotePage {
  return { items, total: items.length, limit: 20, offset: 0, progress: progressStatus(), ...overrides };
}

export function objectiveDraft(overrides: Partial<NoteObjectiveDraft> = {}): NoteObjectiveDraft {
  return {
    periodStart: '2026-03-02',
    periodEnd: '2026-03-20',
    text: 'Single hop for distance: LSI 82.4% (involved 122 cm, uninvolved 148 cm), 1 Mar 2026.\nKOOS pain 83.3.',
    sources: { measurements: 3, questionnaires: 1, sessions: 4, phaseTransitions: 0 },
    ...overrides,
  };
}
