// `cellbook import FILE...`: tester exports into a notebook as one cycling test (several files are
// one test, stitched in time order), attached to a build's cell or left unassigned. This file only
// declares the command: its action starts keeping the first file's original (hash and compression,
// on a worker thread) before the rest of the import and the notebook are even loaded, so that the
// second core works from the first moments of the command (original-file.ts, startEarlySpool).
import type { Command } from 'commander';
import { discardEarlySpools, startEarlySpool } from '../../services/cycling/original-file';
import { notebookCommand, type NotebookCommandOptions } from '../notebook-options';
import { runCommand } from '../output';

export interface ImportCommandOptions extends NotebookCommandOptions {
  build?: string;
  cell?: string;
  name?: string;
  format?: string;
  allowDuplicate?: boolean;
}

export function registerImportCycling(program: Command): void {
  notebookCommand(program, 'import', 'import cycler exports as one cycling test (several files = one stitched test), all or nothing')
    .argument('<files...>', 'the exports (Arbin, Maccor, Neware, BioLogic, Novonix, BaSyTec, PEC, Landt, BDF, or CSV/TSV with named columns)')
    .option('--build <name>', "attach the test to this build's cell (the first without a test, else a new cell)")
    .option('--cell <label>', 'with --build: the cell, e.g. "#2"')
    .option('--name <name>', 'name of the test (default: build and cell, or the file name)')
    .option('--format <id>', 'read as this format instead of detecting it')
    .option('--allow-duplicate', 'import even if the same file is already in the notebook')
    .action((files: string[], options: ImportCommandOptions) =>
      runCommand(async () => {
        // The first file only: the import spools its files one after another, each while it is read.
        if (files[0] !== undefined) startEarlySpool(files[0]);
        try {
          const { runImport } = await import('./import-cycling-run');
          return await runImport(files, options);
        } finally {
          await discardEarlySpools();
        }
      }),
    );
}
