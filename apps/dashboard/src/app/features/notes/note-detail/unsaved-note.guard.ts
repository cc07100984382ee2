import type { CanDeactivateFn } from '@angular/router';

import type { NoteDetailPage } from './note-detail-page';

/** A note being written is not lost to a stray click on a link: leaving with unsaved text asks first. */
export const unsavedNoteGuard: CanDeactivateFn<NoteDetailPage> = (page) => page.canLeave();
