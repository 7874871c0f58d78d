// A seeded mutator of cycler exports, for the fuzzing harness: each case is (source file, kind of
// damage, seed), so any case that ever failed is replayed exactly from those three. Text is handled
// as Latin-1 (one character per byte), so every byte of the source survives the edits untouched.

export const TEXT_MUTATIONS = [
  'truncate mid-line',
  'truncate mid-number',
  'truncate mid-UTF-8',
  'truncate mid-header',
  'byte flips',
  'column deletion',
  'huge numbers',
  'impossible numbers',
  'NaN',
  'mixed encodings',
  '100,000-column line',
  '10 MB line',
] as const;
export const ZIP_MUTATIONS = ['damaged XLSX: truncated', 'damaged XLSX: byte flips', 'damaged XLSX: central directory zeroed', 'damaged XLSX: entry data scrambled'] as const;
export type Mutation = (typeof TEXT_MUTATIONS)[number] | (typeof ZIP_MUTATIONS)[number];

/** mulberry32: small, fast and the same on every machine, so a seed names one case for good. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** Whether the mutation applies to a source of this kind (zip damage to zips, text edits to the rest). */
export function mutationsFor(bytes: Uint8Array): readonly Mutation[] {
  return isZip(bytes) ? ZIP_MUTATIONS : TEXT_MUTATIONS;
}

const NUMBER = /-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?/g;

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

function between(random: () => number, low: number, high: number): number {
  return low + Math.floor(random() * Math.max(1, high - low));
}

/** Where the data starts: after the header, taken as the first ~5 % of lines (at least 1). */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let index = text.indexOf('\n'); index >= 0 && index < text.length - 1; index = text.indexOf('\n', index + 1)) starts.push(index + 1);
  return starts;
}

function replaceNumbers(text: string, random: () => number, values: readonly string[], share: number): string {
  const firstData = lineStarts(text).at(Math.min(3, lineStarts(text).length - 1)) ?? 0;
  return text.slice(0, firstData) + text.slice(firstData).replace(NUMBER, (match) => (random() < share ? pick(random, values) : match));
}

function delimiterOf(line: string): string {
  const counts = ['\t', ',', ';'].map((candidate) => ({ candidate, count: line.split(candidate).length }));
  return counts.sort((a, b) => b.count - a.count)[0]!.candidate;
}

function flipBytes(bytes: Buffer, random: () => number, flips: number, from = 0): Buffer {
  const out = Buffer.from(bytes);
  for (let i = 0; i < flips && out.length > from; i++) out[between(random, from, out.length)]! ^= 1 + Math.floor(random() * 255);
  return out;
}

function mutateZip(bytes: Buffer, mutation: Mutation, random: () => number): Buffer {
  switch (mutation) {
    case 'damaged XLSX: truncated':
      return bytes.subarray(0, between(random, 4, bytes.length - 1));
    case 'damaged XLSX: central directory zeroed': {
      const out = Buffer.from(bytes);
      const directory = out.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
      out.fill(0, directory >= 0 ? directory : Math.floor(out.length * 0.9));
      return out;
    }
    case 'damaged XLSX: entry data scrambled': {
      const from = between(random, 64, Math.floor(bytes.length / 2));
      const out = Buffer.from(bytes);
      for (let i = from; i < Math.min(out.length, from + 4096); i++) out[i] = Math.floor(random() * 256);
      return out;
    }
    default:
      return flipBytes(bytes, random, between(random, 1, 40));
  }
}

function mutateText(bytes: Buffer, mutation: Mutation, random: () => number): Buffer {
  const text = bytes.toString('latin1');
  const starts = lineStarts(text);
  const dataLine = starts[between(random, Math.min(starts.length - 1, 3), starts.length)] ?? 0;
  const toBytes = (value: string) => Buffer.from(value, 'latin1');
  switch (mutation) {
    case 'truncate mid-line': {
      const line = starts[between(random, 0, starts.length)]!;
      const end = text.indexOf('\n', line);
      return bytes.subarray(0, between(random, line + 1, end < 0 ? text.length : end));
    }
    case 'truncate mid-number': {
      const numbers = [...text.slice(dataLine, dataLine + 20_000).matchAll(NUMBER)].filter((match) => match[0].length > 1);
      if (numbers.length === 0) return bytes.subarray(0, Math.floor(bytes.length / 2));
      const number = pick(random, numbers);
      return bytes.subarray(0, dataLine + number.index! + between(random, 1, number[0].length));
    }
    case 'truncate mid-UTF-8': {
      // Cut after a lead byte of a multi-byte character; plant one ("µA", as Biologic writes) if there is none.
      const lead = bytes.findIndex((byte) => byte >= 0xc2 && byte <= 0xf4);
      if (lead >= 0) return bytes.subarray(0, lead + 1);
      return Buffer.concat([bytes.subarray(0, dataLine), Buffer.from('µ', 'utf8').subarray(0, 1)]);
    }
    case 'truncate mid-header':
      return bytes.subarray(0, between(random, 1, starts[Math.min(2, starts.length - 1)] || Math.min(bytes.length, 200)));
    case 'byte flips':
      return flipBytes(bytes, random, between(random, 1, 60));
    case 'column deletion': {
      const lines = text.split('\n');
      const header = lines.findIndex((line, index) => index >= 0 && delimiterOf(line) !== '' && line.split(delimiterOf(line)).length > 2);
      const delimiter = delimiterOf(lines[Math.max(0, header)] ?? '');
      const column = between(random, 0, (lines[Math.max(0, header)] ?? '').split(delimiter).length);
      return toBytes(lines.map((line, index) => (index < header ? line : line.split(delimiter).filter((_, field) => field !== column).join(delimiter))).join('\n'));
    }
    case 'huge numbers':
      return toBytes(replaceNumbers(text, random, ['1e308', '-1e308', '99999999999999999999999999', '1.7976931348623157e308', '4294967296'], 0.2));
    case 'impossible numbers':
      return toBytes(replaceNumbers(text, random, ['1e400', '-1e400', '1.2.3', '--5', '0x1F', '1,2,3', '5e', '+-0', '١٢٣'], 0.2));
    case 'NaN':
      return toBytes(replaceNumbers(text, random, ['NaN', 'nan', '#N/A', 'inf', '-Infinity', '', '#DIV/0!'], 0.3));
    case 'mixed encodings': {
      // Latin-1 "µ" and "é" in some lines, UTF-8 in others, a BOM in the middle, a stray UTF-16 unit.
      const inserts = ['\xb5A', '\xe9', 'Âµ', '\xef\xbb\xbf', '\xff\xfe', '\x00'];
      let out = text;
      for (let i = 0; i < 20; i++) {
        const at = between(random, 0, out.length);
        out = out.slice(0, at) + pick(random, inserts) + out.slice(at);
      }
      return toBytes(out);
    }
    case '100,000-column line': {
      const delimiter = delimiterOf(text.slice(0, text.indexOf('\n') > 0 ? text.indexOf('\n') : 200));
      const wide = Array.from({ length: 100_000 }, (_, index) => String(index % 10)).join(delimiter);
      return toBytes(text.slice(0, dataLine) + wide + '\n' + text.slice(dataLine));
    }
    case '10 MB line':
      return toBytes(text.slice(0, dataLine) + '1234567890'.repeat(1_000_000) + '\n' + text.slice(dataLine));
    default:
      return bytes;
  }
}

/** The damaged bytes for one case: the same source, mutation and seed always give the same bytes. */
export function mutate(source: Buffer, mutation: Mutation, seed: number): Buffer {
  const random = seededRandom(seed);
  return isZip(source) ? mutateZip(source, mutation, random) : mutateText(source, mutation, random);
}
