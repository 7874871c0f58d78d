// One build: what went into it (the layer stack with lots), what follows (derived numbers and the
// patent's rules), how to test it (protocol and current), and its cells.
import { Anchor, Badge, Breadcrumbs, Button, Container, Group, Menu, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconArchive, IconCopy, IconGitCompare, IconPencil, IconRestore } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useLocation } from 'wouter';
import { buildStatus } from '../../../shared/cells/build-status';
import { callApi } from '../api/client';
import { useApiQuery } from '../api/hooks';
import { AttachmentsPanel } from '../components/AttachmentsPanel';
import { HistoryTable } from '../components/HistoryTable';
import { BuildDetailsModal } from './BuildDetailsModal';
import { notifyError } from '../components/notify';
import { CellsPanel } from './CellsPanel';
import { CloneBuildModal } from './CloneBuildModal';
import { DerivedPanel } from './DerivedPanel';
import { DesignRulesPanel } from './DesignRulesPanel';
import { PressPlanSection } from '../pressing/PressPlanSection';
import { ProtocolPanel } from './ProtocolPanel';
import { StackEditor } from './StackEditor';
import { StackTable } from './StackTable';
import { BuildReportButtons } from '../reports/BuildReportButtons';
import { LabelsButton } from '../labels/LabelsButton';

export function BuildPage({ id }: { id: number }) {
  const [, navigate] = useLocation();
  const detail = useApiQuery('getBuild', { id });
  const builds = useApiQuery('listBuilds', { status: 'all' });
  const [editingStack, setEditingStack] = useState(false);
  const [cloning, setCloning] = useState(false);
  const [editingDetails, setEditingDetails] = useState(false);
  if (detail.error) return <Text c="red" role="alert">{detail.error.message}</Text>;
  if (!detail.data) return <Text c="dimmed">Loading…</Text>;
  const { build, layers, cells, rules, problems } = detail.data;
  const derived = detail.data.derived;
  const archived = build.archivedAt !== null;
  const locked = cells.some((cell) => !['planned', 'in_progress'].includes(cell.status));
  const setArchived = (archive: boolean) => callApi(archive ? 'archiveBuild' : 'restoreBuild', { id }).catch((error: unknown) => notifyError('Could not change the build', error));

  return (
    <Container size="xl" px={0}>
      <Stack gap="md">
        <Breadcrumbs>
          <Anchor component={Link} href="/builds" size="sm">Builds</Anchor>
          <Text size="sm">{build.name}</Text>
        </Breadcrumbs>
        <Group justify="space-between">
          <Group gap="xs">
            <Title order={2}>{build.name}</Title>
            <Badge variant="light">{buildStatus(cells).replace('_', ' ')}</Badge>
            <Badge variant="outline" color="gray">{build.configuration === 'double_sided' ? 'FIG. 2 double-sided' : 'FIG. 1 single-sided'}</Badge>
            {archived && <Badge color="gray">archived</Badge>}
            {build.tags.map((tag) => <Badge key={tag} size="sm" variant="dot">{tag}</Badge>)}
          </Group>
          <Group gap="xs">
            <Menu position="bottom-end">
              <Menu.Target>
                <Button variant="default" leftSection={<IconGitCompare size={14} />}>Compare</Button>
              </Menu.Target>
              <Menu.Dropdown mah={320} style={{ overflowY: 'auto' }}>
                {(builds.data ?? []).filter((other) => other.id !== id).map((other) => (
                  <Menu.Item key={other.id} onClick={() => navigate(`/builds/${other.id}/compare/${id}`)}>with {other.name}</Menu.Item>
                ))}
              </Menu.Dropdown>
            </Menu>
            <Button variant="default" leftSection={<IconPencil size={14} />} onClick={() => setEditingDetails(true)} disabled={archived}>Details</Button>
            <Button variant="default" leftSection={<IconCopy size={14} />} onClick={() => setCloning(true)} disabled={archived}>Clone</Button>
            <BuildReportButtons buildId={id} buildName={build.name} />
            <LabelsButton records={[{ kind: 'build', id }]} what={build.name} />
            {archived ? (
              <Button variant="default" leftSection={<IconRestore size={14} />} onClick={() => void setArchived(false)}>Restore</Button>
            ) : (
              <Button variant="default" leftSection={<IconArchive size={14} />} onClick={() => void setArchived(true)}>Archive</Button>
            )}
          </Group>
        </Group>
        {(build.builtOn || build.operator || build.gloveboxH2oPpm !== null || build.gloveboxO2Ppm !== null) && (
          <Text size="sm" c="dimmed">
            {[build.builtOn && `built ${build.builtOn}`, build.operator && `by ${build.operator}`, build.gloveboxH2oPpm !== null && `H2O ${build.gloveboxH2oPpm} ppm`, build.gloveboxO2Ppm !== null && `O2 ${build.gloveboxO2Ppm} ppm`].filter(Boolean).join(' · ')}
          </Text>
        )}
        {build.clonedFromId !== null && (
          <Text size="sm" c="dimmed">
            Cloned from <Anchor component={Link} href={`/builds/${build.clonedFromId}`}>build {build.clonedFromId}</Anchor> · <Anchor component={Link} href={`/builds/${build.clonedFromId}/compare/${id}`}>what differs</Anchor>
          </Text>
        )}
        {problems.map((problem) => <Text key={problem} c="red" size="sm" role="alert">{problem}</Text>)}

        <Paper withBorder p="md">
          <Group justify="space-between" mb="sm">
            <Title order={3}>Layer stack</Title>
            {!archived && (
              <Button size="compact-sm" variant="default" leftSection={<IconPencil size={14} />} onClick={() => setEditingStack(true)} disabled={locked} title={locked ? 'A cell is assembled: clone the build to change the design' : undefined}>
                Edit stack
              </Button>
            )}
          </Group>
          <StackTable layers={layers} derived={derived.layers} />
          {locked && <Text size="xs" c="dimmed" mt="xs">A cell of this build is assembled: the stack is the record of what was built. Clone the build to change the design.</Text>}
        </Paper>

        <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
          <DerivedPanel derived={derived} />
          <ProtocolPanel buildId={id} protocol={build.protocol} derived={derived} editable={!archived} />
        </SimpleGrid>
        <DesignRulesPanel rules={rules} buildId={id} editable={!archived} />
        <PressPlanSection buildId={id} />
        <CellsPanel buildId={id} cells={cells} editable={!archived} />
        {build.notes && (
          <Paper withBorder p="md">
            <Title order={3} mb="xs">Notes</Title>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>{build.notes}</Text>
          </Paper>
        )}
        <AttachmentsPanel recordTable="builds" recordId={id} hint="Attach photos or SEM images of the cell" />
        <HistoryTable table="builds" recordId={String(id)} title="History of this build" height={220} />
      </Stack>
      {editingStack && <StackEditor buildId={id} configuration={build.configuration} layers={layers} onClose={() => setEditingStack(false)} />}
      {editingDetails && <BuildDetailsModal build={build} onClose={() => setEditingDetails(false)} />}
      {cloning && <CloneBuildModal buildId={id} name={build.name} onClose={() => setCloning(false)} />}
    </Container>
  );
}
