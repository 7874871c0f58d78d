import type { Command } from 'commander';
import { CellbookError } from '../../../shared/api-error';
import { createDemoNotebookWithCycling } from '../../services/demo/demo-notebook';
import { notebookCommand, withNotebook, type NotebookCommandOptions } from '../notebook-command';
import { emitResult, runCommand } from '../output';

export function registerDemo(program: Command): void {
  notebookCommand(program, 'demo', "create the demo notebook: the patent examples' materials and lots, the gel recipe and batches, its eleven builds and their synthetic cycling tests").action(
    (options: NotebookCommandOptions) =>
      runCommand(() => {
        if (!options.db) throw new CellbookError('validation', 'demo needs --db PATH for the new notebook');
        return withNotebook(options, async (ctx) => {
          const made = await createDemoNotebookWithCycling(ctx);
          emitResult(
            options,
            { notebook: ctx.notebook.path, ...made },
            (r) => `Demo notebook ${r.notebook}: ${r.materials} materials, ${r.lots} lots, ${r.builds} builds, ${r.cyclingTests} synthetic cycling tests (synthetic values and stated assumptions: see each build's notes)`,
          );
        });
      }),
  );
}
