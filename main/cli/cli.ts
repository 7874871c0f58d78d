// The `cellbook` command. Each command opens the notebook named by --db (or the app's default),
// calls the same services as the app, and prints text, or JSON with --json.
import { Command } from 'commander';
import { APP_VERSION } from '../../shared/app-version';
import { registerBackup, registerBackups } from './commands/backup';
import { registerBuilds } from './commands/builds';
import { registerDemo } from './commands/demo';
import { registerCalcSolgel } from './commands/calc-solgel';
import { registerCalcPress } from './commands/calc-press';
import { registerPlan } from './commands/plan';
import { registerCheck } from './commands/check';
import { registerInfo } from './commands/info';
import { registerWeb } from './commands/web';
import { registerImportInventory } from './commands/import-inventory';
import { registerInit } from './commands/init';
import { registerMaterials } from './commands/materials';
import { registerSearch } from './commands/search';
import { registerImportCycling } from './commands/import-cycling';
import { registerSummarize } from './commands/summarize';
import { registerCyclingTests } from './commands/cycling-tests';
import { registerCyclingOriginal } from './commands/cycling-original';
import { registerCompare } from './commands/compare';
import { registerDqdv } from './commands/dqdv';
import { registerExport } from './commands/export';
import { registerImportEln } from './commands/import-eln';
import { registerReport } from './commands/report';
import { registerSignatures } from './commands/signatures';
import { registerLabels } from './commands/labels';

export function buildProgram(): Command {
  const program = new Command('cellbook')
    .description('Cellbook: the lab notebook for all-solid-state battery cells')
    .version(APP_VERSION, '-v, --version', 'print the Cellbook version')
    .configureOutput({ outputError: (text, write) => write(`cellbook: ${text.replace(/^error: /, '')}`) });
  registerInit(program);
  registerInfo(program);
  registerCheck(program);
  registerBackup(program);
  registerBackups(program);
  registerMaterials(program);
  registerImportInventory(program);
  registerSearch(program);
  registerSummarize(program);
  registerImportCycling(program);
  registerCyclingTests(program);
  registerCyclingOriginal(program);
  registerCompare(program);
  registerDqdv(program);
  registerExport(program);
  registerImportEln(program);
  registerReport(program);
  registerSignatures(program);
  registerLabels(program);
  registerBuilds(program);
  registerDemo(program);
  registerCalcSolgel(program);
  registerCalcPress(program);
  registerPlan(program);
  registerWeb(program);
  return program;
}

void buildProgram().parseAsync(process.argv);
