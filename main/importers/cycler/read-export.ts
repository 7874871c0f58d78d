// Reading an export as the commands and the import service do: a text file the line reader cannot
// take as it is (UTF-16, CR line ends) is read through a plain copy, and currents and voltages no
// tester produces are taken as missing with their line named, after the file is read.
import { basename } from 'node:path';
import { readFileHead } from './file-head';
import type { CyclerFormat, Refusal } from './format';
import { dropImpossibleValues } from './impossible-values';
import { readCyclerFile, type CyclerFileResult, type ReadOptions } from './read-cycler-file';
import { plainTextCopy } from './text-form';

export async function readCyclerExport(filePath: string, formats: readonly CyclerFormat[], refusals: readonly Refusal[], options: ReadOptions = {}): Promise<CyclerFileResult> {
  const displayName = options.displayName ?? basename(filePath);
  const head = await readFileHead(filePath, displayName);
  const copy = await plainTextCopy(filePath, head);
  try {
    const readPath = copy?.filePath ?? filePath;
    const result = await readCyclerFile(readPath, formats, refusals, { ...options, displayName });
    if (copy) result.notes.unshift(copy.note);
    const readHead = copy ? await readFileHead(readPath, displayName) : head;
    result.warnings.push(...(await dropImpossibleValues(result.series, result.notes, readHead, readPath)));
    return result;
  } finally {
    copy?.remove();
  }
}
