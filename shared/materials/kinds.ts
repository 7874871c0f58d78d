// What a material is for, in the lab's words. The kind decides which fields matter (specific
// capacity for active materials) and default warnings (lithium salts are hygroscopic).

export const MATERIAL_KINDS = [
  'cathode_active',
  'anode_active',
  'sulfide_se',
  'oxide_composite_se',
  'lithium_salt',
  'medium',
  'oxide_precursor',
  'acid',
  'binder',
  'conductive_carbon',
  'metal_powder',
  'current_collector',
  'gasket',
  'other',
] as const;
export type MaterialKind = (typeof MATERIAL_KINDS)[number];

export const MATERIAL_KIND_LABELS: Record<MaterialKind, string> = {
  cathode_active: 'Cathode active material',
  anode_active: 'Anode active material',
  sulfide_se: 'Sulfide solid electrolyte',
  oxide_composite_se: 'Oxide / porous composite SE',
  lithium_salt: 'Lithium salt',
  medium: 'Medium (solvent / ionic liquid)',
  oxide_precursor: 'Oxide precursor',
  acid: 'Acid',
  binder: 'Binder',
  conductive_carbon: 'Conductive carbon',
  metal_powder: 'Metal powder',
  current_collector: 'Current collector',
  gasket: 'Gasket / inactive member',
  other: 'Other',
};

/** Kinds whose specific charge capacity (mAh/g) enters a layer's capacity ([0085]). */
export const ACTIVE_MATERIAL_KINDS: readonly MaterialKind[] = ['cathode_active', 'anode_active', 'metal_powder', 'conductive_carbon'];

/** Lithium salts take up water once opened; the default days before an opened lot is flagged. */
export const DEFAULT_HYGROSCOPIC_WARN_DAYS: Partial<Record<MaterialKind, number>> = { lithium_salt: 30 };

export const STORAGE_CONDITIONS = ['glovebox', 'dry_room', 'air'] as const;
export type StorageCondition = (typeof STORAGE_CONDITIONS)[number];
export const STORAGE_LABELS: Record<StorageCondition, string> = { glovebox: 'Glovebox', dry_room: 'Dry room', air: 'Air' };

/** Reads a kind from a spreadsheet cell: its id or its label, any case, spaces or underscores. */
export function parseMaterialKind(text: string): MaterialKind | null {
  const wanted = text.trim().toLowerCase().replace(/[\s-]+/g, '_');
  for (const kind of MATERIAL_KINDS) {
    if (kind === wanted) return kind;
    if (MATERIAL_KIND_LABELS[kind].toLowerCase().replace(/[\s-]+/g, '_') === wanted) return kind;
  }
  return null;
}
