import type { Note, NoteAddendum, NoteSignature } from '@proprio/contracts';
import type { NoteAddendumEntity } from './note-addendum.entity.js';
import type { NoteEntity } from './note.entity.js';

export function toNote(note: NoteEntity, authorName: string, addenda: readonly NoteAddendumEntity[]): Note {
  const signature: NoteSignature | null =
    note.status === 'signed'
      ? {
          userId: note.signedBy!,
          name: note.signerName!,
          professionalTitle: note.signerTitle,
          signedAt: note.signedAt!.toISOString(),
        }
      : null;
  return {
    id: note.id,
    episodeId: note.episodeId,
    type: note.type,
    status: note.status,
    periodStart: note.periodStart,
    periodEnd: note.periodEnd,
    subjective: note.subjective,
    objective: note.objective,
    assessment: note.assessment,
    plan: note.plan,
    authorId: note.authorId,
    authorName,
    createdAt: note.createdAt.toISOString(),
    updatedAt: note.updatedAt.toISOString(),
    signature,
    contentHash: note.contentHash,
    addenda: [...addenda].sort((a, b) => a.signedAt.getTime() - b.signedAt.getTime()).map(toAddendum),
    version: note.version,
  };
}

export function toAddendum(addendum: NoteAddendumEntity): NoteAddendum {
  return {
    id: addendum.id,
    noteId: addendum.noteId,
    body: addendum.body,
    signature: {
      userId: addendum.signedBy,
      name: addendum.signerName,
      professionalTitle: addendum.signerTitle,
      signedAt: addendum.signedAt.toISOString(),
    },
  };
}
