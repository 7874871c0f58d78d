// Setting a notebook up through the same door the renderer uses (POST /api/<operation> with the
// launch token), for specs whose subject is a screen rather than how its records were made.
import type { ApiInput, ApiName, ApiOutput } from '../../shared/api';
import { isReadOperation } from '../../shared/api/read-operations';
import type { Page } from '@playwright/test';
import { APP_READY_MS, expect, type CellbookHost } from './fixtures';

function post(host: CellbookHost, name: ApiName, input: unknown): Promise<Response> {
  const token = new URL(host.url).searchParams.get('token') ?? '';
  return fetch(`${host.origin}/api/${name}`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'x-cellbook-token': token }, body: JSON.stringify(input) });
}

export async function hostApi<N extends ApiName>(host: CellbookHost, name: N, input: ApiInput<N>): Promise<ApiOutput<N>> {
  // A kept-alive connection the host has just closed fails once (ECONNRESET); a list is asked again.
  const response = await post(host, name, input).catch((error: unknown) => (isReadOperation(name) ? post(host, name, input) : Promise.reject(error)));
  const envelope = (await response.json()) as { ok: true; value: ApiOutput<N> } | { ok: false; error: { message: string } };
  if (!envelope.ok) throw new Error(`${name}: ${envelope.error.message}`);
  return envelope.value;
}

/**
 * The demo notebook made through the host, then the page reloaded: lists the renderer read before
 * (empty) are read again instead of waiting for the change event under load.
 */
export async function loadDemoThroughHost(host: CellbookHost, page: Page): Promise<void> {
  await hostApi(host, 'createDemoNotebook', {});
  await page.reload();
  await expect(page.locator('html[data-cellbook-ready="true"]')).toBeAttached({ timeout: APP_READY_MS });
}
