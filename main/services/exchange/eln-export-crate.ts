// The ro-crate-metadata.json of an .eln export (RO-Crate 1.1, as the ELN Consortium's file format
// asks): the descriptor with `version` and `sdPublisher`, the root Dataset whose `hasPart` lists
// every Dataset, one Dataset per record, its PropertyValues, its File entries and the people named
// as authors. Links to records outside the export are left out, so every @id points at an entity.
import { APP_VERSION } from '../../../shared/app-version';
import { CELLBOOK_RECORD_FILE, CELLBOOK_RECORD_FORMAT, CELLBOOK_RECORD_FORMAT_ID, CELLBOOK_RECORD_FORMAT_VERSION } from './eln-export-cellbook-rows';
import type { ElnRecord } from './eln-export-dataset';

export const RO_CRATE_CONTEXT = 'https://w3id.org/ro/crate/1.1/context';
/** The version of the ELN file format the crate follows. */
export const ELN_FORMAT_VERSION = '1.0';
const PUBLISHER_ID = '#cellbook';

type Entity = Record<string, unknown> & { '@id': string; '@type': string };

const personId = (name: string) => `#person-${encodeURIComponent(name)}`;
const refs = (ids: readonly string[]) => ids.map((id) => ({ '@id': id }));

export interface CrateHead {
  name: string;
  description: string;
  madeAt: Date;
}

export function crateMetadata(head: CrateHead, records: readonly ElnRecord[]): { '@context': string; '@graph': Entity[] } {
  const present = new Set(records.map((r) => `./${r.folder}`));
  const linked = (ids: readonly string[]) => refs([...new Set(ids)].filter((id) => present.has(id)));
  const madeAt = head.madeAt.toISOString();
  const people = [...new Set(records.map((r) => r.author))].sort();
  const graph: Entity[] = [
    { '@id': 'ro-crate-metadata.json', '@type': 'CreativeWork', about: { '@id': './' }, conformsTo: { '@id': 'https://w3id.org/ro/crate/1.1' }, dateCreated: madeAt, sdPublisher: { '@id': PUBLISHER_ID }, version: ELN_FORMAT_VERSION },
    { '@id': './', '@type': 'Dataset', name: head.name, description: head.description, datePublished: madeAt, license: 'Not stated: ask the notebook’s owner before reuse.', hasPart: refs(records.map((r) => `./${r.folder}`)) },
    { '@id': PUBLISHER_ID, '@type': 'Organization', name: 'Cellbook', description: `Cellbook ${APP_VERSION}, a lab notebook for all-solid-state lithium battery cells` },
    { '@id': '#ro-crate-created', '@type': 'CreateAction', object: { '@id': './' }, endTime: madeAt, instrument: { '@id': '#cellbook-software' }, actionStatus: { '@id': 'http://schema.org/CompletedActionStatus' } },
    { '@id': '#cellbook-software', '@type': 'SoftwareApplication', name: 'Cellbook', version: APP_VERSION },
    ...people.map((name): Entity => ({ '@id': personId(name), '@type': 'Person', name })),
  ];
  for (const record of records) {
    const id = `./${record.folder}`;
    graph.push({
      '@id': id,
      '@type': 'Dataset',
      name: record.name,
      author: { '@id': personId(record.author) },
      dateCreated: record.dateCreated,
      dateModified: record.dateModified,
      text: record.text.length > 0 ? record.text : record.name,
      keywords: [...new Set(record.keywords.map((k) => k.replace(/,/g, ' ').trim()).filter((k) => k.length > 0))].join(', '),
      variableMeasured: refs(record.values.map((v) => v['@id'])),
      mentions: linked(record.mentions),
      isBasedOn: linked(record.isBasedOn),
      hasPart: refs(record.files.map((f) => `./${f.path}`)),
    });
    graph.push(...record.values.map((value): Entity => ({ ...value })));
  }
  // A file shared by two records (a recipe's attachment in each exported version) is one entity.
  const files = new Map(records.flatMap((r) => r.files).map((f) => [f.path, f]));
  for (const file of files.values()) {
    const own = file.name === CELLBOOK_RECORD_FILE ? { conformsTo: { '@id': CELLBOOK_RECORD_FORMAT_ID } } : {};
    graph.push({ '@id': `./${file.path}`, '@type': 'File', name: file.name, encodingFormat: file.encodingFormat, contentSize: String(file.sizeBytes), sha256: file.sha256, ...own });
  }
  // Declares the per-record JSON that lets Cellbook rebuild its records; other notebooks may ignore it.
  if ([...files.values()].some((file) => file.name === CELLBOOK_RECORD_FILE)) {
    graph.push({ '@id': CELLBOOK_RECORD_FORMAT_ID, '@type': 'CreativeWork', name: 'Cellbook record rows', description: `Each ${CELLBOOK_RECORD_FILE} holds one record's rows as the Cellbook notebook keeps them (and the rows it owns), so that Cellbook can import the record without loss. Format ${CELLBOOK_RECORD_FORMAT} version ${CELLBOOK_RECORD_FORMAT_VERSION}.`, encodingFormat: 'application/json' });
  }
  return { '@context': RO_CRATE_CONTEXT, '@graph': graph };
}
