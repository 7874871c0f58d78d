// Re-exports the cell types the build schemas need, so that schemas import from one place.
export { LAYER_KINDS, type DesignRuleResult } from '../cells/types';

/** The derived numbers of a build (shared/cells/derived.ts): an object of numbers and nulls per field. */
export type BuildDerivedLike = Record<string, unknown>;
