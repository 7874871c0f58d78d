// `cellbook original TEST --out DIR`: writes the exports a cycling test was imported from, exactly
// as the tester wrote them (checked against the SHA-256 taken at import), into a folder.
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { CellbookError } from '../../../shared/api-error';
import { getCyclingTest } from '../../services/cycling/cycling-tests';
import { writeOriginal } from '../../services/cycling/original-file';
import { notebookCommand, withNotebook, type NotebookCommandOptions } from '../notebook-command';
import { emitResult, runCommand } from '../output';

interface OriginalOptions extends NotebookCommandOptions {
  out: string;
  force?: boolean;
}

export function registerCyclingOriginal(program: Command): void {
  notebookCommand(program, 'original', "write a cycling test's original export files, byte for byte, into a folder")
    .argument('<test>', 'the cycling test id (see: cellbook cycling-tests)')
    .requiredOption('--out <dir>', 'an existing folder to write the files into')
    .option('--force', 'replace files of the same name in that folder')
    .action((test: string, options: OriginalOptions) =>
      runCommand(() =>
        withNotebook(options, (ctx) => {
          const testId = Number(test);
          if (!Number.isInteger(testId) || testId < 1) throw new CellbookError('validation', `test: "${test}" is not a test id (a whole number; see: cellbook cycling-tests)`);
          if (!existsSync(options.out) || !statSync(options.out).isDirectory()) throw new CellbookError('validation', `--out: ${options.out} is not an existing folder`);
          const { files } = getCyclingTest(ctx, testId);
          const targets = files.map((file) => ({ file, destination: path.join(options.out, path.basename(file.fileName)) }));
          // Parts of one test may share a name (two folders' "data.csv"): never one over the other.
          const twice = targets.find((target, index) => targets.findIndex((other) => other.destination === target.destination) !== index);
          if (twice) throw new CellbookError('conflict', `two files of test ${testId} are named ${path.basename(twice.destination)}; write them with the app one by one`);
          const clash = targets.find((target) => existsSync(target.destination));
          if (clash && !options.force) throw new CellbookError('conflict', `${clash.destination} exists; choose another folder or add --force`);
          const written = targets.map(({ file, destination }) => ({ file: destination, ...writeOriginal(ctx.notebook.db, file.id, destination) }));
          emitResult(options, written.map((entry) => ({ file: entry.file, size_bytes: entry.sizeBytes, sha256: entry.sha256 })), (rows) =>
            rows.map((row) => `${row.file}  ${row.size_bytes.toLocaleString('en')} bytes  SHA-256 ${row.sha256} (matches the import)`).join('\n'),
          );
          return 0;
        }),
      ),
    );
}
