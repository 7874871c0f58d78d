// Test factories for the inventory: a material and lots with sensible lab values, overridable.
import { createLotSchema } from '../../shared/schemas/lots';
import { materialFieldsSchema, type MaterialFields } from '../../shared/schemas/materials';
import type { CreateLotInput } from '../../shared/schemas/lots';
import type { ServiceContext } from '../services/context';
import { createLot } from '../services/inventory/lots';
import { createMaterial } from '../services/inventory/materials';

export function makeMaterial(ctx: ServiceContext, fields: Partial<MaterialFields> = {}) {
  return createMaterial(ctx, materialFieldsSchema.parse({ name: 'LiTFSI', kind: 'lithium_salt', formula: 'LiN(SO2CF3)2', ...fields }));
}

export function makeLot(ctx: ServiceContext, materialId: number, fields: Partial<CreateLotInput> = {}) {
  return createLot(ctx, createLotSchema.parse({ materialId, lotNumber: 'SA-4411', quantity: 25, unit: 'g', receivedOn: '2026-10-01', ...fields }));
}
