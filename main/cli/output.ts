// CLI output rules: plain text by default; with --json, stdout holds only the JSON document and
// every message goes to stderr.
import { InvalidArgumentError } from 'commander';
import { explainFailure } from '../logging/explain-failure';

export interface OutputOptions {
  json?: boolean;
}

export function emitResult<T>(options: OutputOptions, value: T, asText: (value: T) => string): void {
  process.stdout.write(options.json ? `${JSON.stringify(value, null, 2)}\n` : `${asText(value)}\n`);
}

export function message(text: string): void {
  process.stderr.write(`${text}\n`);
}

let lastResortInstalled = false;

/** A failure outside the command's own promise (a worker, a stream) still ends in a sentence, never a stack. */
function installLastResort(): void {
  if (lastResortInstalled) return;
  lastResortInstalled = true;
  const fail = (error: unknown) => {
    message(`cellbook: ${explainFailure(error).message}`);
    process.exit(1);
  };
  process.on('uncaughtException', fail);
  process.on('unhandledRejection', fail);
}

/**
 * Runs a command body; any failure becomes one sentence on stderr and exit code 1 (a CellbookError
 * as it is; anything else named by explainFailure, its stack kept in the log file). A body that
 * never settles (a reader left waiting for data that never comes) would let Node exit 0 with
 * nothing printed: when nothing is left to wait for, that is said and the exit code is 1.
 */
export async function runCommand(body: () => Promise<number | void>): Promise<void> {
  installLastResort();
  const unfinished = () => {
    message('cellbook: the command stopped without a result (its input ended while it was still being read); nothing was saved');
    process.exitCode = 1;
  };
  process.once('beforeExit', unfinished);
  try {
    const code = await body();
    process.exitCode = code ?? 0;
  } catch (error) {
    message(`cellbook: ${explainFailure(error).message}`);
    process.exitCode = 1;
  } finally {
    process.off('beforeExit', unfinished);
  }
}

/** `--port 8080` -> 8080, with a sentence for anything else. */
export function parsePort(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port < 1 || port > 65535) {
    throw new InvalidArgumentError('give a whole number from 1 to 65535');
  }
  return port;
}
