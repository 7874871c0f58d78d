// The `cellbook` command. Each command opens the notebook named by --db (or the app's default),
// calls the same services as the app, and prints text, or JSON with --json.
//
// Start-up is part of every command's time: the bundle holds every command, and evaluating all of
// their modules (the API's schemas above all) takes about a tenth of a second here. So the
// commands are loaded only when the program runs, and `cellbook import`, the one whose files can
// be large, is declared alone: its action starts keeping the originals before the import's own
// modules are loaded (commands/import-cycling.ts). Any other first word, or none, loads them all.
import { registerImportCycling } from './commands/import-cycling';
import { newProgram } from './program-base';

async function main(): Promise<void> {
  if (process.argv[2] === 'import') {
    const program = newProgram();
    registerImportCycling(program);
    await program.parseAsync(process.argv);
    return;
  }
  const { buildProgram } = await import('./program');
  await buildProgram().parseAsync(process.argv);
}

void main();
