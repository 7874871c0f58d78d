// The ro-crate-metadata.json of an .eln file as Cellbook reads it: recognised by its RO-Crate
// structure (a descriptor about a root Dataset), not by one notebook's spelling. The quirks of
// real exports are tolerated and named: an RO-Crate 1.2 context, no `version`, an @id given twice
// (merged), `authors` for `author`, a description given as a reference, an integer contentSize.
import { CellbookError } from '../../../shared/api-error';
import type { ElnArchive } from './eln-import-zip';

export type Entity = Record<string, unknown> & { '@id': string; '@type': string[] };
export type Ref = { '@id': string };

export interface Crate {
  byId: Map<string, Entity>;
  descriptor: Entity;
  root: Entity;
  /** The notebook that wrote the file, as it names itself (sdPublisher or creating software). */
  publisher: string;
  /** The tolerated departures from the ELN file format, one sentence each. */
  quirks: string[];
}

export const isRef = (value: unknown): value is Ref => typeof value === 'object' && value !== null && typeof (value as Ref)['@id'] === 'string';
export const refsOf = (value: unknown): string[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]).filter(isRef).map((ref) => ref['@id']);
export const hasType = (entity: Entity, type: string) => entity['@type'].includes(type);

/** A text field that may be a string, a number or a reference to an entity holding the text. */
export function textOf(crate: Crate, value: unknown, depth = 0): string | null {
  if (typeof value === 'string') return value.trim().length > 0 ? value : null;
  if (typeof value === 'number') return String(value);
  // References are followed a few steps only: a description that names itself ends here.
  if (depth > 4) return null;
  if (Array.isArray(value)) return value.map((part) => textOf(crate, part, depth + 1)).filter((part): part is string => part !== null).join('\n\n') || null;
  if (isRef(value)) {
    const target = crate.byId.get(value['@id']);
    if (!target) return null;
    return textOf(crate, target.text ?? target.description ?? target.name, depth + 1) ?? null;
  }
  return null;
}

/** A person or organisation by the name it gives (name, given and family names, or e-mail). */
export function personName(crate: Crate, id: string): string {
  const person = crate.byId.get(id);
  if (!person) return id;
  const joined = [person.givenName, person.familyName].filter((part) => typeof part === 'string' && part.length > 0).join(' ');
  return (typeof person.name === 'string' && person.name) || joined || (typeof person.email === 'string' && person.email) || id;
}

/** The authors of an entity, from `author` or the `authors` some notebooks write instead. */
export function authorsOf(crate: Crate, entity: Entity): string[] {
  const ids = [...refsOf(entity.author), ...refsOf(entity.authors), ...refsOf(entity.creator)];
  const literal = [entity.author, entity.authors].flat().filter((value): value is string => typeof value === 'string');
  return [...new Set([...ids.map((id) => personName(crate, id)), ...literal])];
}

function contextNames(context: unknown): string[] {
  if (typeof context === 'string') return [context];
  if (Array.isArray(context)) return context.flatMap(contextNames);
  return [];
}

function asEntity(raw: unknown, index: number, fileName: string): Entity {
  if (typeof raw !== 'object' || raw === null || typeof (raw as { '@id'?: unknown })['@id'] !== 'string') {
    throw new CellbookError('validation', `${fileName}: entity ${index + 1} of ro-crate-metadata.json's @graph has no @id; nothing was imported.`);
  }
  const type = (raw as { '@type'?: unknown })['@type'];
  const types = (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === 'string');
  return { ...(raw as Record<string, unknown>), '@id': (raw as { '@id': string })['@id'], '@type': types };
}

export function readCrate(archive: ElnArchive): Crate {
  const { fileName } = archive;
  const bytes = archive.files.get('ro-crate-metadata.json');
  if (!bytes) throw new CellbookError('validation', `${fileName} is not an .eln file: it holds no ro-crate-metadata.json; nothing was imported.`);
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(bytes).toString('utf8'));
  } catch (error) {
    throw new CellbookError('validation', `${fileName}: ro-crate-metadata.json is not valid JSON (${(error as Error).message}); nothing was imported.`);
  }
  // JSON that is not an object (null, a number, a list) is no crate either; read it as one without @graph.
  const graph = json !== null && typeof json === 'object' ? (json as { '@graph'?: unknown })['@graph'] : undefined;
  if (!Array.isArray(graph)) throw new CellbookError('validation', `${fileName}: ro-crate-metadata.json has no @graph list, so it is not an RO-Crate; nothing was imported.`);
  const quirks: string[] = [];
  const contexts = contextNames((json as { '@context'?: unknown })['@context']);
  const crateVersion = contexts.map((c) => /w3id\.org\/ro\/crate\/(\d+\.\d+)/.exec(c)?.[1]).find(Boolean);
  if (!crateVersion) quirks.push('its @context names no RO-Crate version; read as RO-Crate 1.1');
  else if (crateVersion !== '1.1') quirks.push(`it uses the RO-Crate ${crateVersion} context (the ELN file format asks for 1.1); read the same way`);

  const byId = new Map<string, Entity>();
  const twice = new Set<string>();
  graph.forEach((raw, index) => {
    const entity = asEntity(raw, index, fileName);
    const earlier = byId.get(entity['@id']);
    if (earlier) {
      twice.add(entity['@id']);
      // The first statement wins; later ones add only what it lacked.
      byId.set(entity['@id'], { ...entity, ...earlier, '@type': [...new Set([...earlier['@type'], ...entity['@type']])] });
    } else byId.set(entity['@id'], entity);
  });
  if (twice.size > 0) quirks.push(`${twice.size} @id${twice.size === 1 ? '' : 's'} appear more than once (${[...twice].slice(0, 3).join(', ')}${twice.size > 3 ? ', …' : ''}); their statements were merged`);

  const descriptor = byId.get('ro-crate-metadata.json') ?? [...byId.values()].find((e) => e['@id'].endsWith('ro-crate-metadata.json') && isRef(e.about));
  if (!descriptor) throw new CellbookError('validation', `${fileName}: ro-crate-metadata.json has no descriptor entity (@id "ro-crate-metadata.json"), so it is not an RO-Crate; nothing was imported.`);
  const rootId = refsOf(descriptor.about)[0] ?? './';
  const root = byId.get(rootId);
  if (!root || !hasType(root, 'Dataset')) throw new CellbookError('validation', `${fileName}: the descriptor is about "${rootId}", which is not a Dataset in the file; nothing was imported.`);
  if (descriptor.version === undefined) quirks.push('the descriptor states no version of the ELN file format');

  const all = [...byId.values()];
  const tally = (count: number, one: string, many: string) => count > 0 && quirks.push(`${count} ${count === 1 ? one : many}`);
  tally(all.filter((e) => hasType(e, 'File') && typeof e.contentSize === 'number').length, 'file states its contentSize as a number instead of a string of bytes', 'files state their contentSize as a number instead of a string of bytes');
  tally(all.filter((e) => e.authors !== undefined && e.author === undefined).length, 'entry names its authors under "authors" instead of "author"', 'entries name their authors under "authors" instead of "author"');
  tally(all.filter((e) => isRef(e.description)).length, 'entry gives its description as a reference to another entity', 'entries give their description as a reference to another entity');
  const crate: Crate = { byId, descriptor, root, publisher: '', quirks };
  const publisherId = refsOf(descriptor.sdPublisher)[0] ?? refsOf(root.publisher)[0];
  const software = [...byId.values()].find((e) => hasType(e, 'CreateAction') && refsOf(e.instrument).length > 0);
  const softwareName = software ? personName(crate, refsOf(software.instrument)[0]!) : null;
  crate.publisher = publisherId ? personName(crate, publisherId) : typeof descriptor.sdPublisher === 'string' ? descriptor.sdPublisher : (softwareName ?? 'another notebook');
  if (!publisherId && typeof descriptor.sdPublisher !== 'string') quirks.push('the descriptor names no sdPublisher');
  return crate;
}

/** The zip path an entity's @id names below the crate's folder, or null for a web address or fragment. */
export function localPathOf(id: string): string | null {
  if (/^[a-z][a-z0-9+.-]*:/i.test(id) || id.startsWith('#')) return null;
  const trimmed = id.replace(/^\.\//, '').split('/').filter((segment) => segment.length > 0).join('/');
  return trimmed.length > 0 ? trimmed : null;
}

/** The zip path (below the crate's folder) an @id names, trying it as written and percent-decoded. */
export function zipPathOf(archive: ElnArchive, id: string): string | undefined {
  const local = localPathOf(id);
  if (local === null) return undefined;
  if (archive.files.has(local)) return local;
  try {
    const decoded = decodeURIComponent(local);
    return archive.files.has(decoded) ? decoded : undefined;
  } catch {
    return undefined;
  }
}
