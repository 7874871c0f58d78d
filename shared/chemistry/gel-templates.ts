// The patent's gel recipe (Example 1, [0097]) and its DME (Example 2) and LiFSI (Example 6)
// variants, as recipe templates a new notebook starts with. Materials are named as in the
// starter set so that batches find their lots.
import type { RecipeContent, RecipeStep } from '../schemas/recipes';
import type { SolgelInput } from './solgel';
import { EXAMPLE_1_SOLGEL } from './solgel-example1';

const STEPS: RecipeStep[] = [
  { type: 'dissolve', title: 'Dissolve the salt in the medium (the electrolyte)', params: {}, notes: 'In the glovebox; stir until clear.' },
  { type: 'mix', title: 'Mix TEOS with the formic acid solution (the precursor)', params: {}, notes: null },
  { type: 'gel', title: 'Mix the electrolyte with the precursor and let it gel', params: {}, notes: null },
  { type: 'cure', title: 'Cure the gel until a precipitate forms', params: {}, notes: null },
  { type: 'dry', title: 'Dry in the convection oven', params: { oven: 'convection', temperatureC: 50, durationMin: 48 * 60 }, notes: '[0097]: 50 °C, 48 h' },
  { type: 'dry', title: 'Dry in the vacuum oven', params: { oven: 'vacuum', temperatureC: 80, durationMin: 48 * 60 }, notes: '[0097]: 80 °C, 48 h' },
  { type: 'mill', title: 'Grind the dried gel to a powder', params: {}, notes: null },
  { type: 'store', title: 'Store in the glovebox', params: { atmosphere: 'Ar' }, notes: null },
];

export interface GelTemplate {
  name: string;
  productMaterialName: string;
  description: string;
  content: RecipeContent;
}

function template(name: string, productMaterialName: string, description: string, solgel: SolgelInput, materials: { salt: string; medium: string }): GelTemplate {
  return {
    name,
    productMaterialName,
    description,
    content: {
      kind: 'gel_process',
      solgel,
      materials: { ...materials, precursor: 'TEOS (tetraethyl orthosilicate)', acid: 'Formic acid' },
      steps: STEPS,
    },
  };
}

export const GEL_TEMPLATES: readonly GelTemplate[] = [
  template(
    'Gel process, Example 1 (LiTFSI / n-MAc)',
    'SiO2/LiTFSI/n-MAc composite',
    'Porous silica composite electrolyte of Example 1 [0097]: 20 mol% LiTFSI in n-MAc (133.4 g) with 255.9 g of TEOS + formic acid precursor (50.0 mL + 74.0 mL of 26.5 M per batch). As written it is outside [0038]: salt : oxide = 2.63 by mass.',
    EXAMPLE_1_SOLGEL,
    { salt: 'LiTFSI', medium: 'N-methylacetamide (n-MAc)' },
  ),
  template(
    'Gel process, Example 2 (LiTFSI / DME)',
    'SiO2/LiTFSI/DME composite',
    'Example 2: DME instead of n-MAc. DME boils near 85 °C, so far more medium leaves in the 80 °C vacuum drying.',
    { ...EXAMPLE_1_SOLGEL, medium: { name: 'DME', molarMassGMol: 90.12, densityGMl: 0.867 } },
    { salt: 'LiTFSI', medium: '1,2-Dimethoxyethane (DME)' },
  ),
  template(
    'Gel process, Example 6 (LiFSI / n-MAc)',
    'SiO2/LiFSI/n-MAc composite',
    'Example 6: LiFSI instead of LiTFSI (20 mol% in n-MAc is 39.0 wt%).',
    { ...EXAMPLE_1_SOLGEL, salt: { name: 'LiFSI', molarMassGMol: 187.06, lithiumPerFormula: 1 } },
    { salt: 'LiFSI', medium: 'N-methylacetamide (n-MAc)' },
  ),
];
