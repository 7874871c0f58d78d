// The per-cycle table of a test: capacities by coulomb counting (and per gram and cm² when the
// build gives mass and area), efficiency, energies, voltages, durations and how each charge ended.
// Units stand in the headers, so the columns stay narrow enough to read a thousand cycles.
import { Badge, Text, Tooltip } from '@mantine/core';
import type { CycleRow, CyclingTestDetail } from '../../../shared/schemas/cycling';
import { VirtualTable, type VirtualColumn } from '../components/VirtualTable';
import { hours, num, percent } from './format';

const STOP_WORD: Record<CycleRow['chargeStop'], string> = { voltage: 'cut-off', time: 'time limit', unknown: '—' };

function columnsFor(detail: CyclingTestDetail): VirtualColumn<CycleRow>[] {
  const flagged = new Set(detail.shortCircuits.map((flag) => flag.cycle));
  const columns: Array<VirtualColumn<CycleRow> | false> = [
    {
      key: 'cycle',
      header: 'Cycle',
      width: 110,
      align: 'right',
      render: (row) =>
        row.complete ? (
          <Text size="sm" fw={row.cycle === detail.lifespan.lifespanCycle ? 700 : 400} c={flagged.has(row.cycle) ? 'red' : undefined}>
            {row.cycle}
            {flagged.has(row.cycle) && ' ⚡'}
          </Text>
        ) : (
          // The cycle the data end inside: shown, but it decides no lifespan or grade.
          <Tooltip label="Incomplete: the data end inside this cycle, so it decides no lifespan or grade">
            <Text size="sm" c="dimmed" fs="italic" tabIndex={0} aria-label={`Cycle ${row.cycle}, incomplete`}>
              {row.cycle} (incomplete)
            </Text>
          </Tooltip>
        ),
      sortValue: (row) => row.cycle,
    },
    { key: 'charge', header: 'Charge (mAh)', align: 'right', render: (row) => num(row.chargeMAh, ''), sortValue: (row) => row.chargeMAh },
    { key: 'discharge', header: 'Discharge (mAh)', align: 'right', render: (row) => num(row.dischargeMAh, ''), sortValue: (row) => row.dischargeMAh },
    detail.basis.activeMassMg !== null && { key: 'mahg', header: 'Discharge (mAh/g)', align: 'right', render: (row) => num(row.dischargeMAhG, ''), sortValue: (row) => row.dischargeMAhG },
    detail.basis.areaCm2 !== null && { key: 'mahcm2', header: 'Discharge (mAh/cm²)', align: 'right', render: (row) => num(row.dischargeMAhCm2, ''), sortValue: (row) => row.dischargeMAhCm2 },
    { key: 'retention', header: 'Retention (%)', align: 'right', render: (row) => (row.retentionPct === null ? '—' : row.retentionPct.toFixed(1)), sortValue: (row) => row.retentionPct },
    { key: 'ce', header: 'CE (%)', align: 'right', width: 80, render: (row) => percent(row.coulombicEfficiency, 4, ''), sortValue: (row) => row.coulombicEfficiency },
    { key: 'echarge', header: 'Charge energy (mWh)', align: 'right', render: (row) => num(row.chargeMWh, ''), sortValue: (row) => row.chargeMWh },
    { key: 'edischarge', header: 'Discharge energy (mWh)', align: 'right', render: (row) => num(row.dischargeMWh, ''), sortValue: (row) => row.dischargeMWh },
    { key: 'vchg', header: 'Mean charge (V)', align: 'right', render: (row) => num(row.meanChargeV, ''), sortValue: (row) => row.meanChargeV },
    { key: 'vdis', header: 'Mean discharge (V)', align: 'right', render: (row) => num(row.meanDischargeV, ''), sortValue: (row) => row.meanDischargeV },
    { key: 'eoc', header: 'End of charge (V)', align: 'right', render: (row) => num(row.endOfChargeV, ''), sortValue: (row) => row.endOfChargeV },
    { key: 'eod', header: 'End of discharge (V)', align: 'right', render: (row) => num(row.endOfDischargeV, ''), sortValue: (row) => row.endOfDischargeV },
    { key: 'tcharge', header: 'Charge time (h)', align: 'right', render: (row) => hours(row.chargeDurationS, ''), sortValue: (row) => row.chargeDurationS },
    {
      key: 'stop',
      header: 'Charge ended on',
      render: (row) => (row.chargeStop === 'time' ? <Badge size="xs" color="orange" variant="light">time limit</Badge> : STOP_WORD[row.chargeStop]),
      sortValue: (row) => row.chargeStop,
    },
    detail.cycles.some((row) => row.vendorDischargeMAh !== null) && {
      key: 'vendor',
      header: "File's discharge (mAh)",
      align: 'right',
      render: (row) => (
        <Tooltip label="The export's own capacity column, for comparison with coulomb counting">
          <span>{num(row.vendorDischargeMAh, '')}</span>
        </Tooltip>
      ),
      sortValue: (row) => row.vendorDischargeMAh,
    },
    detail.cycles.some((row) => row.maxTemperatureC !== null) && { key: 'temp', header: 'Max T (°C)', align: 'right', render: (row) => num(row.maxTemperatureC, '', 3), sortValue: (row) => row.maxTemperatureC },
  ];
  return columns.filter((column): column is VirtualColumn<CycleRow> => column !== false);
}

export function CycleTable({ detail }: { detail: CyclingTestDetail }) {
  return (
    <VirtualTable
      label="Cycles"
      rows={detail.cycles}
      columns={columnsFor(detail)}
      rowKey={(row) => row.cycle}
      // Room for the three-line header and every row up to 480 px; beyond that the table scrolls.
      height={Math.min(480, 70 + 31 * Math.max(1, detail.cycles.length))}
      empty="No cycles: the file holds no charge or discharge."
    />
  );
}
