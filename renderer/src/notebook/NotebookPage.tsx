import { Container, Stack, Title } from '@mantine/core';
import { HistoryTable } from '../components/HistoryTable';
import { BackupsPanel } from './BackupsPanel';
import { CyclingSettingsPanel } from './CyclingSettingsPanel';
import { ElnImportPanel } from './ElnImportPanel';
import { ImportedEntriesPanel } from './ImportedEntriesPanel';
import { MaintenancePanel } from './MaintenancePanel';
import { NotebookSummary } from './NotebookSummary';
import { OpenNotebookPanel } from './OpenNotebookPanel';
import { OperatorForm } from './OperatorForm';
import { PickListsPanel } from './PickListsPanel';
import { RestoringOverlay } from './RestoringOverlay';

export function NotebookPage() {
  return (
    <Container size="lg" px={0} pos="relative">
      <RestoringOverlay />
      <Stack gap="md">
        <Title order={2}>Notebook</Title>
        <NotebookSummary />
        <OperatorForm />
        <MaintenancePanel />
        <BackupsPanel />
        <ElnImportPanel />
        <ImportedEntriesPanel />
        <OpenNotebookPanel />
        <PickListsPanel />
        <CyclingSettingsPanel />
        <HistoryTable />
      </Stack>
    </Container>
  );
}
