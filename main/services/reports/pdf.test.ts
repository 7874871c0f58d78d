// A PDF through the real headless Chromium, and a Chromium that does not print in time: ended,
// tried once more, then a sentence instead of a job that waits forever.
import { describe, expect, it } from 'vitest';
import { findChromium, htmlToPdf } from './pdf';

const chromium = findChromium();
if (!chromium) console.log('PDF tests skipped: no Chromium here (install the chromium package)');

describe.skipIf(!chromium)('htmlToPdf', () => {
  it('prints a page to PDF', { timeout: 60_000 }, async () => {
    const bytes = await htmlToPdf('<h1>Example 1</h1>', { title: 'Example 1', paper: 'a4' });
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('says so in a sentence when Chromium does not print in time, twice', { timeout: 60_000 }, async () => {
    await expect(htmlToPdf('<h1>Example 1</h1>', { title: 'Example 1', paper: 'a4' }, 1)).rejects.toThrow(`Chromium (${chromium}) did not print the PDF within 0.001 s, twice; the HTML report (--out FILE.html) needs nothing`);
  });
});
