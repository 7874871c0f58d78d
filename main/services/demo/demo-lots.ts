// The demo notebook's stock: one lot of each material the builds and gel batches take from.
import type { QuantityUnit } from '../../../shared/units';

export const DEMO_LOTS: ReadonlyArray<{ material: string; lotNumber: string; quantity: number; unit: QuantityUnit; location: string }> = [
  { material: 'NCM (LiNi0.8Co0.15Mn0.05O2)', lotNumber: 'NCM-2026-01', quantity: 50, unit: 'g', location: 'Room 101 > Glovebox A > Shelf 1' },
  { material: 'NCM, LZO-coated', lotNumber: 'LZO-2026-01', quantity: 20, unit: 'g', location: 'Room 101 > Glovebox A > Shelf 1' },
  { material: 'Li6PS5Cl', lotNumber: 'LPSC-2026-01', quantity: 50, unit: 'g', location: 'Room 101 > Glovebox A > Shelf 1' },
  { material: 'LiTFSI', lotNumber: 'LiTFSI-2026-01', quantity: 100, unit: 'g', location: 'Room 101 > Glovebox A > Shelf 2' },
  { material: 'LiFSI', lotNumber: 'LiFSI-2026-01', quantity: 50, unit: 'g', location: 'Room 101 > Glovebox A > Shelf 2' },
  { material: 'N-methylacetamide (n-MAc)', lotNumber: 'NMAC-2026-01', quantity: 250, unit: 'g', location: 'Room 101 > Glovebox A > Shelf 2' },
  { material: '1,2-Dimethoxyethane (DME)', lotNumber: 'DME-2026-01', quantity: 250, unit: 'mL', location: 'Room 101 > Glovebox A > Shelf 2' },
  { material: 'TEOS (tetraethyl orthosilicate)', lotNumber: 'TEOS-2026-01', quantity: 500, unit: 'mL', location: 'Room 101 > Solvent cabinet' },
  { material: 'Formic acid', lotNumber: 'FA-2026-01', quantity: 500, unit: 'g', location: 'Room 101 > Acid cabinet' },
  { material: 'Carbon black (CB)', lotNumber: 'CB-2026-01', quantity: 10, unit: 'g', location: 'Room 101 > Dry room > Shelf 1' },
  { material: 'Carbon nanofiber (CNF)', lotNumber: 'CNF-2026-01', quantity: 5, unit: 'g', location: 'Room 101 > Dry room > Shelf 1' },
  { material: 'Ag nanopowder', lotNumber: 'AG-2026-01', quantity: 5, unit: 'g', location: 'Room 101 > Glovebox A > Shelf 3' },
  { material: 'Ni nanopowder', lotNumber: 'NI-2026-01', quantity: 5, unit: 'g', location: 'Room 101 > Glovebox A > Shelf 3' },
  { material: 'PVDF (Kureha #9300)', lotNumber: 'PVDF-2026-01', quantity: 10, unit: 'g', location: 'Room 101 > Dry room > Shelf 2' },
  { material: 'Acrylic binder (Zeon SX-A334)', lotNumber: 'SXA-2026-01', quantity: 10, unit: 'g', location: 'Room 101 > Dry room > Shelf 2' },
  { material: 'PTFE (DuPont Teflon)', lotNumber: 'PTFE-2026-01', quantity: 10, unit: 'g', location: 'Room 101 > Dry room > Shelf 2' },
  { material: 'Ni foil, 10 µm', lotNumber: 'NIF-2026-01', quantity: 1000, unit: 'cm2', location: 'Room 101 > Dry room > Drawer 1' },
  { material: 'Carbon-coated Al foil, 18 µm', lotNumber: 'CAL-2026-01', quantity: 1000, unit: 'cm2', location: 'Room 101 > Dry room > Drawer 1' },
  { material: 'PP gasket film', lotNumber: 'PP-2026-01', quantity: 200, unit: 'cm2', location: 'Room 101 > Dry room > Drawer 2' },
];
