// Edit a build's identity: name, date, operator, glovebox atmosphere at assembly, tags, notes.
import { Button, Group, Modal, SimpleGrid, Stack, TagsInput, Text, Textarea, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useState } from 'react';
import type { z } from 'zod';
import { buildHeaderSchema, type buildHeaderOutputSchema } from '../../../shared/schemas/builds';
import { callApi } from '../api/client';
import { numberOrNull, textOrNull, zodFormErrors } from '../components/form-validation';
import { notifyError } from '../components/notify';
import { UnitNumberInput } from '../components/UnitNumberInput';

type Header = z.infer<typeof buildHeaderOutputSchema>;

export function BuildDetailsModal({ build, onClose }: { build: Header; onClose: () => void }) {
  const [name, setName] = useState(build.name);
  const [builtOn, setBuiltOn] = useState<string | null>(build.builtOn);
  const [operator, setOperator] = useState(build.operator ?? '');
  const [h2o, setH2o] = useState<number | string>(build.gloveboxH2oPpm ?? '');
  const [o2, setO2] = useState<number | string>(build.gloveboxO2Ppm ?? '');
  const [tags, setTags] = useState<string[]>(build.tags);
  const [notes, setNotes] = useState(build.notes ?? '');
  const changes = { name, builtOn, operator: textOrNull(operator), gloveboxH2oPpm: numberOrNull(h2o), gloveboxO2Ppm: numberOrNull(o2), tags, notes: textOrNull(notes) };
  const errors = zodFormErrors(buildHeaderSchema, changes);
  const save = () =>
    callApi('updateBuild', { id: build.id, changes })
      .then(onClose)
      .catch((error: unknown) => notifyError('Could not save the build', error));
  return (
    <Modal opened onClose={onClose} title={`Details of ${build.name}`} size="lg">
      <Stack gap="sm">
        <SimpleGrid cols={2} spacing="sm">
          <TextInput label="Name / code" value={name} onChange={(event) => setName(event.currentTarget.value)} error={errors.name} data-autofocus />
          <DateInput label="Built on" valueFormat="YYYY-MM-DD" clearable value={builtOn} onChange={setBuiltOn} maxDate={new Date()} />
          <TextInput label="Operator" value={operator} onChange={(event) => setOperator(event.currentTarget.value)} error={errors.operator} />
          <TagsInput label="Tags" value={tags} onChange={setTags} error={errors.tags} />
          <UnitNumberInput label="Glovebox H2O at assembly" unit="ppm" value={h2o} onChange={setH2o} error={errors.gloveboxH2oPpm} />
          <UnitNumberInput label="Glovebox O2 at assembly" unit="ppm" value={o2} onChange={setO2} error={errors.gloveboxO2Ppm} />
        </SimpleGrid>
        <Textarea label="Notes" autosize minRows={3} maxRows={14} value={notes} onChange={(event) => setNotes(event.currentTarget.value)} />
        {Object.keys(errors).length > 0 && <Text size="xs" c="red">{Object.values(errors).join('; ')}</Text>}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>Cancel</Button>
          <Button onClick={() => void save()} disabled={Object.keys(errors).length > 0}>Save</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
