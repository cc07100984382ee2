import type { DocumentBundle, Reference, Resource } from './fhir-r4.js';

export interface Added<T extends Resource> {
  resource: T;
  /** A reference to it by its `urn:uuid:` full URL, which resolves inside the Bundle. */
  reference: Reference;
}

/**
 * The entries of one document Bundle. Every resource gets a fresh UUID as its id and `urn:uuid:` full
 * URL, and every reference is made from that URL, so each one resolves to an entry of the Bundle and
 * none points at a server the reader cannot see.
 */
export class BundleEntries {
  private readonly entries: DocumentBundle['entry'] = [];

  constructor(private readonly newId: () => string) {}

  add<T extends Resource>(make: (id: string) => T, display?: string): Added<T> {
    const id = this.newId();
    const resource = make(id);
    this.entries.push({ fullUrl: `urn:uuid:${id}`, resource });
    return {
      resource,
      reference: display ? { reference: `urn:uuid:${id}`, display } : { reference: `urn:uuid:${id}` },
    };
  }

  /** The entries, the given one first (a document's Composition). */
  listWithFirst(first: Resource): DocumentBundle['entry'] {
    const index = this.entries.findIndex((e) => e.resource === first);
    if (index < 0) throw new Error('The first entry must have been added to the Bundle.');
    return [this.entries[index]!, ...this.entries.filter((_, i) => i !== index)];
  }
}

/** Leaves out an empty list: FHIR JSON has no empty arrays. */
export function nonEmpty<T>(list: readonly T[]): T[] | undefined {
  return list.length ? [...list] : undefined;
}
