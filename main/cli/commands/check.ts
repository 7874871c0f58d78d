import type { Command } from 'commander';
import type { NotebookCheck } from '../../../shared/schemas/notebook';
import { checkNotebook } from '../../services/notebook';
import { notebookCommand, withNotebook, type NotebookCommandOptions } from '../notebook-command';
import { emitResult, runCommand } from '../output';

export function describeCheck(notebookPath: string, check: NotebookCheck): string {
  const integrity = check.integrity.length === 1 && check.integrity[0] === 'ok' ? 'ok' : `${check.integrity.length} problem(s):\n  ${check.integrity.join('\n  ')}`;
  const foreignKeys = check.foreignKeyViolations.length === 0
    ? 'ok'
    : `${check.foreignKeyViolations.length} violation(s): ${check.foreignKeyViolations.map((v) => `${v.table} row ${v.rowid ?? '?'} -> ${v.parent}`).join(', ')}`;
  const history = check.historyChainBreak
    ? `${check.historyEntries} entries; chain BROKEN at entry ${check.historyChainBreak.entryId}: ${check.historyChainBreak.reason}`
    : `${check.historyEntries} entries, chain intact`;
  const migrations = check.changedMigrations.length === 0 ? 'as released' : `changed since applied: ${check.changedMigrations.join(', ')}`;
  return [
    `Notebook:     ${notebookPath}`,
    `Schema:       version ${check.schemaVersion}`,
    `Integrity:    ${integrity}`,
    `Foreign keys: ${foreignKeys}`,
    `History:      ${history}`,
    `Migrations:   ${migrations}`,
    check.ok ? 'Result:       ok' : 'Result:       PROBLEMS FOUND',
  ].join('\n');
}

export function registerCheck(program: Command): void {
  notebookCommand(program, 'check', 'integrity and foreign-key checks, the history hash chain, and the schema version').action((options: NotebookCommandOptions) =>
    runCommand(() =>
      withNotebook(options, (ctx) => {
        const check = checkNotebook(ctx);
        emitResult(options, { notebook: ctx.notebook.path, ...check }, (value) => describeCheck(value.notebook, check));
        return check.ok ? 0 : 2;
      }),
    ),
  );
}
