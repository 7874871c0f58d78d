// The `cellbook` program itself (name, version, how errors are printed), without its commands.
import { Command } from 'commander';
import { APP_VERSION } from '../../shared/app-version';

export function newProgram(): Command {
  return new Command('cellbook')
    .description('Cellbook: the lab notebook for all-solid-state battery cells')
    .version(APP_VERSION, '-v, --version', 'print the Cellbook version')
    .configureOutput({ outputError: (text, write) => write(`cellbook: ${text.replace(/^error: /, '')}`) });
}
