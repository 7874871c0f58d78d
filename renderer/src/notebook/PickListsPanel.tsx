// The patent's pick lists, and the values this lab added to them.
import { Accordion, Badge, Button, Group, Paper, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { callApi } from '../api/client';
import { useApiQuery } from '../api/hooks';
import { notifyError, notifySuccess } from '../components/notify';

function AddValue({ list, label }: { list: string; label: string }) {
  const [value, setValue] = useState('');
  const add = () =>
    callApi('addPickListValue', { list, value })
      .then(() => {
        notifySuccess(`Added "${value.trim()}" to ${label}`);
        setValue('');
      })
      .catch((error: unknown) => notifyError('Could not add the value', error));
  return (
    <Group gap="xs" mt="xs">
      <TextInput size="xs" placeholder="a value of your own" aria-label={`new ${label} value`} value={value} onChange={(event) => setValue(event.currentTarget.value)} onKeyDown={(event) => event.key === 'Enter' && void add()} />
      <Button size="xs" variant="default" disabled={value.trim() === ''} onClick={() => void add()}>
        Add
      </Button>
    </Group>
  );
}

export function PickListsPanel() {
  const lists = useApiQuery('listPickLists', {});
  return (
    <Paper withBorder p="md">
      <Title order={3} mb={4}>Pick lists</Title>
      <Text size="xs" c="dimmed" mb="sm">
        The choices the patent allows, offered when a material is named. Add the values your lab uses.
      </Text>
      <Accordion variant="separated" multiple>
        {(lists.data ?? []).map((list) => (
          <Accordion.Item key={list.id} value={list.id}>
            <Accordion.Control>
              {list.label} <Text span size="xs" c="dimmed">{list.paragraph} · {list.values.length + list.added.length} values</Text>
            </Accordion.Control>
            <Accordion.Panel>
              <Group gap={4}>
                {list.values.map((value) => <Badge key={value} variant="light" color="gray" tt="none">{value}</Badge>)}
                {list.added.map((value) => <Badge key={value} variant="light" tt="none">{value}</Badge>)}
              </Group>
              <AddValue list={list.id} label={list.label} />
            </Accordion.Panel>
          </Accordion.Item>
        ))}
      </Accordion>
    </Paper>
  );
}
