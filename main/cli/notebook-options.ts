// The --db and --json options every notebook command takes. Apart from notebook-command.ts (which
// opens the notebook and so loads the services) so that a command can be declared without them.
import type { Command } from 'commander';

export interface NotebookCommandOptions {
  db?: string;
  json?: boolean;
}

export const DB_OPTION_HELP = 'notebook file (default: the app notebook; a new path becomes a new notebook)';

export function notebookCommand(program: Command, name: string, description: string): Command {
  return program.command(name).description(description).option('--db <path>', DB_OPTION_HELP).option('--json', 'print JSON only on stdout');
}
