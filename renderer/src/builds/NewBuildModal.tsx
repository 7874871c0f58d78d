import { Button, Group, Modal, SegmentedControl, Stack, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useState } from 'react';
import { useLocation } from 'wouter';
import { createBuildSchema } from '../../../shared/schemas/builds';
import { callApi } from '../api/client';
import { FormProblem } from '../components/FormProblem';
import { useFormCheck } from '../components/use-form-check';

/** A new build starts with the empty layers of its figure, to fill in. */
export function NewBuildModal({ onClose }: { onClose: () => void }) {
  const [, navigate] = useLocation();
  const [name, setName] = useState('');
  const [configuration, setConfiguration] = useState<'single_sided' | 'double_sided'>('double_sided');
  const [builtOn, setBuiltOn] = useState<string | null>(null);
  const draft = { name, configuration, builtOn };
  const check = useFormCheck({ schema: createBuildSchema, value: draft, labels: { name: 'Name / code', configuration: 'Configuration', builtOn: 'Built on' } });
  const create = async () => {
    const detail = await check.submit(() => callApi('createBuild', draft));
    if (!detail) return;
    onClose();
    navigate(`/builds/${detail.build.id}`);
  };
  return (
    <Modal opened onClose={onClose} title="New build">
      <Stack gap="sm">
        <TextInput label="Name / code" required value={name} onChange={(event) => setName(event.currentTarget.value)} error={check.error('name')} data-autofocus />
        <SegmentedControl value={configuration} onChange={(next) => setConfiguration(next as typeof configuration)} data={[{ value: 'single_sided', label: 'FIG. 1 single-sided' }, { value: 'double_sided', label: 'FIG. 2 double-sided' }]} />
        <DateInput label="Built on" valueFormat="YYYY-MM-DD" clearable value={builtOn} onChange={setBuiltOn} maxDate={new Date()} error={check.error('builtOn')} />
        <FormProblem check={check} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>Cancel</Button>
          <Button onClick={() => void create()} loading={check.busy}>Add build</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
