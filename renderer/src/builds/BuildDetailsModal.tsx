// Edit a build's identity: name, date, operator, glovebox atmosphere at assembly, tags, notes.
import { Button, Group, Modal, SimpleGrid, Stack, TagsInput, Textarea, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useState } from 'react';
import type { z } from 'zod';
import { updateBuildSchema, type buildHeaderOutputSchema } from '../../../shared/schemas/builds';
import { callApi } from '../api/client';
import { numberOrNull, textOrNull } from '../components/form-validation';
import { FormProblem } from '../components/FormProblem';
import { UnitNumberInput } from '../components/UnitNumberInput';
import { useFormCheck } from '../components/use-form-check';

type Header = z.infer<typeof buildHeaderOutputSchema>;

const DETAIL_LABELS = {
  'changes.name': 'Name / code',
  'changes.builtOn': 'Built on',
  'changes.operator': 'Operator',
  'changes.tags': 'Tags',
  'changes.gloveboxH2oPpm': 'Glovebox H2O',
  'changes.gloveboxO2Ppm': 'Glovebox O2',
  'changes.notes': 'Notes',
};

export function BuildDetailsModal({ build, onClose }: { build: Header; onClose: () => void }) {
  const [name, setName] = useState(build.name);
  const [builtOn, setBuiltOn] = useState<string | null>(build.builtOn);
  const [operator, setOperator] = useState(build.operator ?? '');
  const [h2o, setH2o] = useState<number | string>(build.gloveboxH2oPpm ?? '');
  const [o2, setO2] = useState<number | string>(build.gloveboxO2Ppm ?? '');
  const [tags, setTags] = useState<string[]>(build.tags);
  const [notes, setNotes] = useState(build.notes ?? '');
  const changes = { name, builtOn, operator: textOrNull(operator), gloveboxH2oPpm: numberOrNull(h2o), gloveboxO2Ppm: numberOrNull(o2), tags, notes: textOrNull(notes) };
  const check = useFormCheck({ schema: updateBuildSchema, value: { id: build.id, changes }, labels: DETAIL_LABELS });
  const error = (field: string) => check.error(`changes.${field}`);
  const save = async () => {
    const saved = await check.submit(() => callApi('updateBuild', { id: build.id, changes }));
    if (saved) onClose();
  };
  return (
    <Modal opened onClose={onClose} title={`Details of ${build.name}`} size="lg">
      <Stack gap="sm">
        <SimpleGrid cols={2} spacing="sm">
          <TextInput label="Name / code" value={name} onChange={(event) => setName(event.currentTarget.value)} error={error('name')} data-autofocus />
          <DateInput label="Built on" valueFormat="YYYY-MM-DD" clearable value={builtOn} onChange={setBuiltOn} maxDate={new Date()} error={error('builtOn')} />
          <TextInput label="Operator" value={operator} onChange={(event) => setOperator(event.currentTarget.value)} error={error('operator')} />
          <TagsInput label="Tags" value={tags} onChange={setTags} error={error('tags')} />
          <UnitNumberInput label="Glovebox H2O at assembly" unit="ppm" value={h2o} onChange={setH2o} error={error('gloveboxH2oPpm')} />
          <UnitNumberInput label="Glovebox O2 at assembly" unit="ppm" value={o2} onChange={setO2} error={error('gloveboxO2Ppm')} />
        </SimpleGrid>
        <Textarea label="Notes" autosize minRows={3} maxRows={14} value={notes} onChange={(event) => setNotes(event.currentTarget.value)} error={error('notes')} />
        <FormProblem check={check} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>Cancel</Button>
          <Button onClick={() => void save()} loading={check.busy}>Save</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
