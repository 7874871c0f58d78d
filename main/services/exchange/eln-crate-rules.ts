// The ELN Consortium's metadata rules for an .eln file, beyond its JSON Schema, as a list of
// sentences (empty when the file follows them): one root folder holding ro-crate-metadata.json;
// a descriptor with `version` and `sdPublisher`; every `hasPart`, `mentions`, `isBasedOn`,
// `author` and `variableMeasured` reference resolving to an entity; each record Dataset with
// name, author, both dates, text and keywords as one string; numbers with their unit; each File
// with name, encodingFormat, contentSize as a string and a sha256 matching the zipped bytes.
import { createHash } from 'node:crypto';

type Entity = Record<string, unknown> & { '@id': string; '@type': string | string[] };
type Ref = { '@id': string };

const isRef = (value: unknown): value is Ref => typeof value === 'object' && value !== null && typeof (value as Ref)['@id'] === 'string';
const refsOf = (value: unknown): Ref[] => (Array.isArray(value) ? value.filter(isRef) : isRef(value) ? [value] : []);
const hasType = (entity: Entity, type: string) => (Array.isArray(entity['@type']) ? entity['@type'].includes(type) : entity['@type'] === type);
const isDateTime = (value: unknown) => typeof value === 'string' && /^\d{4}-\d\d-\d\dT\d\d:\d\d/.test(value) && !Number.isNaN(Date.parse(value));

/** `entries` maps each zip entry name to its bytes (folders end in "/"). */
export function elnRuleProblems(entries: ReadonlyMap<string, Uint8Array>): string[] {
  const problems: string[] = [];
  const roots = new Set([...entries.keys()].map((name) => name.split('/')[0]));
  if (roots.size !== 1 || [...entries.keys()].some((name) => !name.includes('/'))) return [`the zip must hold exactly one root folder; it holds ${[...roots].join(', ')}`];
  const root = [...roots][0]!;
  const metadataBytes = entries.get(`${root}/ro-crate-metadata.json`);
  if (!metadataBytes) return [`${root}/ro-crate-metadata.json is missing`];
  const crate = JSON.parse(Buffer.from(metadataBytes).toString('utf8')) as { '@context': unknown; '@graph': Entity[] };
  const byId = new Map<string, Entity>();
  for (const entity of crate['@graph']) {
    if (byId.has(entity['@id'])) problems.push(`@id ${entity['@id']} appears twice`);
    byId.set(entity['@id'], entity);
  }
  const descriptor = byId.get('ro-crate-metadata.json');
  if (!descriptor) return [...problems, 'no descriptor entity (ro-crate-metadata.json)'];
  if (typeof descriptor.version !== 'string') problems.push('the descriptor has no version');
  if (!isRef(descriptor.sdPublisher) || !byId.has(descriptor.sdPublisher['@id'])) problems.push('the descriptor has no sdPublisher entity');
  if (!isRef(descriptor.conformsTo) || !/^https:\/\/w3id\.org\/ro\/crate\/1\.[12]$/.test(descriptor.conformsTo['@id'])) problems.push('the descriptor does not conform to RO-Crate 1.1');
  const top = byId.get('./');
  if (!top || !hasType(top, 'Dataset')) return [...problems, 'no root Dataset "./"'];
  const listed = new Set(refsOf(top.hasPart).map((r) => r['@id']));

  for (const entity of crate['@graph']) {
    const at = entity['@id'];
    for (const key of ['hasPart', 'mentions', 'isBasedOn', 'author', 'variableMeasured']) {
      for (const ref of refsOf(entity[key])) if (!byId.has(ref['@id'])) problems.push(`${at}: ${key} ${ref['@id']} has no entity`);
    }
    if (hasType(entity, 'Dataset') && at !== './') {
      if (!listed.has(at)) problems.push(`${at}: not listed in the root Dataset's hasPart`);
      for (const key of ['name', 'text', 'keywords']) if (typeof entity[key] !== 'string' || (entity[key] as string).length === 0) problems.push(`${at}: ${key} must be a non-empty string`);
      if (!isRef(entity.author)) problems.push(`${at}: author must be a reference`);
      for (const key of ['dateCreated', 'dateModified']) if (!isDateTime(entity[key])) problems.push(`${at}: ${key} must be an ISO 8601 date-time`);
      for (const ref of refsOf(entity.variableMeasured)) {
        const value = byId.get(ref['@id']);
        if (!value || !hasType(value, 'PropertyValue') || typeof value.propertyID !== 'string' || value.value === undefined) problems.push(`${at}: ${ref['@id']} is not a PropertyValue with propertyID and value`);
        else if (typeof value.value === 'number' && typeof value.unitText !== 'string') problems.push(`${ref['@id']}: a number without unitText`);
      }
    }
    if (hasType(entity, 'File')) {
      const bytes = entries.get(`${root}/${at.replace(/^\.\//, '')}`);
      if (!bytes) problems.push(`${at}: no such file in the zip`);
      for (const key of ['name', 'encodingFormat', 'contentSize', 'sha256']) if (typeof entity[key] !== 'string') problems.push(`${at}: ${key} must be a string`);
      if (bytes && entity.contentSize !== String(bytes.byteLength)) problems.push(`${at}: contentSize ${String(entity.contentSize)} but the zip holds ${bytes.byteLength} bytes`);
      if (bytes && entity.sha256 !== createHash('sha256').update(bytes).digest('hex')) problems.push(`${at}: sha256 does not match the zipped bytes`);
    }
  }
  return problems;
}
