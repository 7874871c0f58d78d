// The patent's pick lists, and the values this lab added to them.
import { Accordion, Badge, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { api } from '../../../shared/api';
import { callApi } from '../api/client';
import { useApiQuery } from '../api/hooks';
import { FormProblem } from '../components/FormProblem';
import { notifySuccess } from '../components/notify';
import { useFormCheck } from '../components/use-form-check';

function AddValue({ list, label }: { list: string; label: string }) {
  const [value, setValue] = useState('');
  const check = useFormCheck({ schema: api.addPickListValue.input, value: { list, value }, labels: { value: `New ${label} value` } });
  const add = async () => {
    const added = await check.submit(() => callApi('addPickListValue', { list, value }));
    if (!added) return;
    notifySuccess(`Added "${value.trim()}" to ${label}`);
    setValue('');
    check.reset({ list, value: '' });
  };
  return (
    <Stack gap={4} mt="xs">
      <Group gap="xs" align="flex-end">
        <TextInput size="xs" label="A value of your own" aria-label={`new ${label} value`} value={value} error={check.error('value')} onChange={(event) => setValue(event.currentTarget.value)} onKeyDown={(event) => event.key === 'Enter' && void add()} />
        <Button size="xs" variant="default" loading={check.busy} onClick={() => void add()}>
          Add
        </Button>
      </Group>
      <FormProblem check={check} />
    </Stack>
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
