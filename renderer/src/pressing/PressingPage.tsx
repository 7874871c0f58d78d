// The Pressing area: every build's press plan, and the equipment register the plans are checked
// against (DOMAIN.md section 4).
import { Container, Stack, Tabs, Text, Title } from '@mantine/core';
import { IconListCheck, IconSettings, IconTool } from '@tabler/icons-react';
import { useState } from 'react';
import { EquipmentRegister } from './EquipmentRegister';
import { PlansList } from './PlansList';
import { PressingSettingsPanel } from './PressingSettingsPanel';

export function PressingPage() {
  const [tab, setTab] = useState<string | null>('plans');
  return (
    <Container size="xl" px={0}>
      <Stack gap="sm">
        <Title order={2}>Pressing</Title>
        <Text size="sm" c="dimmed">
          Plan every pressing, drying and sealing step of a build, check it against the press, the die and each layer’s pressure window before anyone touches the press, and record what was done.
        </Text>
        <Tabs value={tab} onChange={setTab} keepMounted={false}>
          <Tabs.List>
            <Tabs.Tab value="plans" leftSection={<IconListCheck size={14} />}>Plans</Tabs.Tab>
            <Tabs.Tab value="equipment" leftSection={<IconTool size={14} />}>Equipment</Tabs.Tab>
            <Tabs.Tab value="settings" leftSection={<IconSettings size={14} />}>Settings</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="plans" pt="sm"><PlansList /></Tabs.Panel>
          <Tabs.Panel value="equipment" pt="sm"><EquipmentRegister /></Tabs.Panel>
          <Tabs.Panel value="settings" pt="sm"><PressingSettingsPanel /></Tabs.Panel>
        </Tabs>
      </Stack>
    </Container>
  );
}
