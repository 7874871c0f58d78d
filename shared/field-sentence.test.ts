import { describe, expect, it } from 'vitest';
import { fieldSentence, humanizeFieldKey, withoutOperationName } from './field-sentence';

describe('fieldSentence', () => {
  it('reads a predicate after the label', () => {
    expect(fieldSentence('Actual amount', 'must be above 0')).toBe('Actual amount must be above 0');
    expect(fieldSentence('Electrolyte', 'cannot be negative')).toBe('Electrolyte cannot be negative');
  });
  it('turns a bound or a noun phrase into "must be"', () => {
    expect(fieldSentence('Salt fraction', 'at most 50 %')).toBe('Salt fraction must be at most 50 %');
    expect(fieldSentence('Received', 'a date as YYYY-MM-DD')).toBe('Received must be a date as YYYY-MM-DD');
  });
  it('keeps an instruction as it is, capitalized', () => {
    expect(fieldSentence('Name', 'name the recipe')).toBe('Name the recipe');
    expect(fieldSentence('What changed', 'say what changed')).toBe('Say what changed');
  });
  it('says "is" before a negation and uses a colon otherwise', () => {
    expect(fieldSentence('Opened', 'not a date in the calendar')).toBe('Opened is not a date in the calendar');
    expect(fieldSentence('Location', 'levels separated by ">"')).toBe('Location: levels separated by ">"');
  });
  it('lets a message that is a sentence stand alone', () => {
    expect(fieldSentence('Change', 'an adjustment of 0 changes nothing')).toBe('An adjustment of 0 changes nothing');
    expect(fieldSentence('Lot', 'lot L-1 is NCM')).toBe('Lot L-1 is NCM');
  });
});

describe("zod's default messages", () => {
  it('are worded as bounds and kinds of value', () => {
    expect(fieldSentence('Ignore the first', 'Too big: expected number to be <=3600')).toBe('Ignore the first must be at most 3600');
    expect(fieldSentence('Cycles', 'Too small: expected number to be >0')).toBe('Cycles must be above 0');
    expect(fieldSentence('Name', 'Too big: expected string to have <=200 characters')).toBe('Name needs at most 200 characters');
    expect(fieldSentence('Column mapping', 'Too small: expected array to have >=1 items')).toBe('Column mapping needs at least 1 item');
    expect(fieldSentence('Mass', 'Invalid input: expected number, received NaN')).toBe('Mass must be a number');
  });
});

describe('withoutOperationName', () => {
  it('drops a known operation name in front of a refusal', () => {
    expect(withoutOperationName('recordBatchIngredient: actualAmount: must be above 0')).toBe('ActualAmount: must be above 0');
    expect(withoutOperationName('createMaterial failed: disk full')).toBe('Disk full');
  });
  it('leaves other sentences alone', () => {
    expect(withoutOperationName('Lot L-7: only 2 g left')).toBe('Lot L-7: only 2 g left');
  });
});

describe('humanizeFieldKey', () => {
  it('makes words of a camelCase key, dropping list positions', () => {
    expect(humanizeFieldKey('actualAmount')).toBe('Actual amount');
    expect(humanizeFieldKey('steps.2.text')).toBe('Text');
  });
});
