// A field's own message, as a screen reader hears it: Mantine ties the sentence under an input
// to it (aria-describedby), so "beside the field" is checked on the field itself.
import type { Locator } from '@playwright/test';
import { expect } from './fixtures';

const pattern = (sentence: string) => new RegExp(sentence.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));

export async function expectFieldMessage(field: Locator, sentence: string): Promise<void> {
  await expect(field).toHaveAccessibleDescription(pattern(sentence));
}

export async function expectNoFieldMessage(field: Locator, sentence: string): Promise<void> {
  await expect(field).not.toHaveAccessibleDescription(pattern(sentence));
}
