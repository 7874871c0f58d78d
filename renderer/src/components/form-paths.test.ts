import { describe, expect, it } from 'vitest';
import { formPath, isUnder, labelFor, valueAt } from './form-paths';

const labels = { name: 'Name', 'layers.*.massMg': 'Layer * mass', 'layers.*.components.*.amount': 'Layer * component * amount', 'solgel.salt': 'Salt' };

describe('labelFor', () => {
  it('finds exact labels and numbers list rows from 1', () => {
    expect(labelFor(labels, 'name')).toBe('Name');
    expect(labelFor(labels, 'layers.2.massMg')).toBe('Layer 3 mass');
    expect(labelFor(labels, 'layers.0.components.4.amount')).toBe('Layer 1 component 5 amount');
  });
  it("falls back to a parent's label, and to none", () => {
    expect(labelFor(labels, 'solgel.salt.molarMassGMol')).toBe('Salt');
    expect(labelFor(labels, 'layers.2.side')).toBeUndefined();
  });
});

describe('formPath', () => {
  it("drops the refused call's wrapping (`changes.name` → `name`)", () => {
    expect(formPath(labels, 'changes.name')).toBe('name');
    expect(formPath(labels, 'layers.1.massMg')).toBe('layers.1.massMg');
    expect(formPath(labels, 'id')).toBeNull();
    expect(formPath({ 'changes.failureReason': 'Reason' }, 'failureReason')).toBe('changes.failureReason');
  });
});

describe('valueAt and isUnder', () => {
  it('reads nested values as JSON, missing ones as undefined', () => {
    expect(valueAt({ a: { b: [1, 2] } }, 'a.b.1')).toBe('2');
    expect(valueAt({ a: null }, 'a.b')).toBe('undefined');
  });
  it('tells a path under a field from a sibling with the same prefix', () => {
    expect(isUnder('steps.2.title', 'steps')).toBe(true);
    expect(isUnder('stepsCount', 'steps')).toBe(false);
  });
});
