// Import .eln: choose a file from another lab notebook (or a Cellbook export), see what each of
// its entries becomes before anything is written, then import it. The file is sent to main in
// pieces (the window has no path on disk to give); main checks it whole, shows the preview, and on
// Import takes an automatic backup and writes everything in one transaction.
import { Alert, Button, FileInput, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconFileZip } from '@tabler/icons-react';
import { useState } from 'react';
import type { ElnImportReport } from '../../../shared/schemas/eln-import';
import { callApi } from '../api/client';
import { refusalSentence } from '../components/notify';
import { uploadFile } from '../cycling/upload-file';
import { ElnImportReportView } from './ElnImportReportView';

type Step = { kind: 'idle' } | { kind: 'reading'; fileName: string } | { kind: 'preview'; uploadId: string; report: ElnImportReport } | { kind: 'importing'; uploadId: string; report: ElnImportReport } | { kind: 'done'; report: ElnImportReport };

export function ElnImportPanel() {
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<string | null>(null);

  const discard = (uploadId: string) => void callApi('discardUpload', { uploadId }).catch(() => undefined);

  async function choose(chosen: File | null) {
    if (step.kind === 'preview') discard(step.uploadId);
    setFile(chosen);
    setError(null);
    if (!chosen) {
      setStep({ kind: 'idle' });
      return;
    }
    setStep({ kind: 'reading', fileName: chosen.name });
    try {
      const uploadId = await uploadFile(chosen, () => undefined);
      try {
        setStep({ kind: 'preview', uploadId, report: await callApi('previewElnImport', { uploadId }) });
      } catch (refusal) {
        discard(uploadId);
        throw refusal;
      }
    } catch (refusal) {
      setError(refusalSentence(refusal));
      setStep({ kind: 'idle' });
    }
  }

  async function importNow(uploadId: string, report: ElnImportReport) {
    setStep({ kind: 'importing', uploadId, report });
    try {
      setStep({ kind: 'done', report: await callApi('importEln', { uploadId }) });
      setFile(null);
    } catch (refusal) {
      setError(refusalSentence(refusal));
      setStep({ kind: 'preview', uploadId, report });
    }
  }

  const cancel = () => {
    if (step.kind === 'preview') discard(step.uploadId);
    setFile(null);
    setStep({ kind: 'idle' });
  };

  return (
    <Paper withBorder p="md">
      <Title order={3} mb={4}>Import .eln</Title>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          An .eln file from another lab notebook (eLabFTW, Kadi4Mat, SampleDB, datalab or any ELN Consortium member) or from Cellbook. You see what each entry becomes before
          anything is written; the notebook is backed up first.
        </Text>
        <FileInput label=".eln file" accept=".eln,application/vnd.eln+zip,application/zip" leftSection={<IconFileZip size={16} />} value={file} onChange={(chosen) => void choose(chosen)} disabled={step.kind === 'reading' || step.kind === 'importing'} clearable />
        {step.kind === 'reading' && <Text size="sm">Reading {step.fileName}…</Text>}
        {error && <Alert color="red" title="Cannot import" role="alert" style={{ whiteSpace: 'pre-wrap' }}>{error}</Alert>}
        {(step.kind === 'preview' || step.kind === 'importing') && (
          <>
            <Title order={4}>Preview: nothing is written yet</Title>
            <ElnImportReportView report={step.report} />
            <Group justify="flex-end">
              <Button variant="default" onClick={cancel} disabled={step.kind === 'importing'}>Cancel</Button>
              <Button loading={step.kind === 'importing'} onClick={() => void importNow(step.uploadId, step.report)}>Import {step.report.records.length} entries</Button>
            </Group>
          </>
        )}
        {step.kind === 'done' && (
          <>
            <Alert color="teal" title="Imported" role="status">
              {step.report.fileName}: {step.report.records.length} entries and {step.report.files.length} files in the notebook{step.report.backup ? `; the notebook was backed up first (${step.report.backup})` : ''}.
            </Alert>
            <Title order={4}>Import report</Title>
            <ElnImportReportView report={step.report} />
          </>
        )}
      </Stack>
    </Paper>
  );
}
