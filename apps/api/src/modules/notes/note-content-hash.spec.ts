import { createHash } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import type { Note } from '@proprio/contracts';
import {
  canonicalNoteContent,
  hasIntactContent,
  noteContentHash,
  signedContentOf,
  type SignedNoteContent,
} from './note-content-hash.js';

const CONTENT: SignedNoteContent = {
  noteId: '0c9d7f4e-2b1a-4c3d-8e5f-6a7b8c9d0e1f',
  episodeId: '3e2d1c0b-9a8f-4e7d-8c6b-5a4f3e2d1c0b',
  type: 'progress',
  periodStart: '2026-03-01',
  periodEnd: '2026-03-31',
  subjective: 'Knee feels "stable"; runs 2 × 10 min.\nNo giving way.',
  objective: 'Single hop LSI 81.1%.',
  assessment: 'Progressing; hop symmetry below 90%.',
  plan: 'Continue phase 3. Re-test in 4 weeks.',
  signerId: '5b3f1f0e-4a8e-4f0e-9d55-0c2b7d6a1e01',
  signerName: 'Terry Therapist',
  signerTitle: 'PT, DPT',
  signedAt: '2026-04-01T16:20:31.123Z',
};

describe('canonicalNoteContent', () => {
  it('writes every field once, keys in code-point order, no white space, strings JSON-escaped', () => {
    expect(canonicalNoteContent(CONTENT)).toBe(
      '{"assessment":"Progressing; hop symmetry below 90%.","episodeId":"3e2d1c0b-9a8f-4e7d-8c6b-5a4f3e2d1c0b",' +
        '"noteId":"0c9d7f4e-2b1a-4c3d-8e5f-6a7b8c9d0e1f","objective":"Single hop LSI 81.1%.",' +
        '"periodEnd":"2026-03-31","periodStart":"2026-03-01","plan":"Continue phase 3. Re-test in 4 weeks.",' +
        '"signedAt":"2026-04-01T16:20:31.123Z","signerId":"5b3f1f0e-4a8e-4f0e-9d55-0c2b7d6a1e01",' +
        '"signerName":"Terry Therapist","signerTitle":"PT, DPT",' +
        '"subjective":"Knee feels \\"stable\\"; runs 2 × 10 min.\\nNo giving way.","type":"progress"}',
    );
    expect(JSON.parse(canonicalNoteContent(CONTENT))).toEqual(CONTENT);
  });

  it('does not depend on the order the fields were given in', () => {
    const reversed = Object.fromEntries(Object.entries(CONTENT).reverse()) as unknown as SignedNoteContent;
    expect(canonicalNoteContent(reversed)).toBe(canonicalNoteContent(CONTENT));
  });

  it('keeps a missing professional title as null', () => {
    expect(canonicalNoteContent({ ...CONTENT, signerTitle: null })).toContain('"signerTitle":null');
  });
});

describe('noteContentHash', () => {
  it('is the hex SHA-256 of the UTF-8 canonical JSON', () => {
    const hash = noteContentHash(CONTENT);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).toBe(
      createHash('sha256')
        .update(Buffer.from(canonicalNoteContent(CONTENT), 'utf8'))
        .digest('hex'),
    );
  });

  it('changes when any signed field changes, even by white space, case or Unicode form', () => {
    const original = noteContentHash(CONTENT);
    const changes: Partial<SignedNoteContent>[] = [
      { noteId: '0c9d7f4e-2b1a-4c3d-8e5f-6a7b8c9d0e10' },
      { episodeId: '3e2d1c0b-9a8f-4e7d-8c6b-5a4f3e2d1c0c' },
      { type: 'daily' },
      { periodStart: '2026-03-02' },
      { periodEnd: '2026-03-30' },
      { subjective: `${CONTENT.subjective} ` },
      { objective: 'Single hop LSI 81.2%.' },
      { assessment: CONTENT.assessment.toLowerCase() },
      { plan: 'Continue phase 3. Re-test in 3 weeks.' },
      { signerId: '5b3f1f0e-4a8e-4f0e-9d55-0c2b7d6a1e02' },
      { signerName: 'Terry Therapist, PT' },
      { signerTitle: null },
      { signerTitle: '' },
      { signedAt: '2026-04-01T16:20:31.124Z' },
      { plan: 'Caf\u00e9 visit' },
    ];
    const hashes = changes.map((change) => noteContentHash({ ...CONTENT, ...change }));
    for (const [i, hash] of hashes.entries()) {
      expect({ change: changes[i], same: hash === original }).toEqual({ change: changes[i], same: false });
    }
    // Composed and decomposed é look alike but are different text: no silent normalisation.
    expect(noteContentHash({ ...CONTENT, plan: 'Cafe\u0301 visit' })).not.toBe(hashes[hashes.length - 1]);
    expect(new Set(hashes).size).toBe(hashes.length);
  });
});

describe('signedContentOf / hasIntactContent', () => {
  const note = (overrides: Partial<Note> = {}): Note => ({
    id: CONTENT.noteId,
    episodeId: CONTENT.episodeId,
    type: CONTENT.type,
    status: 'signed',
    periodStart: CONTENT.periodStart,
    periodEnd: CONTENT.periodEnd,
    subjective: CONTENT.subjective,
    objective: CONTENT.objective,
    assessment: CONTENT.assessment,
    plan: CONTENT.plan,
    authorId: 'u-assistant',
    authorName: 'Ash Assistant',
    createdAt: '2026-04-01T09:00:00.000Z',
    updatedAt: '2026-04-01T16:20:31.200Z',
    signature: {
      userId: CONTENT.signerId,
      name: CONTENT.signerName,
      professionalTitle: CONTENT.signerTitle,
      signedAt: CONTENT.signedAt,
    },
    contentHash: noteContentHash(CONTENT),
    addenda: [],
    version: 3,
    ...overrides,
  });

  it('rebuilds the signed content of a signed note (the author is not part of it)', () => {
    expect(signedContentOf(note({ authorId: 'someone-else', authorName: 'Someone' }))).toEqual(CONTENT);
    expect(hasIntactContent(note())).toBe(true);
  });

  it('detects a changed section or signature, and has nothing to check on a draft', () => {
    expect(hasIntactContent(note({ plan: 'Discharge.' }))).toBe(false);
    // The same signed text and hash shown on another note, or under another episode, is not intact.
    expect(hasIntactContent(note({ id: '0c9d7f4e-2b1a-4c3d-8e5f-6a7b8c9d0e10' }))).toBe(false);
    expect(hasIntactContent(note({ episodeId: '3e2d1c0b-9a8f-4e7d-8c6b-5a4f3e2d1c0c' }))).toBe(false);
    expect(hasIntactContent(note({ signature: { ...note().signature!, name: 'Someone Else' } }))).toBe(false);
    expect(signedContentOf(note({ status: 'draft', signature: null, contentHash: null }))).toBeNull();
    expect(hasIntactContent(note({ status: 'draft', signature: null, contentHash: null }))).toBe(false);
  });
});
