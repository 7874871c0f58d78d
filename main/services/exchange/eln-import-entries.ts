// Another notebook's crate as Cellbook records. Each top-level Dataset (one the root lists, or no
// other entry holds) is an experiment, a sample or an entry: none of Cellbook's own records fits
// (they need layers, lots or cycles), so each becomes an imported entry with its name, authors,
// dates, keywords, its text and comments as notes, its PropertyValues as values, and every entity
// it refers to kept as its original metadata. Every file it holds (also through nested Datasets,
// e.g. SampleDB's versions) becomes an attachment, its SHA-256 and size checked where stated.
// What belongs to no entry (the crate's own metadata, a preview page, a signature) is kept as
// attachments of one more entry for the file itself, so nothing of the file is lost.
import { createHash } from 'node:crypto';
import { CellbookError } from '../../../shared/api-error';
import { authorsOf, hasType, isRef, localPathOf, refsOf, textOf, zipPathOf, type Crate, type Entity } from './eln-import-crate';
import { plainTextOf } from './eln-import-text';
import type { ElnArchive } from './eln-import-zip';

export type EntryKind = 'experiment' | 'sample' | 'entry';

export interface PlannedFile {
  /** Where it is in the zip, below the crate's folder. */
  zipPath: string;
  fileName: string;
  mediaType: string;
  bytes: Uint8Array;
  sha256: string;
  check: 'matches' | 'not stated';
  note: string;
}

export interface PlannedEntry {
  sourceId: string;
  name: string;
  kind: EntryKind;
  author: string | null;
  createdAt: string | null;
  modifiedAt: string | null;
  keywords: string[];
  notes: string | null;
  values: Array<{ name: string; value: string | number | boolean; unit: string | null }>;
  metadata: Entity[];
  files: PlannedFile[];
}

const SAMPLE_WORDS = /\b(samples?|specimens?|resources?|items?|materials?|substances?|chemicals?|compounds?|starting[_ ]materials?)\b/i;
const EXPERIMENT_WORDS = /\b(experiments?|measurements?|protocols?|procedures?|analys[ie]s|runs?)\b/i;

function kindOf(crate: Crate, entity: Entity): EntryKind {
  const typeValue = refsOf(entity.variableMeasured).map((id) => crate.byId.get(id)).find((v) => v && v.propertyID === 'type')?.value;
  const words = [entity.genre, entity.additionalType, ...entity['@type'].filter((t) => t !== 'Dataset'), typeValue, entity.keywords, entity.url].filter((w) => typeof w === 'string').join(' ');
  if (SAMPLE_WORDS.test(words) && !/experiments?\b|experiments\.php/i.test(words)) return 'sample';
  if (EXPERIMENT_WORDS.test(words)) return 'experiment';
  if (SAMPLE_WORDS.test(words)) return 'sample';
  return 'entry';
}

const keywordsOf = (value: unknown): string[] =>
  (Array.isArray(value) ? value : [value]).flatMap((k) => (typeof k === 'string' ? k.split(',') : [])).map((k) => k.trim()).filter((k) => k.length > 0);

const dateOf = (value: unknown) => (typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? value : null);

/** Entities reachable from `start` through references, stopping at other entries. */
function closure(crate: Crate, start: Entity, stopAt: ReadonlySet<string>): Entity[] {
  const seen = new Map<string, Entity>([[start['@id'], start]]);
  const queue = [start];
  while (queue.length > 0) {
    const entity = queue.shift()!;
    for (const [key, value] of Object.entries(entity)) {
      if (key === '@id') continue;
      for (const id of refsOf(Array.isArray(value) ? value : isRef(value) ? value : undefined)) {
        const target = crate.byId.get(id);
        if (!target || seen.has(id) || stopAt.has(id) || id === crate.root['@id']) continue;
        seen.set(id, target);
        queue.push(target);
      }
    }
  }
  return [...seen.values()];
}

function commentNotes(crate: Crate, entity: Entity): string[] {
  return refsOf(entity.comment).map((id) => crate.byId.get(id)).filter((c): c is Entity => c !== undefined).map((c) => {
    const who = authorsOf(crate, c).join(', ');
    const when = dateOf(c.dateCreated);
    return `Comment${who ? ` by ${who}` : ''}${when ? ` on ${when.slice(0, 10)}` : ''}: ${plainTextOf(textOf(crate, c.text) ?? '', c.encodingFormat)}`;
  });
}

function valuesOf(crate: Crate, entity: Entity): PlannedEntry['values'] {
  return refsOf(entity.variableMeasured).flatMap((id) => {
    const pv = crate.byId.get(id);
    if (!pv) return [];
    const name = [pv.propertyID, pv.name].find((n): n is string => typeof n === 'string' && n.length > 0) ?? id;
    const raw = pv.value;
    const value = typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean' ? raw : raw === undefined || raw === null ? '' : JSON.stringify(raw);
    const unit = [pv.unitText, pv.unitCode].find((u): u is string => typeof u === 'string' && u.length > 0) ?? null;
    return [{ name, value, unit }];
  });
}

/** The bytes a File entity names, checked; refuses the whole file when a local file is missing or differs. */
export function plannedFile(crate: Crate, archive: ElnArchive, file: Entity, owner: string): PlannedFile | null {
  const local = localPathOf(file['@id']);
  if (local === null) return null; // a web address: kept in the metadata as a link
  const zipPath = zipPathOf(archive, file['@id']);
  const bytes = zipPath === undefined ? undefined : archive.files.get(zipPath);
  if (zipPath === undefined || !bytes) throw new CellbookError('validation', `${archive.fileName}: ${owner} refers to the file "${local}", which is not in the .eln; nothing was imported.`);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const statedSha = typeof file.sha256 === 'string' ? file.sha256.toLowerCase() : null;
  if (statedSha !== null && statedSha !== sha256) throw new CellbookError('validation', `${archive.fileName}: the file "${local}" does not have the SHA-256 the crate states (${statedSha.slice(0, 12)}…; its bytes give ${sha256.slice(0, 12)}…), so it is damaged or was changed; nothing was imported.`);
  const statedSize = typeof file.contentSize === 'number' ? file.contentSize : typeof file.contentSize === 'string' && /^\d+$/.test(file.contentSize.trim()) ? Number(file.contentSize) : null;
  if (statedSize !== null && statedSize !== bytes.byteLength) throw new CellbookError('validation', `${archive.fileName}: the file "${local}" holds ${bytes.byteLength} bytes, not the ${statedSize} the crate states; nothing was imported.`);
  const name = typeof file.name === 'string' && file.name.trim().length > 0 ? file.name.trim() : local.split('/').at(-1)!;
  const mediaType = typeof file.encodingFormat === 'string' && /^[\w.+-]+\/[\w.+-]+/.test(file.encodingFormat) ? file.encodingFormat : 'application/octet-stream';
  return { zipPath, fileName: name, mediaType, bytes, sha256, check: statedSha ? 'matches' : 'not stated', note: `From ${crate.publisher} (${archive.fileName}: ${local})` };
}

/** Every File an entry holds, directly or through Datasets it holds. */
function filesOf(crate: Crate, entity: Entity): Entity[] {
  const out = new Map<string, Entity>();
  const walk = (at: Entity, depth: number) => {
    for (const id of refsOf(at.hasPart)) {
      const part = crate.byId.get(id);
      if (!part || out.has(id) || depth > 8) continue;
      if (hasType(part, 'File')) out.set(id, part);
      else if (hasType(part, 'Dataset')) walk(part, depth + 1);
    }
  };
  walk(entity, 0);
  return [...out.values()];
}

/** The crate's top-level entries: those the root lists, and any Dataset no other one holds. */
export function topLevelDatasets(crate: Crate): Entity[] {
  const datasets = [...crate.byId.values()].filter((e) => hasType(e, 'Dataset') && e['@id'] !== crate.root['@id']);
  const held = new Set(datasets.flatMap((d) => refsOf(d.hasPart)));
  return datasets.filter((d) => !held.has(d['@id']));
}

export function planForeignEntries(crate: Crate, archive: ElnArchive): { entries: PlannedEntry[]; leftOut: string[] } {
  const tops = topLevelDatasets(crate);
  const topIds = new Set(tops.map((d) => d['@id']));
  const entries = tops.map((entity): PlannedEntry => {
    const name = [entity.name, entity.identifier, entity.alternateName].map((n) => (typeof n === 'string' || typeof n === 'number' ? String(n).trim() : '')).find((n) => n.length > 0) ?? entity['@id'];
    const text = plainTextOf(textOf(crate, entity.text) ?? '', entity.encodingFormat);
    const description = textOf(crate, entity.description);
    const notes = [text, description && description !== text && description !== name ? description : '', ...commentNotes(crate, entity)].filter((part) => part.trim().length > 0).join('\n\n');
    const files = filesOf(crate, entity).map((file) => plannedFile(crate, archive, file, `"${name}"`)).filter((f): f is PlannedFile => f !== null);
    return {
      sourceId: entity['@id'],
      name: name.slice(0, 300),
      kind: kindOf(crate, entity),
      author: authorsOf(crate, entity).join(', ') || null,
      createdAt: dateOf(entity.dateCreated),
      modifiedAt: dateOf(entity.dateModified),
      keywords: keywordsOf(entity.keywords),
      notes: notes.length > 0 ? notes : null,
      values: valuesOf(crate, entity),
      metadata: closure(crate, entity, topIds),
      files,
    };
  });
  const held = new Set(entries.flatMap((e) => e.files.map((f) => f.zipPath)));
  entries.push(fileItselfEntry(crate, archive, held, tops.length, new Set(entries.flatMap((entry) => entry.metadata))));
  const leftOut = archive.outside.map((name) => `${name}: outside the crate's folder, not read`);
  return { entries, leftOut };
}

/**
 * The .eln file itself as one more entry: the crate's metadata as written (ro-crate-metadata.json
 * among its attachments), the entities no entry took, and every file of the zip not in `held`
 * (a preview page, a signature, a checkpoint), so that nothing of the file is lost.
 */
export function fileItselfEntry(crate: Crate, archive: ElnArchive, held: ReadonlySet<string>, entryCount: number, taken: ReadonlySet<Entity>): PlannedEntry {
  const files = [...archive.files.keys()].filter((p) => !held.has(p)).map((p): PlannedFile => {
    const bytes = archive.files.get(p)!;
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const entity = crate.byId.get(`./${p}`) ?? crate.byId.get(p);
    const stated = typeof entity?.encodingFormat === 'string' && /^[\w.+-]+\/[\w.+-]+/.test(entity.encodingFormat) ? entity.encodingFormat : null;
    const mediaType = stated ?? (p.endsWith('.json') ? 'application/json' : p.endsWith('.html') ? 'text/html' : 'application/octet-stream');
    return { zipPath: p, fileName: p.split('/').at(-1)!, mediaType, bytes, sha256, check: typeof entity?.sha256 === 'string' && entity.sha256.toLowerCase() === sha256 ? 'matches' : 'not stated', note: `From ${crate.publisher} (${archive.fileName}: ${p})` };
  });
  const rootName = typeof crate.root.name === 'string' && crate.root.name.trim() ? crate.root.name.trim() : archive.fileName;
  return {
    sourceId: crate.root['@id'],
    name: `${rootName} (the .eln file as exported)`.slice(0, 300),
    kind: 'entry',
    author: authorsOf(crate, crate.root).join(', ') || null,
    createdAt: dateOf(crate.root.datePublished) ?? dateOf(crate.descriptor.dateCreated),
    modifiedAt: null,
    keywords: keywordsOf(crate.root.keywords),
    notes: [textOf(crate, crate.root.description), `Imported from ${archive.fileName}, written by ${crate.publisher}: ${entryCount} entries.`].filter(Boolean).join('\n\n'),
    values: [],
    metadata: [crate.descriptor, crate.root, ...[...crate.byId.values()].filter((e) => e !== crate.descriptor && e !== crate.root && !taken.has(e))],
    files,
  };
}
