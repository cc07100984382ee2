import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { firstValueFrom } from 'rxjs';

import { apiError } from '../../../../testing/fixtures';
import { failWith, settleResponse, verifyNoPendingRequests } from '../../../../testing/http';
import { signInAs } from '../../../../testing/session';
import { authInterceptor } from '../../../core/auth/auth.interceptor';
import { apiErrorInterceptor } from '../../../core/http/api-error.interceptor';
import { addendum, draftNote, notePage, objectiveDraft, signedNote } from '../testing/note-fixtures';
import { NotesStore } from './notes-store';

describe('NotesStore', () => {
  let backend: HttpTestingController;
  let store: NotesStore;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(withInterceptors([apiErrorInterceptor, authInterceptor])),
        provideHttpClientTesting(),
        NotesStore,
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    store = TestBed.inject(NotesStore);
    signInAs('therapist');
  });

  afterEach(() => verifyNoPendingRequests(backend));

  async function openNote(note = draftNote()): Promise<void> {
    store.noteId.set(note.id);
    TestBed.tick();
    backend.expectOne('/api/v1/notes/n-1').flush(note);
    await settleResponse(() => TestBed.tick());
  }

  it('asks for nothing until a page names the episode, then for its notes page by page', async () => {
    TestBed.tick();
    backend.expectNone(() => true);

    store.episodeId.set('e-1');
    TestBed.tick();
    const first = backend.expectOne((r) => r.url === '/api/v1/episodes/e-1/notes');
    expect([first.request.params.get('limit'), first.request.params.get('offset')]).toEqual(['20', '0']);
    first.flush(notePage([draftNote()], { total: 25 }));
    await settleResponse(() => TestBed.tick());
    expect(store.page()?.total).toBe(25);

    store.listQuery.set({ limit: 20, offset: 20 });
    TestBed.tick();
    const second = backend.expectOne((r) => r.url === '/api/v1/episodes/e-1/notes');
    expect(second.request.params.get('offset')).toBe('20');
    second.flush(notePage([], { total: 25, offset: 20 }));
  });

  it('saves a full replacement of the draft with its version, and keeps the saved note', async () => {
    await openNote();
    const request = {
      type: 'progress' as const,
      periodStart: '2026-03-02',
      periodEnd: '2026-03-20',
      subjective: 'S',
      objective: 'O',
      assessment: 'A',
      plan: 'P',
      version: 2,
    };
    const saving = firstValueFrom(store.save(request));
    expect(store.pending()).toBe('saving');
    const put = backend.expectOne('/api/v1/notes/n-1');
    expect(put.request.method).toBe('PUT');
    expect(put.request.body).toEqual(request);
    put.flush(draftNote({ ...request, version: 3 }));
    await saving;
    expect(store.pending()).toBeNull();
    expect(store.current()?.version).toBe(3);
    expect(store.current()?.assessment).toBe('A');
  });

  it('leaves the note as it was when the save is refused for a version conflict', async () => {
    await openNote();
    const saving = firstValueFrom(store.save({ ...draftNote(), version: 2 }));
    failWith(backend.expectOne('/api/v1/notes/n-1'), apiError({ statusCode: 409, code: 'VERSION_CONFLICT' }));
    await expect(saving).rejects.toMatchObject({ code: 'VERSION_CONFLICT' });
    expect(store.pending()).toBeNull();
    expect(store.current()).toEqual(draftNote());
  });

  it('signs with the version and adds addenda to the signed note', async () => {
    await openNote();
    const signing = firstValueFrom(store.sign(2));
    expect(store.pending()).toBe('signing');
    const sign = backend.expectOne('/api/v1/notes/n-1/sign');
    expect(sign.request.method).toBe('POST');
    expect(sign.request.body).toEqual({ version: 2 });
    sign.flush(signedNote());
    await signing;
    expect(store.current()?.status).toBe('signed');

    const adding = firstValueFrom(store.addAddendum('Correction: hop measured on 2 Mar.'));
    expect(store.pending()).toBe('adding-addendum');
    const post = backend.expectOne('/api/v1/notes/n-1/addenda');
    expect(post.request.body).toEqual({ body: 'Correction: hop measured on 2 Mar.' });
    post.flush(signedNote({ addenda: [addendum()] }));
    await adding;
    expect(store.current()?.addenda).toHaveLength(1);
  });

  it('creates a draft of the episode, deletes one, and previews the objective without writing', async () => {
    const creating = firstValueFrom(
      store.create('e-1', { type: 'daily', periodStart: '2026-03-20', periodEnd: '2026-03-20' }),
    );
    const post = backend.expectOne('/api/v1/episodes/e-1/notes');
    expect(post.request.method).toBe('POST');
    expect(post.request.body).toEqual({ type: 'daily', periodStart: '2026-03-20', periodEnd: '2026-03-20' });
    post.flush(draftNote({ id: 'n-9' }));
    expect((await creating).id).toBe('n-9');

    const preview = firstValueFrom(store.objective('e-1', '2026-03-02', '2026-03-20'));
    const get = backend.expectOne((r) => r.url === '/api/v1/episodes/e-1/note-objective');
    expect(get.request.method).toBe('GET');
    expect([get.request.params.get('periodStart'), get.request.params.get('periodEnd')]).toEqual([
      '2026-03-02',
      '2026-03-20',
    ]);
    get.flush(objectiveDraft());
    expect((await preview).sources.sessions).toBe(4);

    await openNote();
    const discarding = firstValueFrom(store.discard(), { defaultValue: undefined });
    const remove = backend.expectOne('/api/v1/notes/n-1');
    expect(remove.request.method).toBe('DELETE');
    remove.flush(null, { status: 204, statusText: 'No Content' });
    await discarding;
    expect(store.pending()).toBeNull();
  });

  it('refuses note actions before a note is chosen, without sending anything', async () => {
    await expect(firstValueFrom(store.sign(1))).rejects.toThrow('no note selected');
    backend.expectNone(() => true);
  });
});
