// CLI output rules: plain text by default; with --json, stdout holds only the JSON document and
// every message goes to stderr.
import { InvalidArgumentError } from 'commander';
import { CellbookError } from '../../shared/api-error';

export interface OutputOptions {
  json?: boolean;
}

export function emitResult<T>(options: OutputOptions, value: T, asText: (value: T) => string): void {
  process.stdout.write(options.json ? `${JSON.stringify(value, null, 2)}\n` : `${asText(value)}\n`);
}

export function message(text: string): void {
  process.stderr.write(`${text}\n`);
}

/** Runs a command body; a CellbookError becomes one line on stderr and exit code 1. */
export async function runCommand(body: () => Promise<number | void>): Promise<void> {
  try {
    const code = await body();
    process.exitCode = code ?? 0;
  } catch (error) {
    if (error instanceof CellbookError) {
      message(`cellbook: ${error.message}`);
    } else {
      message(`cellbook: unexpected error: ${(error as Error).stack ?? String(error)}`);
    }
    process.exitCode = 1;
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
