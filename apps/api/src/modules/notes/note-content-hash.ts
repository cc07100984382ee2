import { createHash } from 'node:crypto';
import type { Note, NoteType } from '@proprio/contracts';

/**
 * What a signature vouches for: which note of which episode, its content, and who signed it, when.
 * The ids tie the text to its record: the same words signed on another note hash differently.
 */
export interface SignedNoteContent {
  noteId: string;
  episodeId: string;
  type: NoteType;
  periodStart: string;
  periodEnd: string;
  subjective: string;
  objective: string;
  assessment: string;
  plan: string;
  signerId: string;
  signerName: string;
  signerTitle: string | null;
  /** ISO 8601 with milliseconds, as `Date.prototype.toISOString` writes it. */
  signedAt: string;
}

const KEYS = [
  'assessment',
  'episodeId',
  'noteId',
  'objective',
  'periodEnd',
  'periodStart',
  'plan',
  'signedAt',
  'signerId',
  'signerName',
  'signerTitle',
  'subjective',
  'type',
] as const satisfies readonly (keyof SignedNoteContent)[];

/**
 * The canonical JSON of signed content: every field, keys in code-point order, no white space,
 * strings exactly as stored (no trimming or Unicode normalisation), ids as lower-case UUIDs, dates
 * as YYYY-MM-DD, `signedAt` as ISO 8601 UTC with milliseconds, a missing title as null:
 *
 *   {"assessment":…,"episodeId":…,"noteId":…,"objective":…,"periodEnd":…,"periodStart":…,"plan":…,
 *    "signedAt":…,"signerId":…,"signerName":…,"signerTitle":…,"subjective":…,"type":…}
 *
 * Anyone holding the record can rebuild it byte for byte, so a printed hash can be checked against
 * this note of this episode.
 */
export function canonicalNoteContent(content: SignedNoteContent): string {
  return `{${KEYS.map((key) => `${JSON.stringify(key)}:${JSON.stringify(content[key])}`).join(',')}}`;
}

/** Hex SHA-256 of the canonical JSON (UTF-8): the note's `contentHash`. */
export function noteContentHash(content: SignedNoteContent): string {
  return createHash('sha256').update(canonicalNoteContent(content), 'utf8').digest('hex');
}

/** The signed content of a signed note as the API returns it; null for a draft. */
export function signedContentOf(note: Note): SignedNoteContent | null {
  if (note.signature === null) return null;
  return {
    noteId: note.id,
    episodeId: note.episodeId,
    type: note.type,
    periodStart: note.periodStart,
    periodEnd: note.periodEnd,
    subjective: note.subjective,
    objective: note.objective,
    assessment: note.assessment,
    plan: note.plan,
    signerId: note.signature.userId,
    signerName: note.signature.name,
    signerTitle: note.signature.professionalTitle,
    signedAt: note.signature.signedAt,
  };
}

/** True when a signed note's content still hashes to its recorded `contentHash`. */
export function hasIntactContent(note: Note): boolean {
  const content = signedContentOf(note);
  return content !== null && note.contentHash === noteContentHash(content);
}
