/**
 * Clinical notes (SOAP) and their addenda. A note is a legal record: once signed it never changes;
 * corrections are addenda, each signed and timestamped by its author.
 *
 * - `GET  /api/v1/episodes/{id}/notes?limit&offset` → NotePage (newest period first)
 * - `POST /api/v1/episodes/{id}/notes` (note:write) → Note (a draft; objective auto-filled when omitted)
 * - `GET  /api/v1/episodes/{id}/note-objective?periodStart&periodEnd` → NoteObjectiveDraft (preview, writes nothing)
 * - `GET  /api/v1/notes/{id}` → Note
 * - `PUT  /api/v1/notes/{id}` (note:write, draft only, `version`) → Note
 * - `DELETE /api/v1/notes/{id}` (note:write, draft only) → 204
 * - `POST /api/v1/notes/{id}/sign` (note:sign, `version`) → Note
 * - `POST /api/v1/notes/{id}/addenda` (note:sign, signed notes only) → Note
 * - `GET  /api/v1/notes/{id}/pdf` (export:read) → application/pdf (drafts carry a DRAFT watermark)
 */
export const NOTE_TYPES = ['initial_evaluation', 'daily', 'progress', 'discharge'] as const;
export type NoteType = (typeof NOTE_TYPES)[number];

export const NOTE_TYPE_LABELS: Readonly<Record<NoteType, string>> = {
  initial_evaluation: 'Initial evaluation',
  daily: 'Daily note',
  progress: 'Progress report',
  discharge: 'Discharge summary',
};

export const NOTE_STATUSES = ['draft', 'signed'] as const;
export type NoteStatus = (typeof NOTE_STATUSES)[number];

/** Longest text of one SOAP section or addendum (characters). */
export const NOTE_SECTION_MAX_LENGTH = 20_000;

/** Who signed, as they were identified at the moment of signing (a later rename does not change it). */
export interface NoteSignature {
  userId: string;
  name: string;
  /** Professional identification, e.g. "PT, DPT"; null when the user has none recorded. */
  professionalTitle: string | null;
  signedAt: string;
}

export interface NoteAddendum {
  id: string;
  noteId: string;
  body: string;
  signature: NoteSignature;
}

export interface Note {
  id: string;
  episodeId: string;
  type: NoteType;
  status: NoteStatus;
  /** The reporting period the note covers (inclusive calendar dates). */
  periodStart: string;
  periodEnd: string;
  subjective: string;
  objective: string;
  assessment: string;
  plan: string;
  authorId: string;
  authorName: string;
  createdAt: string;
  updatedAt: string;
  /** Null while a draft. */
  signature: NoteSignature | null;
  /** SHA-256 of the signed content (type, period, the four sections, signer, time); null while a draft. */
  contentHash: string | null;
  addenda: NoteAddendum[];
  version: number;
}

export interface CreateNoteRequest {
  type: NoteType;
  periodStart: string;
  periodEnd: string;
  subjective?: string;
  /** Omitted: filled from the period's records (see NoteObjectiveDraft). */
  objective?: string;
  assessment?: string;
  plan?: string;
}

/** A full replacement of a draft's content. */
export interface UpdateNoteRequest {
  type: NoteType;
  periodStart: string;
  periodEnd: string;
  subjective: string;
  objective: string;
  assessment: string;
  plan: string;
  version: number;
}

export interface SignNoteRequest {
  version: number;
}

export interface CreateAddendumRequest {
  body: string;
}

/** What the records of a period say, as the text the objective section starts from. */
export interface NoteObjectiveDraft {
  periodStart: string;
  periodEnd: string;
  text: string;
  /** How many records of each kind the text was built from. */
  sources: { measurements: number; questionnaires: number; sessions: number; phaseTransitions: number };
}

/** When the next progress report is due (REFERENCE §6.2: 10 treatment days; a calendar limit optional). */
export interface ProgressNoteStatus {
  /** Visits after the period of the last signed progress report (all visits of the episode before one). */
  visitsSinceLastProgressNote: number;
  progressNoteInterval: number;
  /** The clinic's calendar-day limit, or null when it uses none. */
  progressNoteDayLimit: number | null;
  /**
   * First day of the current reporting period: the day after the last progress report's period, else the
   * episode's first day of care (its first visit, test session or note period, whichever is earliest).
   */
  reportingPeriodStart: string | null;
  due: boolean;
}

export interface NotePage {
  items: Note[];
  total: number;
  limit: number;
  offset: number;
  progress: ProgressNoteStatus;
}
