// Re-exports the cell types the build schemas need, so that schemas import from one place.
export { LAYER_KINDS, type DesignRuleResult } from '../cells/types';
