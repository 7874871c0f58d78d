import { describe, expect, it } from 'vitest';
import { ANODE_ACTIVE_METALS, anodeRole, isAnodeActive, singleElement } from './anode-materials';
import type { ComponentMaterial } from './types';

const as = (kind: ComponentMaterial['kind'], formula: string | null) => ({ kind, formula });

describe('anodeRole', () => {
  it('takes conductive carbon, or formula exactly "C", as amorphous carbon [0076]', () => {
    expect(anodeRole(as('conductive_carbon', null))).toBe('amorphous_carbon');
    expect(anodeRole(as('anode_active', 'C'))).toBe('amorphous_carbon');
  });

  it.each(ANODE_ACTIVE_METALS)('takes %s, one of the metals of [0077], as an alloying metal', (metal) => {
    expect(anodeRole(as('metal_powder', metal))).toBe('alloying_metal');
  });

  it('takes Ni as a metal that does not alloy with lithium [0077], whatever its kind', () => {
    expect(anodeRole(as('metal_powder', 'Ni'))).toBe('non_alloying_metal');
    expect(anodeRole(as('anode_active', 'Ni'))).toBe('non_alloying_metal');
  });

  it('takes binders as binders, and anything else as other', () => {
    expect(anodeRole(as('binder', null))).toBe('binder');
    expect(anodeRole(as('metal_powder', 'Cu'))).toBe('other');
    expect(anodeRole(as('anode_active', 'Li4Ti5O12'))).toBe('other');
    expect(anodeRole(as('anode_active', null))).toBe('other');
  });

  it('counts only carbon and the alloying metals as active', () => {
    expect(isAnodeActive('amorphous_carbon')).toBe(true);
    expect(isAnodeActive('alloying_metal')).toBe(true);
    expect(isAnodeActive('non_alloying_metal')).toBe(false);
    expect(isAnodeActive('binder')).toBe(false);
    expect(isAnodeActive('other')).toBe(false);
  });
});

describe('singleElement', () => {
  it('returns the element of a one-element formula, else null', () => {
    expect(singleElement('Ag')).toBe('Ag');
    expect(singleElement(' Si ')).toBe('Si');
    expect(singleElement('AgAu')).toBeNull();
    expect(singleElement('SiO2')).toBeNull();
    expect(singleElement('not a formula')).toBeNull();
    expect(singleElement(null)).toBeNull();
  });
});
