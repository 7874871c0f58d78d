import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useLocation } from 'wouter';
import { api } from '../../../shared/api';
import { callApi } from '../api/client';
import { FormProblem } from '../components/FormProblem';
import { useFormCheck } from '../components/use-form-check';

/** "Like this build, but ...": a copy of the stack and protocol under a new name, with no cells. */
export function CloneBuildModal({ buildId, name, onClose }: { buildId: number; name: string; onClose: () => void }) {
  const [, navigate] = useLocation();
  const [newName, setNewName] = useState(`${name} (copy)`);
  const draft = { id: buildId, name: newName };
  const check = useFormCheck({ schema: api.cloneBuild.input, value: draft, labels: { name: 'Name of the new build' } });
  const clone = async () => {
    const detail = await check.submit(() => callApi('cloneBuild', draft));
    if (!detail) return;
    onClose();
    navigate(`/builds/${detail.build.id}`);
  };
  return (
    <Modal opened onClose={onClose} title={`Clone ${name}`}>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">The new build has the same layers, lots and protocol, and no cells. Change what you want to compare, then use Compare.</Text>
        <TextInput label="Name of the new build" value={newName} onChange={(event) => setNewName(event.currentTarget.value)} error={check.error('name')} data-autofocus />
        <FormProblem check={check} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>Cancel</Button>
          <Button onClick={() => void clone()} loading={check.busy}>Clone</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
