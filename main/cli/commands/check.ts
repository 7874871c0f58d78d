import type { Command } from 'commander';
import { formatBytes } from '../../../shared/format/bytes';
import type { NotebookCheck } from '../../../shared/schemas/notebook';
import { DEFAULT_DEEP_LIMIT_BYTES } from '../../integrity/stored-files';
import { checkNotebook } from '../../services/notebook';
import { notebookCommand, withNotebook, type NotebookCommandOptions } from '../notebook-command';
import { emitResult, runCommand } from '../output';

const listed = (problems: string[], more = 0) => `\n  ${[...problems, ...(more > 0 ? [`… and ${more} more`] : [])].join('\n  ')}`;

function describeRecords(check: NotebookCheck): string {
  const { records } = check;
  const older = records.unrecordedAnalyses > 0 ? `; ${records.unrecordedAnalyses} cycling test(s) have cycle tables stored before history recorded them, not compared` : '';
  if (records.problemCount === 0) return `${records.compared} record(s) read as their last history entry recorded them${older}`;
  return `${records.problemCount} difference(s) from history:${listed(records.problems, records.problemCount - records.problems.length)}`;
}

function describeStoredFiles(check: NotebookCheck): string {
  const { storedFiles } = check;
  const size = `${storedFiles.files} file(s), ${formatBytes(storedFiles.bytes)}`;
  if (!storedFiles.read) return `not read (${size}, more than the ${formatBytes(DEFAULT_DEEP_LIMIT_BYTES)} check reads by default); run check --deep to read them back`;
  if (storedFiles.problems.length === 0) return `${size} read back, each matches its SHA-256`;
  return `${storedFiles.problems.length} of ${storedFiles.files} no longer match their SHA-256:${listed(storedFiles.problems)}`;
}

function describeCheckpoints(check: NotebookCheck): string {
  const { checkpoints } = check;
  const notes = checkpoints.notes.length > 0 ? `; ${checkpoints.notes.join('; ')}` : '';
  if (checkpoints.problems.length === 0) return checkpoints.found === 0 ? 'none found (the checkpoint log and the backups hold none of this notebook), so a rewritten history had nothing to be compared with' : `${checkpoints.held} of ${checkpoints.found} signed checkpoint(s) held${notes}`;
  return `${checkpoints.problems.length} problem(s) with ${checkpoints.found} signed checkpoint(s):${listed(checkpoints.problems)}${checkpoints.notes.length > 0 ? listed(checkpoints.notes) : ''}`;
}

export function describeCheck(notebookPath: string, check: NotebookCheck): string {
  const integrity = check.integrity.length === 1 && check.integrity[0] === 'ok' ? 'ok' : `${check.integrity.length} problem(s):\n  ${check.integrity.join('\n  ')}`;
  const foreignKeys = check.foreignKeyViolations.length === 0
    ? 'ok'
    : `${check.foreignKeyViolations.length} violation(s): ${check.foreignKeyViolations.map((v) => `${v.table} row ${v.rowid ?? '?'} -> ${v.parent}`).join(', ')}`;
  const history = check.historyChainBreak
    ? `${check.historyEntries} entries; chain BROKEN at entry ${check.historyChainBreak.entryId}: ${check.historyChainBreak.reason}`
    : `${check.historyEntries} entries, chain intact`;
  const schema = check.schemaObjects.problems.length === 0
    ? `version ${check.schemaVersion}; its ${check.schemaObjects.compared} tables, indexes and triggers are as the migrations made them`
    : `version ${check.schemaVersion}; ${check.schemaObjects.problems.length} object(s) not as the migrations made them:${listed(check.schemaObjects.problems)}`;
  const migrations = check.changedMigrations.length === 0 ? 'as released' : `changed since applied: ${check.changedMigrations.join(', ')}`;
  return [
    `Notebook:     ${notebookPath}`,
    `Schema:       ${schema}`,
    `Integrity:    ${integrity}`,
    `Foreign keys: ${foreignKeys}`,
    `History:      ${history}`,
    `Records:      ${describeRecords(check)}`,
    `Stored files: ${describeStoredFiles(check)}`,
    `Checkpoints:  ${describeCheckpoints(check)}`,
    `Migrations:   ${migrations}`,
    check.ok ? 'Result:       ok' : 'Result:       PROBLEMS FOUND',
  ].join('\n');
}

interface CheckOptions extends NotebookCommandOptions {
  deep?: boolean;
}

export function registerCheck(program: Command): void {
  notebookCommand(program, 'check', 'integrity and foreign keys, the history hash chain, every record against its history, the schema against the migrations, stored files against their SHA-256, and the history against its signed checkpoints')
    .option('--deep', `read back every stored file and attachment whatever their size (by default only while they total at most ${formatBytes(DEFAULT_DEEP_LIMIT_BYTES)})`)
    .action((options: CheckOptions) =>
      runCommand(() =>
        withNotebook(options, (ctx) => {
          const check = checkNotebook(ctx, options.deep ? { deep: true } : {});
          emitResult(options, { notebook: ctx.notebook.path, ...check }, (value) => describeCheck(value.notebook, check));
          return check.ok ? 0 : 2;
        }),
      ),
    );
}
