// A pressure window as the lab states it: the pressure a layer needs to form and the one it
// tolerates before cracking, each with where the number comes from (measured, supplier, a paper
// with its citation). Used for a material (Materials area) and for one layer of a build.
import { Button, Group, Modal, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { pressureWindowSchema, type PressureWindow } from '../../../shared/schemas/pressing-equipment';
import { FormProblem } from '../components/FormProblem';
import { UnitNumberInput } from '../components/UnitNumberInput';
import { useFormCheck } from '../components/use-form-check';

type Source = 'measured' | 'supplier' | 'paper';
interface BoundDraft {
  value: number | '';
  source: Source | null;
  citation: string;
}

const SOURCES = [
  { value: 'measured', label: 'Measured in this lab' },
  { value: 'supplier', label: "Supplier's data" },
  { value: 'paper', label: 'A paper (give the citation)' },
];

const toDraft = (bound: PressureWindow['min'] | undefined): BoundDraft => ({ value: bound?.valueMPa ?? '', source: (bound?.source as Source | undefined) ?? null, citation: bound?.citation ?? '' });
const toBound = (draft: BoundDraft) => (draft.value === '' ? null : { valueMPa: draft.value, source: draft.source as Source, citation: draft.citation.trim() === '' ? null : draft.citation.trim() });

function BoundFields({ label, path, draft, onChange, error }: { label: string; path: 'min' | 'max'; draft: BoundDraft; onChange: (draft: BoundDraft) => void; error: (path: string) => string | undefined }) {
  return (
    <Stack gap={6}>
      <UnitNumberInput unit="MPa" label={label} value={draft.value} min={0} onChange={(value) => onChange({ ...draft, value: typeof value === 'number' ? value : '' })} error={error(`${path}.valueMPa`)} />
      <Select label="Source" data={SOURCES} value={draft.source} onChange={(value) => onChange({ ...draft, source: value as Source | null })} error={error(`${path}.source`)} disabled={draft.value === ''} />
      <TextInput label="Citation" value={draft.citation} onChange={(event) => onChange({ ...draft, citation: event.currentTarget.value })} error={error(`${path}.citation`)} disabled={draft.value === ''} />
    </Stack>
  );
}

export function PressureWindowModal({ title, initial, onSave, onClose }: { title: string; initial: PressureWindow | null; onSave: (window: PressureWindow | null) => Promise<unknown>; onClose: () => void }) {
  const [min, setMin] = useState(() => toDraft(initial?.min));
  const [max, setMax] = useState(() => toDraft(initial?.max));
  const draft = { min: toBound(min), max: toBound(max) };
  const check = useFormCheck({ schema: pressureWindowSchema, value: draft, labels: { 'min.valueMPa': 'Minimum', 'min.source': 'Source of the minimum', 'min.citation': 'Citation of the minimum', 'max.valueMPa': 'Maximum', 'max.source': 'Source of the maximum', 'max.citation': 'Citation of the maximum', min: 'Minimum' } });
  const save = (window: PressureWindow | null) => void check.submit(() => onSave(window).then(onClose));
  return (
    <Modal opened onClose={onClose} title={title} size="lg">
      <Stack gap="sm">
        <Text size="xs" c="dimmed">Leave a bound empty when it is not known: the planner then says it cannot judge that bound, and never guesses one.</Text>
        <SimpleGrid cols={2}>
          <BoundFields label="Needs at least (to form)" path="min" draft={min} onChange={setMin} error={check.error} />
          <BoundFields label="Tolerates at most (before cracking)" path="max" draft={max} onChange={setMax} error={check.error} />
        </SimpleGrid>
        <FormProblem check={check} />
        <Group justify="space-between">
          <Button variant="subtle" color="red" onClick={() => void onSave(null).then(onClose, (error: unknown) => check.refuse(error))} disabled={initial === null}>Clear the window</Button>
          <Group gap="xs">
            <Button variant="default" onClick={onClose}>Cancel</Button>
            <Button loading={check.busy} onClick={() => save(draft as PressureWindow)}>Save window</Button>
          </Group>
        </Group>
      </Stack>
    </Modal>
  );
}
