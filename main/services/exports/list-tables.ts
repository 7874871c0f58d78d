// Every list of the notebook as a spreadsheet table: the same records and numbers the app shows,
// read through the same services, with the unit of each number in its column header and numbers
// kept as numbers (never formatted text), so a spreadsheet can compute with them.
import { MATERIAL_KIND_LABELS } from '../../../shared/materials/kinds';
import type { SheetTable } from '../../../shared/exports/sheet-table';
import { EXPORT_LIST_IDS } from '../../../shared/schemas/exports';
import { getBatch, listBatches } from '../recipes/batches';
import { getBuildDetail, listBuilds } from '../builds/builds';
import { getCyclingTest, listCyclingTests } from '../cycling/cycling-tests';
import { listLotsOfMaterial } from '../inventory/lots';
import { listMaterials } from '../inventory/materials';
import type { ServiceContext } from '../context';

export const EXPORT_LISTS = EXPORT_LIST_IDS;
export type ExportList = (typeof EXPORT_LIST_IDS)[number];

const percent = (fraction: number | null) => (fraction === null ? null : fraction * 100);
const hours = (seconds: number) => seconds / 3600;

export function materialsTable(ctx: ServiceContext): SheetTable {
  const materials = listMaterials(ctx, { status: 'all' });
  return {
    title: 'Materials',
    columns: [{ label: 'Name' }, { label: 'Kind' }, { label: 'Formula' }, { label: 'Molar mass', unit: 'g/mol' }, { label: 'Supplier' }, { label: 'Lots' }, { label: 'Stock' }, { label: 'Places' }, { label: 'Warnings' }, { label: 'Archived' }],
    rows: materials.map((m) => [
      m.name,
      MATERIAL_KIND_LABELS[m.kind],
      m.formula,
      m.molarMassGMol,
      m.supplier,
      m.lotCount,
      m.stock.map((s) => `${s.remaining} ${s.unit}`).join('; ') || null,
      m.locations.join('; ') || null,
      m.warningCount,
      m.archivedAt !== null,
    ]),
  };
}

export function lotsTable(ctx: ServiceContext): SheetTable {
  const lots = listMaterials(ctx, { status: 'all' }).flatMap((m) => listLotsOfMaterial(ctx, m.id, true));
  return {
    title: 'Lots',
    columns: [{ label: 'Material' }, { label: 'Lot' }, { label: 'Supplier' }, { label: 'Made in house' }, { label: 'Received' }, { label: 'Opened' }, { label: 'Expires' }, { label: 'Quantity' }, { label: 'Used' }, { label: 'Remaining' }, { label: 'Unit' }, { label: 'Place' }, { label: 'Warnings' }, { label: 'Archived' }],
    rows: lots.map((l) => [l.materialName, l.lotNumber, l.supplier, l.madeInHouse, l.receivedOn, l.openedOn, l.expiresOn, l.quantity, l.used, l.remaining, l.unit, l.locationPath, l.warnings.map((w) => w.kind).join('; ') || null, l.archivedAt !== null]),
  };
}

/** One row per weighed ingredient, with its batch's facts repeated, so a weigh list filters and pivots. */
export function batchesTable(ctx: ServiceContext): SheetTable {
  const rows = listBatches(ctx).flatMap((item) => {
    const batch = getBatch(ctx, item.id);
    const head = [batch.code, batch.recipeName, batch.recipeVersion, batch.status, batch.startedAt, batch.finishedAt, batch.yieldG];
    if (batch.ingredients.length === 0) return [[...head, null, null, null, null, null, null, null, null, null, null]];
    return batch.ingredients.map((i) => [...head, i.name, i.materialName, i.plannedAmount, i.plannedUnit, i.actualAmount, i.actualUnit, i.lotNumber, i.deviationPct, i.outsideTolerance, i.deviationReason]);
  });
  return {
    title: 'Batches',
    columns: [
      { label: 'Batch' }, { label: 'Recipe' }, { label: 'Version' }, { label: 'Status' }, { label: 'Started' }, { label: 'Finished' }, { label: 'Yield', unit: 'g' },
      { label: 'Ingredient' }, { label: 'Material' }, { label: 'Planned' }, { label: 'Planned unit' }, { label: 'Actual' }, { label: 'Actual unit' }, { label: 'Lot' }, { label: 'Deviation', unit: '%' }, { label: 'Outside tolerance' }, { label: 'Reason' },
    ],
    rows,
  };
}

export function buildsTable(ctx: ServiceContext): SheetTable {
  const rows = listBuilds(ctx, { status: 'all' }).map((item) => {
    const { build, derived, rules, cells } = getBuildDetail(ctx, item.id);
    return [
      build.name, build.builtOn, build.configuration === 'double_sided' ? 'FIG. 2 (double-sided)' : 'FIG. 1 (single-sided)', cells.length, build.tags.join('; ') || null,
      derived.cathodeLoadingMgCm2, derived.cathodeActiveLoadingMgCm2, derived.compositeSeWtPct, derived.cathodeCapacityMAh, derived.cathodeCapacityMAhCm2, derived.anodeCapacityMAh, derived.anodeToCathodeCapacityPct,
      derived.s1OverS2Pct, derived.s1OverS4Pct, derived.currentMA, derived.cRate,
      rules.filter((r) => r.status === 'warn').length, rules.filter((r) => r.status === 'not_enough_data').length, build.archivedAt !== null,
    ];
  });
  return {
    title: 'Builds',
    columns: [
      { label: 'Build' }, { label: 'Built on' }, { label: 'Configuration' }, { label: 'Cells' }, { label: 'Tags' },
      { label: 'Cathode loading', unit: 'mg/cm²' }, { label: 'Cathode active loading', unit: 'mg/cm²' }, { label: 'Composite SE in cathode', unit: 'wt%' }, { label: 'Cathode capacity', unit: 'mAh' }, { label: 'Areal capacity', unit: 'mAh/cm²' }, { label: 'First anode layer capacity', unit: 'mAh' }, { label: 'Anode : cathode capacity', unit: '%' },
      { label: 'S1 / S2', unit: '%' }, { label: 'S1 / S4', unit: '%' }, { label: 'Test current', unit: 'mA' }, { label: 'C-rate', unit: '1/h' },
      { label: 'Rules warning' }, { label: 'Rules without enough data' }, { label: 'Archived' },
    ],
    rows,
  };
}

export function cyclingTestsTable(ctx: ServiceContext): SheetTable {
  const tests = listCyclingTests(ctx, { includeArchived: true, unassignedOnly: false });
  return {
    title: 'Cycling tests',
    columns: [{ label: 'Test' }, { label: 'Id' }, { label: 'Build' }, { label: 'Cell' }, { label: 'Synthetic' }, { label: 'Format' }, { label: 'Cycles' }, { label: 'Points' }, { label: 'Started' }, { label: 'Standard capacity', unit: 'mAh' }, { label: 'Lifespan', unit: 'cycles' }, { label: 'Lifespan label' }, { label: 'Grade' }, { label: 'First short-circuit cycle' }, { label: 'Archived' }],
    rows: tests.map((t) => [t.name, t.id, t.buildName, t.cellLabel, t.synthetic, t.formatLabel, t.cycleCount, t.pointCount, t.startedAt, t.standardCapacityMAh, t.lifespanCycle, t.lifespanLabel, t.grade, t.shortCircuitCycle, t.archivedAt !== null]),
  };
}

export function cyclesTable(ctx: ServiceContext, testId: number): SheetTable {
  const detail = getCyclingTest(ctx, testId);
  return {
    title: `Cycles of ${detail.test.name}`,
    columns: [
      { label: 'Cycle' }, { label: 'Complete' }, { label: 'Charge', unit: 'mAh' }, { label: 'Discharge', unit: 'mAh' }, { label: 'Coulombic efficiency', unit: '%' }, { label: 'Retention', unit: '%' },
      { label: 'Discharge', unit: 'mAh/g' }, { label: 'Discharge', unit: 'mAh/cm²' }, { label: 'Charge energy', unit: 'mWh' }, { label: 'Discharge energy', unit: 'mWh' },
      { label: 'Mean charge voltage', unit: 'V' }, { label: 'Mean discharge voltage', unit: 'V' }, { label: 'End of charge', unit: 'V' }, { label: 'End of discharge', unit: 'V' },
      { label: 'Charge time', unit: 'h' }, { label: 'Discharge time', unit: 'h' }, { label: 'Charge ended on' }, { label: "File's charge", unit: 'mAh' }, { label: "File's discharge", unit: 'mAh' }, { label: 'Max temperature', unit: '°C' },
    ],
    rows: detail.cycles.map((c) => [
      c.cycle, c.complete, c.chargeMAh, c.dischargeMAh, percent(c.coulombicEfficiency), c.retentionPct,
      c.dischargeMAhG, c.dischargeMAhCm2, c.chargeMWh, c.dischargeMWh,
      c.meanChargeV, c.meanDischargeV, c.endOfChargeV, c.endOfDischargeV,
      hours(c.chargeDurationS), hours(c.dischargeDurationS), c.chargeStop, c.vendorChargeMAh, c.vendorDischargeMAh, c.maxTemperatureC,
    ]),
  };
}

export function listTable(ctx: ServiceContext, list: ExportList, testId?: number): SheetTable {
  switch (list) {
    case 'materials': return materialsTable(ctx);
    case 'lots': return lotsTable(ctx);
    case 'batches': return batchesTable(ctx);
    case 'builds': return buildsTable(ctx);
    case 'cycling-tests': return cyclingTestsTable(ctx);
    case 'cycles': return cyclesTable(ctx, testId as number);
  }
}
