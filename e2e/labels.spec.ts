// Labels as the lab uses them: a lot's label saved from its page carries the lot's code and a QR
// code of its Cellbook link, and a USB scanner "typing" a label's link (or a cell's code) into the
// search box followed by Enter opens that record. The Reports area lists the label made.
import { readFileSync } from 'node:fs';
import QRCode from 'qrcode';
import { qrSvgModules } from '../main/testing/qr-svg-modules';
import { expect, testFromDemo as test } from './support/fixtures';

const searchBox = (app: import('@playwright/test').Page) => app.getByRole('textbox', { name: 'Search the notebook' });

/** A scanner types each character, then Enter. */
async function scan(app: import('@playwright/test').Page, text: string): Promise<void> {
  await searchBox(app).click();
  await searchBox(app).pressSequentially(text);
  await searchBox(app).press('Enter');
}

test("a scanned lot link opens the lot, and its label is saved from the lot's page", async ({ app }) => {
  await scan(app, 'cellbook://lot/LPSC-2026-01');
  await expect(app.getByRole('heading', { level: 2, name: /, lot LPSC-2026-01$/ })).toBeVisible();
  await expect(searchBox(app)).toHaveValue('');

  await app.getByRole('button', { name: 'Label for lot LPSC-2026-01' }).click();
  const dialog = app.getByRole('dialog', { name: 'Labels for lot LPSC-2026-01' });
  const stock = dialog.getByRole('combobox', { name: 'Label stock' });
  await expect(stock).toHaveValue(/^A4 sheet, 24 labels 70 × 37 mm/);
  await stock.click();
  await app.getByRole('option', { name: /^Label printer, 25 × 25 mm vial/ }).click();
  await expect(stock).toHaveValue(/^Label printer, 25 × 25 mm vial/);
  await dialog.getByText('HTML', { exact: true }).click();
  const [download] = await Promise.all([app.waitForEvent('download'), dialog.getByRole('button', { name: 'Make label' }).click()]);
  expect(download.suggestedFilename()).toBe('label-LPSC-2026-01.html');
  const page = readFileSync((await download.path())!, 'utf8');
  expect(page).toContain('>LPSC-2026-01</div>');
  expect(page).toContain('@page { size: 25mm 25mm');
  const svg = /<svg[\s\S]*?<\/svg>/.exec(page)?.[0] ?? '';
  const { modules } = QRCode.create('cellbook://lot/LPSC-2026-01', { errorCorrectionLevel: 'M' });
  const expected = Array.from({ length: modules.size }, (_, row) => Array.from({ length: modules.size }, (_, col) => modules.get(row, col) === 1));
  expect(qrSvgModules(svg)).toEqual(expected);
  // The stock chosen is the notebook's label setting now.
  await app.getByRole('button', { name: 'Label for lot LPSC-2026-01' }).click();
  await expect(app.getByRole('dialog', { name: 'Labels for lot LPSC-2026-01' }).getByRole('combobox', { name: 'Label stock' })).toHaveValue(/^Label printer, 25 × 25 mm vial/);
  await app.keyboard.press('Escape');

  // The Reports area lists the label among the recent reports and makes it again.
  await app.getByRole('navigation', { name: 'Areas' }).getByRole('link', { name: /^Reports/ }).click();
  const recent = app.getByRole('table', { name: 'Recent reports' }).getByRole('row').filter({ hasText: 'label-LPSC-2026-01.html' });
  await expect(recent).toContainText('Labels');
  await expect(recent).toContainText('HTML, vial-25x25');
  const [again] = await Promise.all([app.waitForEvent('download'), recent.getByRole('button', { name: 'Make label-LPSC-2026-01.html again' }).click()]);
  expect(readFileSync((await again.path())!, 'utf8')).toContain('>LPSC-2026-01</div>');
});

test("a cell's printed code typed into the search box opens its build; an unknown code leaves the results", async ({ app }) => {
  await scan(app, 'Example 2/#1');
  await expect(app.getByRole('heading', { level: 2, name: 'Example 2' })).toBeVisible();
  await scan(app, 'cellbook://batch/NO-SUCH-BATCH');
  await expect(searchBox(app)).toHaveValue('cellbook://batch/NO-SUCH-BATCH');
  await expect(app.getByRole('heading', { level: 2, name: 'Example 2' })).toBeVisible();
});
