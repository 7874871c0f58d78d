// `cellbook summarize FILE`: one tester export read and analysed without a notebook, for scripts:
// the per-cycle table, the patent's lifespan grade and the short-circuit flags.
import type { Command } from 'commander';
import { CellbookError } from '../../../shared/api-error';
import { analyseSeries, type SeriesAnalysis } from '../../../shared/cycling/analyse-series';
import { formatSignificant } from '../../../shared/format/quantity';
import { CYCLER_FORMATS, CYCLER_REFUSALS } from '../../importers/cycler/formats/index';
import type { CyclerFileResult } from '../../importers/cycler/read-cycler-file';
import { readCyclerExport } from '../../importers/cycler/read-export';
import { emitResult, runCommand } from '../output';

interface SummarizeOptions {
  format?: string;
  json?: boolean;
  retention?: string;
  referenceCycle?: string;
  upperCutoffV?: string;
  chargeLimitH?: string;
  massMg?: string;
  areaCm2?: string;
}

function positive(option: string, text: string | undefined): number | null {
  if (text === undefined) return null;
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value) || value <= 0) throw new CellbookError('validation', `--${option}: "${text}" is not a number above 0`);
  return value;
}

/** The summary as scripts read it: snake_case keys with units. */
export function summaryJson(result: CyclerFileResult, analysis: SeriesAnalysis) {
  return {
    file: result.fileName,
    format: result.format.id,
    format_label: result.format.label,
    rows: result.rows,
    cycle_rule: analysis.assignment.rule === 'vendor' ? 'file' : 'steps',
    cycle_note: analysis.assignment.note,
    cycles: analysis.cycles.map((row) => ({
      cycle: row.cycle,
      charge_mAh: row.chargeMAh,
      discharge_mAh: row.dischargeMAh,
      complete: row.complete,
      coulombic_efficiency: row.coulombicEfficiency,
      charge_mWh: row.chargeMWh,
      discharge_mWh: row.dischargeMWh,
      mean_charge_V: row.meanChargeV,
      mean_discharge_V: row.meanDischargeV,
      end_of_charge_V: row.endOfChargeV,
      end_of_discharge_V: row.endOfDischargeV,
      charge_duration_s: row.chargeDurationS,
      charge_stop: row.chargeStop,
      discharge_mAh_g: row.dischargeMAhG,
      discharge_mAh_cm2: row.dischargeMAhCm2,
      vendor_charge_mAh: row.vendorChargeMAh,
      vendor_discharge_mAh: row.vendorDischargeMAh,
    })),
    set_apart: analysis.setApart.map((half) => ({ cycle: half.cycle, charge_mAh: half.chargeMAh, discharge_mAh: half.dischargeMAh, reason: half.reason })),
    standard_capacity_mAh: analysis.lifespan.standardCapacityMAh,
    lifespan_cycle: analysis.lifespan.lifespanCycle,
    lifespan_label: analysis.lifespan.label,
    grade: analysis.lifespan.grade,
    short_circuit: analysis.shortCircuits.map((flag) => ({ cycle: flag.cycle, reason: `${flag.reason}: ${flag.evidence}`, kind: flag.kind })),
    capacity_check: analysis.agreement.note,
    notes: result.notes,
    warnings: [...result.warnings, ...analysis.warnings, ...analysis.lifespan.warnings.filter((warning) => !analysis.warnings.includes(warning))],
  };
}

const n = (value: number | null, digits = 4) => (value === null ? '—' : formatSignificant(value, digits));

function summaryText(summary: ReturnType<typeof summaryJson>): string {
  const lines = [
    `${summary.file}: ${summary.format_label}, ${summary.rows.toLocaleString('en')} rows, ${summary.cycles.length} cycle(s) (${summary.cycle_note})`,
    'cycle  charge mAh  discharge mAh  CE %    charge mWh  discharge mWh  mean chg V  mean dis V',
    ...summary.cycles.map((row) =>
      [
        // An asterisk marks the cycle the data end inside (explained under the table).
        `${row.complete ? '' : '*'}${row.cycle}`.padStart(5),
        n(row.charge_mAh).padStart(10),
        n(row.discharge_mAh).padStart(14),
        (row.coulombic_efficiency === null ? '—' : formatSignificant(row.coulombic_efficiency * 100, 4)).padStart(6),
        n(row.charge_mWh).padStart(11),
        n(row.discharge_mWh).padStart(14),
        n(row.mean_charge_V).padStart(11),
        n(row.mean_discharge_V).padStart(11),
      ].join('  '),
    ),
    ...summary.cycles.filter((row) => !row.complete).map((row) => `* cycle ${row.cycle} is incomplete (the data end inside it): it decides no lifespan or grade`),
    ...summary.set_apart.map((half) => `set apart: cycle ${half.cycle} (${half.reason}), charge ${n(half.charge_mAh)} mAh, discharge ${n(half.discharge_mAh)} mAh: not a cycle of the lifespan grade`),
    `standard capacity: ${summary.standard_capacity_mAh === null ? '—' : `${n(summary.standard_capacity_mAh)} mAh`}; lifespan: ${summary.lifespan_label}; grade: ${summary.grade ?? '—'}`,
    `short circuit: ${summary.short_circuit.length === 0 ? 'none flagged' : summary.short_circuit.map((flag) => `cycle ${flag.cycle}: ${flag.reason}`).join('; ')}`,
    `capacity check: ${summary.capacity_check}`,
    ...summary.warnings.map((warning) => `warning: ${warning}`),
  ];
  return lines.join('\n');
}

export function registerSummarize(program: Command): void {
  program
    .command('summarize')
    .description("read one cycler export and print its cycles, the patent's lifespan grade and short-circuit flags (no notebook needed)")
    .argument('<file>', 'the export (Arbin, Maccor, Neware, BioLogic, Novonix, BaSyTec, PEC, Landt, BDF, or CSV/TSV with named columns)')
    .option('--format <id>', `read as this format instead of detecting it (${CYCLER_FORMATS.map((format) => format.id).join(', ')})`)
    .option('--retention <fraction>', 'lifespan ends at this fraction of the standard capacity (default 0.8)')
    .option('--reference-cycle <n>', 'the cycle whose discharge is the standard capacity (default 1)')
    .option('--upper-cutoff-v <V>', "the protocol's upper cut-off, to tell charges that stopped on voltage")
    .option('--charge-limit-h <h>', "the protocol's charge time limit (default 12.5 h)")
    .option('--mass-mg <mg>', 'cathode active mass, for mAh/g')
    .option('--area-cm2 <cm2>', 'cathode area, for mAh/cm²')
    .option('--json', 'print JSON only on stdout')
    .action((file: string, options: SummarizeOptions) =>
      runCommand(async () => {
        // Every option is checked before the file is read: a typo should not wait for a 1 GB parse.
        const mass = positive('mass-mg', options.massMg);
        const lifespan: { retention?: number; referenceCycle?: number } = {};
        const retention = positive('retention', options.retention);
        if (retention !== null) lifespan.retention = retention;
        const reference = positive('reference-cycle', options.referenceCycle);
        if (reference !== null) lifespan.referenceCycle = reference;
        const summary = {
          activeMassG: mass === null ? null : mass / 1000,
          areaCm2: positive('area-cm2', options.areaCm2),
          upperCutoffV: positive('upper-cutoff-v', options.upperCutoffV),
          chargeLimitH: positive('charge-limit-h', options.chargeLimitH),
        };
        const result = await readCyclerExport(file, CYCLER_FORMATS, CYCLER_REFUSALS, options.format ? { formatId: options.format } : {});
        const analysis = analyseSeries(result.series, { summary, lifespan });
        emitResult(options, summaryJson(result, analysis), summaryText);
        return 0;
      }),
    );
}
