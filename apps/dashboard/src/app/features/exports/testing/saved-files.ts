/**
 * Records the files the dashboard saves (specs only). jsdom implements neither object URLs nor
 * downloads, so `URL.createObjectURL` is given a stand-in that hands out `blob:` URLs and the anchor's
 * click is caught: the real FileSaver code runs, and the test sees the anchor it clicked.
 */
export interface SavedFile {
  filename: string;
  href: string;
  blob: Blob;
  /** Whether the anchor was still in the document when clicked (browsers need it there). */
  attached: boolean;
}

export interface SavedFiles {
  files: SavedFile[];
  revoked: string[];
  restore(): void;
}

export function recordSavedFiles(): SavedFiles {
  const blobs = new Map<string, Blob>();
  const record: SavedFiles = { files: [], revoked: [], restore: () => undefined };
  const originalCreate = Object.getOwnPropertyDescriptor(URL, 'createObjectURL');
  const originalRevoke = Object.getOwnPropertyDescriptor(URL, 'revokeObjectURL');
  Object.defineProperty(URL, 'createObjectURL', {
    configurable: true,
    value: (blob: Blob) => {
      const url = `blob:http://localhost/${blobs.size + 1}`;
      blobs.set(url, blob);
      return url;
    },
  });
  Object.defineProperty(URL, 'revokeObjectURL', {
    configurable: true,
    value: (url: string) => record.revoked.push(url),
  });
  const originalClick = Object.getOwnPropertyDescriptor(HTMLAnchorElement.prototype, 'click');
  Object.defineProperty(HTMLAnchorElement.prototype, 'click', {
    configurable: true,
    value: function (this: HTMLAnchorElement) {
      const blob = blobs.get(this.href);
      if (blob) record.files.push({ filename: this.download, href: this.href, blob, attached: this.isConnected });
    },
  });
  record.restore = () => {
    if (originalClick) Object.defineProperty(HTMLAnchorElement.prototype, 'click', originalClick);
    else Reflect.deleteProperty(HTMLAnchorElement.prototype, 'click');
    restoreProperty('createObjectURL', originalCreate);
    restoreProperty('revokeObjectURL', originalRevoke);
  };
  return record;
}

function restoreProperty(
  name: 'createObjectURL' | 'revokeObjectURL',
  descriptor: PropertyDescriptor | undefined,
): void {
  if (descriptor) Object.defineProperty(URL, name, descriptor);
  else Reflect.deleteProperty(URL, name);
}

/** A saved file's content as text (jsdom's Blob has no `text()`). */
export function blobText(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () => reject(reader.error ?? new Error('unreadable blob'));
    reader.readAsText(blob);
  });
}
