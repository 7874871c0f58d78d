import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useLocation } from 'wouter';
import { callApi } from '../api/client';
import { notifyError } from '../components/notify';

/** "Like this build, but ...": a copy of the stack and protocol under a new name, with no cells. */
export function CloneBuildModal({ buildId, name, onClose }: { buildId: number; name: string; onClose: () => void }) {
  const [, navigate] = useLocation();
  const [newName, setNewName] = useState(`${name} (copy)`);
  const clone = () =>
    callApi('cloneBuild', { id: buildId, name: newName })
      .then((detail) => {
        onClose();
        navigate(`/builds/${detail.build.id}`);
      })
      .catch((error: unknown) => notifyError('Could not clone the build', error));
  return (
    <Modal opened onClose={onClose} title={`Clone ${name}`}>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">The new build has the same layers, lots and protocol, and no cells. Change what you want to compare, then use Compare.</Text>
        <TextInput label="Name of the new build" value={newName} onChange={(event) => setNewName(event.currentTarget.value)} data-autofocus />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>Cancel</Button>
          <Button onClick={() => void clone()} disabled={newName.trim() === ''}>Clone</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
