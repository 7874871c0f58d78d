import type { Command } from 'commander';
import { buildStatus } from '../../../shared/cells/build-status';
import { formatQuantity } from '../../../shared/format/quantity';
import { getBuildDetail, listBuilds } from '../../services/builds/builds';
import { notebookCommand, withNotebook, type NotebookCommandOptions } from '../notebook-command';
import { emitResult, runCommand } from '../output';

/** A build as scripts read it: snake_case keys with units, derived numbers, rules and the test current. */
export function buildJson(detail: ReturnType<typeof getBuildDetail>) {
  const derived = detail.derived;
  return {
    id: detail.build.id,
    name: detail.build.name,
    status: buildStatus(detail.cells),
    configuration: detail.build.configuration,
    cells: detail.cells.map((cell) => ({ label: cell.label, status: cell.status, failure_reason: cell.failureReason })),
    layers: detail.layers.map((layer) => ({
      kind: layer.kind,
      side: layer.side,
      thickness_um: layer.thicknessPressedUm ?? layer.thicknessCoatedUm,
      mass_mg: layer.massMg,
      composition_basis: layer.compositionBasis,
      components: layer.components.map((component) => ({ material: component.materialName, lot: component.lotNumber, amount: component.amount })),
    })),
    derived: {
      cathode_loading_mg_cm2: derived.cathodeLoadingMgCm2,
      cathode_active_loading_mg_cm2: derived.cathodeActiveLoadingMgCm2,
      cathode_capacity_mAh: derived.cathodeCapacityMAh,
      cathode_capacity_mAh_cm2: derived.cathodeCapacityMAhCm2,
      anode_capacity_mAh: derived.anodeCapacityMAh,
      anode_to_cathode_capacity_pct: derived.anodeToCathodeCapacityPct,
      anode_to_cathode_thickness_pct: derived.anodeToCathodeThicknessPct,
      s1_cm2: derived.s1CathodeAreaCm2,
      s1_over_s2_pct: derived.s1OverS2Pct,
      s1_over_s4_pct: derived.s1OverS4Pct,
      s4_over_s5_pct: derived.s4OverS5Pct,
      s5_over_s2_pct: derived.s5OverS2Pct,
      composite_se_wt_pct: derived.compositeSeWtPct,
      carbon_to_metal_ratio: derived.carbonToMetalRatio,
      metal_wt_pct_of_anode_mixture: derived.metalWtPctOfAnodeMixture,
      cathode_faces: derived.cathodeFaces,
    },
    rules: detail.rules.map((rule) => ({ id: rule.id, paragraph: rule.paragraph, status: rule.status, value: rule.value, range: rule.range, message: rule.message, missing: rule.missing, acknowledgement: rule.acknowledgement })),
    protocol: { ...detail.build.protocol, current_mA: derived.currentMA, c_rate: derived.cRate, theoretical_capacity_mAh: derived.theoreticalCapacityMAh },
    problems: detail.problems,
  };
}

const n = (value: number | null, unit = '') => formatQuantity(value, unit.trim());

export function registerBuilds(program: Command): void {
  notebookCommand(program, 'builds', "list cell builds with their derived numbers, the patent's design rules and the test current")
    .option('--archived', 'include archived builds')
    .action((options: NotebookCommandOptions & { archived?: boolean }) =>
      runCommand(() =>
        withNotebook(options, (ctx) => {
          const builds = listBuilds(ctx, { status: options.archived ? 'all' : 'active' }).map((item) => buildJson(getBuildDetail(ctx, item.id)));
          emitResult(options, builds, (list) =>
            list.length === 0
              ? 'No builds yet.'
              : list
                  .map((build) => {
                    const warn = build.rules.filter((rule) => rule.status === 'warn');
                    // An acknowledged warning is listed apart, with its reason: what still needs a look comes first.
                    const open = warn.filter((rule) => rule.acknowledgement === null);
                    const acknowledged = warn.filter((rule) => rule.acknowledgement !== null);
                    return [
                      `${build.name} [${build.status}] ${build.configuration === 'double_sided' ? 'FIG. 2, double-sided' : 'FIG. 1, single-sided'}`,
                      `  cathode ${n(build.derived.cathode_loading_mg_cm2, ' mg/cm²')}, composite SE ${n(build.derived.composite_se_wt_pct, ' wt%')}, S1/S2 ${n(build.derived.s1_over_s2_pct, ' %')}; test current ${n(build.protocol.current_mA, ' mA')}`,
                      ...open.map((rule) => `  WARN ${rule.paragraph} ${rule.message}`),
                      ...acknowledged.map((rule) => `  acknowledged ${rule.paragraph} ${rule.message} (reason: ${rule.acknowledgement?.reason ?? ''})`),
                    ].join('\n');
                  })
                  .join('\n'),
          );
        }),
      ),
    );
}
