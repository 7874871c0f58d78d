import type { Command } from 'commander';
import { MATERIAL_KIND_LABELS } from '../../../shared/materials/kinds';
import { formatFixed, formatQuantity } from '../../../shared/format/quantity';
import { listLotsOfMaterial } from '../../services/inventory/lots';
import { listMaterials } from '../../services/inventory/materials';
import { notebookCommand, withNotebook, type NotebookCommandOptions } from '../notebook-command';
import { emitResult, runCommand } from '../output';

export function registerMaterials(program: Command): void {
  notebookCommand(program, 'materials', 'list materials with their lots, stock and warnings')
    .option('--archived', 'include archived materials and lots')
    .action((options: NotebookCommandOptions & { archived?: boolean }) =>
      runCommand(() =>
        withNotebook(options, (ctx) => {
          const materials = listMaterials(ctx, { status: options.archived ? 'all' : 'active' }).map((material) => ({
            ...material,
            lots: listLotsOfMaterial(ctx, material.id, Boolean(options.archived)),
          }));
          emitResult(options, materials, (list) => {
            if (list.length === 0) return 'No materials yet. Add some in the app, import a spreadsheet (cellbook import-inventory), or start with cellbook init --starter.';
            return list
              .map((material) => {
                const mass = material.molarMassGMol === null ? '' : `, ${formatFixed(material.molarMassGMol, 2)} g/mol`;
                const head = `${material.name} (${MATERIAL_KIND_LABELS[material.kind]}${material.formula ? `, ${material.formula}` : ''}${mass})${material.archivedAt ? ' [archived]' : ''}`;
                const lots = material.lots.map((lot) => {
                  const warn = lot.warnings.length ? `  ! ${lot.warnings.map((w) => w.message).join('; ')}` : '';
                  return `  lot ${lot.lotNumber}: ${formatQuantity(lot.remaining, lot.unit)} of ${formatQuantity(lot.quantity, lot.unit)} left${lot.locationPath ? ` @ ${lot.locationPath}` : ''}${warn}`;
                });
                return [head, ...(lots.length ? lots : ['  no lots'])].join('\n');
              })
              .join('\n');
          });
        }),
      ),
    );
}
