import type { MaterialKind } from './kinds';
import type { PickListId } from './pick-lists';

/** Which of the patent's lists suggest names for a material of each kind. */
export const PICK_LISTS_FOR_KIND: Partial<Record<MaterialKind, readonly PickListId[]>> = {
  lithium_salt: ['lithiumSalts'],
  medium: ['organicMedia', 'ionicLiquids'],
  oxide_composite_se: ['oxideMatrices'],
  oxide_precursor: ['oxideMatrices'],
  sulfide_se: ['sulfideElectrolytes'],
  anode_active: ['anodeActives'],
  metal_powder: ['anodeActives'],
  conductive_carbon: ['anodeActives'],
};
