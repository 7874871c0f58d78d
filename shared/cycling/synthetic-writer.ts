// Collects the synthetic test's records and hands them over as a CyclerSeries, the shape every
// importer produces, so synthetic data go through the same summary and grading as a real file.
import type { CyclerSeries } from './types';

export interface SyntheticRecord {
  timeS: number;
  currentA: number;
  voltageV: number;
  step: number;
  cycle: number;
  state: -1 | 0 | 1;
  chargeCapacityAh: number;
  dischargeCapacityAh: number;
  temperatureC: number;
}

export class SeriesWriter {
  private readonly records: SyntheticRecord[] = [];

  push(record: SyntheticRecord): void {
    this.records.push(record);
  }

  toSeries(): CyclerSeries {
    const column = (pick: (record: SyntheticRecord) => number) => Float64Array.from(this.records, pick);
    return {
      timeS: column((record) => record.timeS),
      currentA: column((record) => record.currentA),
      voltageV: column((record) => record.voltageV),
      stepIndex: column((record) => record.step),
      vendorCycle: column((record) => record.cycle),
      stateCode: Int8Array.from(this.records, (record) => record.state),
      chargeCapacityAh: column((record) => record.chargeCapacityAh),
      dischargeCapacityAh: column((record) => record.dischargeCapacityAh),
      temperatureC: column((record) => record.temperatureC),
    };
  }
}
