// Plots and comparisons: one test's plot data (voltage curves, capacity and CE vs cycle, dQ/dV,
// voltage and current over time), downsampled for the plot's width and re-fetched at full
// resolution for a zoomed range; many tests side by side (overlays, Table 1, a scatter, design
// differences). Part of the one API contract (shared/api.ts assembles the parts).
import {
  capacityPlotQuerySchema,
  capacityPlotSchema,
  compareQuantitiesSchema,
  designDifferencesQuerySchema,
  designDifferencesSchema,
  dqdvQuerySchema,
  dqdvSchema,
  overlayQuerySchema,
  overlaySchema,
  scatterQuerySchema,
  scatterSchema,
  tableOneQuerySchema,
  tableOneSchema,
  timeSeriesQuerySchema,
  timeSeriesSchema,
  voltageCurvesQuerySchema,
  voltageCurvesSchema,
} from '../schemas/plots';
import { noInput, operation } from './operation';

export const compareApi = {
  getVoltageCurves: operation({
    doc: "Voltage vs capacity of chosen cycles (first, last, every Nth, a list, a range), per half-cycle, in mAh, mAh/g or mAh/cm²; min/max per pixel column, every point inside a zoomed range.",
    input: voltageCurvesQuerySchema,
    output: voltageCurvesSchema,
  }),
  getCapacityPlot: operation({
    doc: 'Charge and discharge capacity and coulombic efficiency vs cycle, with the standard capacity, the 80 % line, the lifespan cycle and the short-circuit flags with their evidence.',
    input: capacityPlotQuerySchema,
    output: capacityPlotSchema,
  }),
  getDqdv: operation({
    doc: 'Differential capacity dQ/dV vs V of chosen cycles and half-cycles: capacity binned by voltage, then smoothed; the method in words and the peaks with their voltages.',
    input: dqdvQuerySchema,
    output: dqdvSchema,
  }),
  getTimeSeries: operation({
    doc: 'Voltage and current vs time for the whole test with the cycle starts (what a rest-only file shows), downsampled for the width, every point inside a zoomed range.',
    input: timeSeriesQuerySchema,
    output: timeSeriesSchema,
  }),
  getOverlay: operation({
    doc: "Several tests on one plot (retention, capacity or CE vs cycle, one cycle's voltage curves or dQ/dV), labelled by the design parameter that tells their builds apart.",
    input: overlayQuerySchema,
    output: overlaySchema,
  }),
  getTableOne: operation({
    doc: "The patent's Table 1 from data: per cell short circuit, standard capacity, lifespan and grade, retention at a chosen cycle, first-cycle CE; per build mean ± sample SD (n).",
    input: tableOneQuerySchema,
    output: tableOneSchema,
  }),
  listCompareQuantities: operation({
    doc: 'The derived build numbers and the outcomes a scatter can put on its axes, with labels and units.',
    input: noInput,
    output: compareQuantitiesSchema,
  }),
  getScatter: operation({
    doc: 'A derived build number against an outcome (lifespan, retention at N, standard capacity, first-cycle CE), one point per cell, with the cells left out and why.',
    input: scatterQuerySchema,
    output: scatterSchema,
  }),
  getDesignDifferences: operation({
    doc: 'What differs between any number of builds (the first is the reference), with labels and units, one column per build.',
    input: designDifferencesQuerySchema,
    output: designDifferencesSchema,
  }),
} as const;
