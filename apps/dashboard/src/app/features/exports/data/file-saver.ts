import { DOCUMENT, inject, Injectable } from '@angular/core';

import type { DownloadedFile } from './exports-api';

/**
 * How long the object URL outlives the click. Browsers read the blob after the click returns
 * (Firefox and Safari noticeably later), so it is released a while afterwards, not at once.
 */
const RELEASE_AFTER_MS = 40_000;

/** Saves a fetched file the way a download link would: an object URL on a temporary anchor. */
@Injectable({ providedIn: 'root' })
export class FileSaver {
  private readonly document = inject(DOCUMENT);

  save(file: DownloadedFile): void {
    const url = URL.createObjectURL(file.blob);
    const anchor = this.document.createElement('a');
    anchor.href = url;
    anchor.download = file.filename;
    anchor.rel = 'noopener';
    anchor.hidden = true;
    this.document.body.append(anchor);
    try {
      anchor.click();
    } finally {
      anchor.remove();
      setTimeout(() => URL.revokeObjectURL(url), RELEASE_AFTER_MS);
    }
  }
}
