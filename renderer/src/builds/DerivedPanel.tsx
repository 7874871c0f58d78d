// The numbers that follow from the stack, each with its unit; "—" where an input is missing.
import { Paper, Title } from '@mantine/core';
import type { BuildDerived } from '../../../shared/cells/derived';
import { FactGrid } from '../components/FactGrid';
import { num } from './format';

export function DerivedPanel({ derived }: { derived: BuildDerived }) {
  return (
    <Paper withBorder p="md">
      <Title order={3} mb="sm">Derived numbers</Title>
      <FactGrid
        cols={4}
        facts={[
          { label: 'Cathode faces', value: String(derived.cathodeFaces) },
          { label: 'S1 cathode area', value: num(derived.s1CathodeAreaCm2, 'cm²') },
          { label: 'S2 SE area', value: num(derived.s2SeAreaCm2, 'cm²') },
          { label: 'S4 / S5 collector areas', value: `${num(derived.s4AnodeCollectorAreaCm2, 'cm²')} / ${num(derived.s5CathodeCollectorAreaCm2, 'cm²')}` },
          { label: 'S1/S2 · S1/S4', value: `${num(derived.s1OverS2Pct, '%', 3)} · ${num(derived.s1OverS4Pct, '%', 3)}` },
          { label: 'S4/S5 · S5/S2', value: `${num(derived.s4OverS5Pct, '%', 3)} · ${num(derived.s5OverS2Pct, '%', 3)}` },
          { label: 'Cathode loading', value: num(derived.cathodeLoadingMgCm2, 'mg/cm²'), testId: 'derived-cathode-loading' },
          { label: 'Cathode active loading', value: num(derived.cathodeActiveLoadingMgCm2, 'mg/cm²'), testId: 'derived-active-loading' },
          { label: 'Composite SE in cathode', value: num(derived.compositeSeWtPct, 'wt%'), testId: 'derived-composite' },
          { label: 'Cathode capacity (all faces)', value: `${num(derived.cathodeCapacityMAh, 'mAh')} (${num(derived.cathodeCapacityMAhCm2, 'mAh/cm²')})` },
          { label: 'First anode layer capacity', value: num(derived.anodeCapacityMAh, 'mAh') },
          { label: 'Anode / cathode capacity', value: num(derived.anodeToCathodeCapacityPct, '%', 3) },
          { label: 'Anode / cathode thickness', value: num(derived.anodeToCathodeThicknessPct, '%', 3) },
          { label: 'Carbon : metal (anode)', value: derived.carbonToMetalRatio === null ? '—' : `${num(derived.carbonToMetalRatio, '', 3)} : 1 by weight` },
          { label: 'Metal in anode mixture', value: num(derived.metalWtPctOfAnodeMixture, 'wt%', 3) },
        ]}
      />
    </Paper>
  );
}
