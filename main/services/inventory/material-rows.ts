// The materials table as stored, and its mapping to the contract's Material.
import type { Material } from '../../../shared/schemas/materials';
import type { MaterialKind, StorageCondition } from '../../../shared/materials/kinds';

export interface MaterialRow {
  id: number;
  name: string;
  kind: MaterialKind;
  formula: string | null;
  molar_mass_g_mol: number | null;
  molar_mass_override_reason: string | null;
  density_g_cm3: number | null;
  d50_um: number | null;
  specific_capacity_mah_g: number | null;
  coating: string | null;
  coating_thickness_nm: number | null;
  youngs_modulus_gpa: number | null;
  cas_number: string | null;
  supplier: string | null;
  storage: StorageCondition | null;
  hygroscopic_warn_days: number | null;
  hazard_notes: string | null;
  notes: string | null;
  tags_json: string;
  created_at: string;
  updated_at: string;
  archived_at: string | null;
}

export function toMaterial(row: MaterialRow): Material {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    formula: row.formula,
    molarMassGMol: row.molar_mass_g_mol,
    molarMassSource: row.molar_mass_g_mol === null ? null : row.molar_mass_override_reason === null ? 'formula' : 'override',
    molarMassOverrideReason: row.molar_mass_override_reason,
    densityGCm3: row.density_g_cm3,
    d50Um: row.d50_um,
    specificCapacityMAhG: row.specific_capacity_mah_g,
    coating: row.coating,
    coatingThicknessNm: row.coating_thickness_nm,
    youngsModulusGPa: row.youngs_modulus_gpa,
    casNumber: row.cas_number,
    supplier: row.supplier,
    storage: row.storage,
    hygroscopicWarnDays: row.hygroscopic_warn_days,
    hazardNotes: row.hazard_notes,
    notes: row.notes,
    tags: JSON.parse(row.tags_json) as string[],
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    archivedAt: row.archived_at,
  };
}
