import type { Command } from 'commander';
import { searchNotebook } from '../../services/search';
import { notebookCommand, withNotebook, type NotebookCommandOptions } from '../notebook-command';
import { emitResult, runCommand } from '../output';

export function registerSearch(program: Command): void {
  notebookCommand(program, 'search', "search every record's names, numbers, notes and tags")
    .argument('<words...>', 'words to find (each matches as a prefix)')
    .action((words: string[], options: NotebookCommandOptions) =>
      runCommand(() =>
        withNotebook(options, (ctx) => {
          const results = searchNotebook(ctx, { query: words.join(' '), limit: 100, includeArchived: true });
          emitResult(options, results, (r) =>
            r.total === 0
              ? `Nothing matches "${r.query}".`
              : r.groups.map((group) => [`${group.label}:`, ...group.hits.map((hit) => `  ${hit.title}${hit.archived ? ' [archived]' : ''} (${hit.recordType} ${hit.recordId})`)].join('\n')).join('\n'),
          );
        }),
      ),
    );
}
