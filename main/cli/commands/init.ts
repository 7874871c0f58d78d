import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { CellbookError } from '../../../shared/api-error';
import { addStarterMaterials } from '../../services/inventory/starter-set';
import { notebookCommand, withNotebook, type NotebookCommandOptions } from '../notebook-command';
import { emitResult, runCommand } from '../output';

export function registerInit(program: Command): void {
  notebookCommand(program, 'init', 'create a new notebook, optionally with the starter materials of the patent examples')
    .option('--starter', "add the patent examples' materials with their constants")
    .action((options: NotebookCommandOptions & { starter?: boolean }) =>
      runCommand(() => {
        if (!options.db) throw new CellbookError('validation', 'init needs --db PATH for the new notebook');
        const existed = existsSync(options.db);
        return withNotebook(options, (ctx) => {
          const starter = options.starter ? addStarterMaterials(ctx) : null;
          emitResult(options, { notebook: ctx.notebook.path, created: !existed, starterMaterialsAdded: starter?.created ?? 0 }, (r) =>
            [
              `${r.created ? 'Created' : 'Opened existing'} notebook ${r.notebook}`,
              ...(starter ? [`Added ${starter.created} starter material(s)${starter.alreadyPresent ? `; ${starter.alreadyPresent} were already there` : ''}`] : []),
            ].join('\n'),
          );
        });
      }),
    );
}
