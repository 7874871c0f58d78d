import type { Command } from 'commander';
import { CellbookError } from '../../../shared/api-error';
import { createDemoNotebook } from '../../services/demo/demo-notebook';
import { notebookCommand, withNotebook, type NotebookCommandOptions } from '../notebook-command';
import { emitResult, runCommand } from '../output';

export function registerDemo(program: Command): void {
  notebookCommand(program, 'demo', "create the demo notebook: the patent examples' materials and lots, the gel recipe and batches, and its eleven builds").action(
    (options: NotebookCommandOptions) =>
      runCommand(() => {
        if (!options.db) throw new CellbookError('validation', 'demo needs --db PATH for the new notebook');
        return withNotebook(options, (ctx) => {
          const made = createDemoNotebook(ctx);
          emitResult(options, { notebook: ctx.notebook.path, ...made }, (r) => `Demo notebook ${r.notebook}: ${r.materials} materials, ${r.lots} lots, ${r.builds} builds (synthetic values and stated assumptions: see each build's notes)`);
        });
      }),
  );
}
