// Writes a series as an Arbin MITS Pro CSV (the 15-column SQL/"BEEP" dialect of real exports), so
// that synthetic tests — the demo's cells, the import benchmark's file — reach the notebook the way
// a tester's file does: through detection, the Arbin format and the normal import.
import { closeSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import type { CyclerSeries } from '../../../shared/cycling/types';
import { temporaryPathFor } from '../../files/write-file-atomically';

const HEADER = 'Data_Point,Test_Time,DateTime,Step_Time,Step_Index,Cycle_Index,Current,Voltage,Charge_Capacity,Discharge_Capacity,Charge_Energy,Discharge_Energy,dV/dt,Internal_Resistance,Temperature';
const LINES_PER_WRITE = 20_000;

/** Writes to `filePath` (through a temporary file, renamed when complete). */
export function writeArbinCsv(filePath: string, series: CyclerSeries, startEpochS: number): void {
  // Named with this process's id (owned-temporaries.ts): two runs writing one file never share it.
  const temporary = temporaryPathFor(filePath);
  const fd = openSync(temporary, 'w');
  try {
    writeSync(fd, `${HEADER}\r\n`);
    const n = series.timeS.length;
    // Arbin's accumulators count from zero when the cycle index moves on (FORMATS.md 0.6).
    let chargeAh = 0;
    let dischargeAh = 0;
    let chargeWh = 0;
    let dischargeWh = 0;
    let stepStart = 0;
    let lines: string[] = [];
    for (let i = 0; i < n; i += 1) {
      const cycle = series.vendorCycle?.[i] ?? 1;
      const step = series.stepIndex?.[i] ?? 1;
      if (i > 0) {
        if (cycle !== (series.vendorCycle?.[i - 1] ?? 1)) chargeAh = dischargeAh = chargeWh = dischargeWh = 0;
        if (step !== (series.stepIndex?.[i - 1] ?? 1)) stepStart = series.timeS[i - 1]!;
        const dt = series.timeS[i]! - series.timeS[i - 1]!;
        const current = series.currentA[i]!;
        const charge = (Math.abs(current) * dt) / 3600;
        const energy = charge * series.voltageV[i]!;
        if (current > 0) {
          chargeAh += charge;
          chargeWh += energy;
        } else if (current < 0) {
          dischargeAh += charge;
          dischargeWh += energy;
        }
      }
      const dt = i > 0 ? series.timeS[i]! - series.timeS[i - 1]! : 0;
      const dvdt = dt > 0 ? (series.voltageV[i]! - series.voltageV[i - 1]!) / dt : 0;
      const temperature = series.temperatureC?.[i] ?? 25;
      lines.push(
        `${i + 1},${series.timeS[i]!.toFixed(3)},${(startEpochS + series.timeS[i]!).toFixed(3)},${(series.timeS[i]! - stepStart).toFixed(3)},${step},${cycle},${series.currentA[i]!.toPrecision(8)},${series.voltageV[i]!.toFixed(6)},${chargeAh.toPrecision(8)},${dischargeAh.toPrecision(8)},${chargeWh.toPrecision(8)},${dischargeWh.toPrecision(8)},${dvdt.toPrecision(4)},0.0171,${temperature.toFixed(3)}`,
      );
      if (lines.length === LINES_PER_WRITE) {
        writeSync(fd, `${lines.join('\r\n')}\r\n`);
        lines = [];
      }
    }
    if (lines.length > 0) writeSync(fd, `${lines.join('\r\n')}\r\n`);
  } catch (error) {
    // A full disk leaves no half-written file behind.
    closeSync(fd);
    rmSync(temporary, { force: true });
    throw error;
  }
  closeSync(fd);
  renameSync(temporary, filePath);
}
