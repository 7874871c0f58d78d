// Import of tester exports as one cycling test: the files are sent (with progress), each is
// recognised from its content (format shown and changeable; refusals and "already imported" said
// plainly), unrecognised text gets a column mapping, then the import runs as a job whose progress
// (MB and rows) and Cancel are shown here; when it is done the test opens.
import { Alert, Anchor, Button, Checkbox, FileButton, Group, Modal, Paper, Progress, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconFileImport } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { startCyclingImportSchema, type ColumnMapping, type DetectedFile, type WhenCellHasTest } from '../../../shared/schemas/cycling';
import { formatBytes } from '../../../shared/format/bytes';
import { callApi } from '../api/client';
import { useApiQuery } from '../api/hooks';
import { FormProblem } from '../components/FormProblem';
import { useFormCheck } from '../components/use-form-check';
import { progressText } from '../shell/JobsBar';
import { CellPicker, type CellChoice } from './CellPicker';
import { ColumnMappingEditor } from './ColumnMappingEditor';
import { guessMapping, missingFields } from './column-mapping-guess';
import { uploadFile } from './upload-file';
import { newestTestOf, WhenCellHasTestChoice } from './WhenCellHasTestChoice';

interface PendingFile {
  file: File;
  sentBytes: number;
  detected: DetectedFile | null;
  error: string | null;
}

const MAPPED = 'mapped';

const IMPORT_LABELS = { uploadIds: 'Files', cellId: 'Cell', name: 'Name of the test', formatId: 'Read as', mapping: 'Column mapping', saveProfileAs: 'Save this mapping as', allowDuplicate: 'Import anyway', whenCellHasTest: 'The cell\'s test' };

/** Mount it for one import (its state starts afresh each time) and unmount it on close. */
export function ImportCyclingDialog({ onClose, initialFiles, initialCell }: { onClose: () => void; initialFiles?: readonly File[]; initialCell?: CellChoice }) {
  const [, navigate] = useLocation();
  const [pending, setPending] = useState<PendingFile[]>([]);
  const [cell, setCell] = useState<CellChoice>(initialCell ?? { buildId: null, cellId: null });
  const [formatId, setFormatId] = useState<string | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping | null>(null);
  const [profileName, setProfileName] = useState('');
  const [name, setName] = useState('');
  const [allowDuplicate, setAllowDuplicate] = useState(false);
  // A cell that already has a test: the new files continue it, replace it, or are a second test.
  const [whenCellHasTest, setWhenCellHasTest] = useState<WhenCellHasTest | null>(null);
  const cellTests = useApiQuery('listCyclingTests', { cellId: cell.cellId ?? 0 }, { enabled: cell.cellId !== null });
  const priorTest = cell.cellId === null ? undefined : newestTestOf(cellTests.data);
  const [jobId, setJobId] = useState<string | null>(null);
  const formats = useApiQuery('listCyclerFormats', {});
  const jobs = useApiQuery('listJobs', {}, { enabled: jobId !== null });
  const job = jobs.data?.find((candidate) => candidate.id === jobId) ?? null;

  const addFiles = (files: readonly File[]) => {
    const added = files.map((file) => ({ file, sentBytes: 0, detected: null, error: null }));
    setPending((current) => [...current, ...added]);
    void (async () => {
      for (const entry of added) {
        const update = (patch: Partial<PendingFile>) => setPending((current) => current.map((candidate) => (candidate.file === entry.file ? { ...candidate, ...patch } : candidate)));
        try {
          const uploadId = await uploadFile(entry.file, (sentBytes) => update({ sentBytes }));
          const detected = await callApi('detectCyclerFile', { uploadId });
          update({ detected });
        } catch (error) {
          update({ error: (error as Error).message });
        }
      }
    })();
  };

  useEffect(() => {
    // The files the dialog was opened with (dropped on a page) start uploading once it is shown;
    // the uploads report back asynchronously, like any other external process.
    if (initialFiles && initialFiles.length > 0) queueMicrotask(() => addFiles(initialFiles));
    // Only on mount: the parent mounts the dialog afresh for each import.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const first = pending[0]?.detected ?? null;
  // The mapping editor opens for the generic importer and for text nobody recognised.
  const chosenFormat = formatId ?? first?.format?.id ?? null;
  const needsMapping = first !== null && first.refusal === null && (chosenFormat === MAPPED || chosenFormat === null);
  // Until the user edits it, the mapping is the guess from the file's first lines.
  const effectiveMapping = needsMapping && first ? (mapping ?? guessMapping(first.previewLines)) : null;

  const close = () => {
    // Files sent but not imported are deleted from the session's upload folder.
    for (const entry of pending) if (entry.detected && job?.state !== 'done') void callApi('discardUpload', { uploadId: entry.detected.uploadId }).catch(() => undefined);
    onClose();
  };

  useEffect(() => {
    if (job?.state === 'done' && job.recordId !== null) {
      onClose();
      navigate(`/cycling/${job.recordId}`);
    }
  }, [job, navigate, onClose]);

  const duplicate = pending.find((entry) => entry.detected?.alreadyImported);
  const input = {
    uploadIds: pending.flatMap((entry) => (entry.detected ? [entry.detected.uploadId] : [])),
    cellId: cell.cellId,
    name: name.trim() || null,
    formatId: needsMapping ? null : formatId,
    mapping: needsMapping ? effectiveMapping : null,
    saveProfileAs: needsMapping && profileName.trim() ? profileName.trim() : null,
    allowDuplicate,
    whenCellHasTest: whenCellHasTest ?? 'second',
  };
  // What the schema cannot see: files still on their way, unreadable ones, an incomplete mapping.
  const missing = effectiveMapping ? missingFields(effectiveMapping) : [];
  const extra = [
    ...(pending.some((entry) => entry.detected === null && entry.error === null) ? [{ path: '', message: 'wait until every file is sent and recognised' }] : []),
    ...(pending.some((entry) => entry.error !== null || entry.detected?.refusal) ? [{ path: '', message: 'a file above cannot be read: close and import the others, or a readable export' }] : []),
    ...(missing.length ? [{ path: 'mapping.columns', message: `map a column to: ${missing.join(', ')}` }] : []),
    ...(duplicate && !allowDuplicate ? [{ path: 'allowDuplicate', message: 'tick "Import anyway" to import a second copy of the same data' }] : []),
    ...(cell.buildId !== null && cell.cellId === null ? [{ path: 'cellId', message: 'choose the cell of this build, or no build' }] : []),
    ...(priorTest && whenCellHasTest === null ? [{ path: 'whenCellHasTest', message: "choose whether the new file continues the cell's test, replaces it, or is a second test" }] : []),
  ];
  const check = useFormCheck({ schema: startCyclingImportSchema, value: input, labels: IMPORT_LABELS, extra });
  const start = async () => {
    const started = await check.submit(() => callApi('startCyclingImport', input));
    if (started) setJobId(started.jobId);
  };

  const running = job?.state === 'running';
  const failed = job && (job.state === 'failed' || job.state === 'cancelled') ? job : null;
  const formatOptions = [...(formats.data ?? []).map((format) => ({ value: format.id, label: format.label })), { value: MAPPED, label: 'Delimited text, map the columns by hand' }];

  return (
    <Modal opened onClose={running ? () => undefined : close} title="Import cycling data" size="xl" closeOnClickOutside={!running}>
      <Stack gap="sm">
        <Group gap="sm">
          <FileButton multiple onChange={(files) => addFiles(files)}>
            {(props) => (
              <Button {...props} variant="default" leftSection={<IconFileImport size={14} />} disabled={running}>
                Choose files…
              </Button>
            )}
          </FileButton>
          <Text size="xs" c="dimmed">Exports of Arbin, Maccor, Neware, BioLogic, Novonix, BaSyTec, PEC, Landt, BDF, or any CSV/TSV. Several files are one test, stitched in time order.</Text>
        </Group>

        {pending.map((entry) => (
          <Paper key={`${entry.file.name}-${entry.file.size}-${entry.file.lastModified}`} withBorder p="xs" data-testid="import-file">
            <Group justify="space-between" gap="sm" wrap="nowrap">
              <Text size="sm" fw={500} truncate>{entry.file.name}</Text>
              <Text size="xs" c="dimmed">{formatBytes(entry.file.size)}</Text>
            </Group>
            {entry.detected === null && entry.error === null && (
              <Progress value={entry.file.size ? (100 * entry.sentBytes) / entry.file.size : 100} size="sm" mt={4} aria-label={`sending ${entry.file.name}`} />
            )}
            {entry.error && <Alert color="red" mt={4} p="xs">{entry.error}</Alert>}
            {entry.detected?.refusal && <Alert color="red" mt={4} p="xs" data-testid="refusal">{entry.detected.refusal}</Alert>}
            {entry.detected && !entry.detected.refusal && (
              <Text size="xs" mt={4} data-testid="detected-format">
                {entry.detected.format ? `Recognised as ${entry.detected.format.label}` : 'Not recognised as a known export: map its columns below'}
              </Text>
            )}
            {entry.detected?.alreadyImported && (
              <Alert color="yellow" mt={4} p="xs" data-testid="already-imported">
                Already imported, as <Anchor component={Link} href={`/cycling/${entry.detected.alreadyImported.testId}`} onClick={close}>{entry.detected.alreadyImported.name}</Anchor> (the same bytes).
              </Alert>
            )}
          </Paper>
        ))}

        {first && !first.refusal && (
          <Select label="Read as" w={420} allowDeselect={false} data={formatOptions} value={chosenFormat ?? MAPPED} onChange={(value) => setFormatId(value)} error={check.error('formatId')} />
        )}
        {effectiveMapping && first && (
          <>
            <ColumnMappingEditor lines={first.previewLines} mapping={effectiveMapping} onChange={setMapping} />
            <TextInput label="Save this mapping as" description="Files with the same column names will be read with it from now on" placeholder="e.g. Lab tester CSV" w={320} value={profileName} onChange={(event) => setProfileName(event.currentTarget.value)} error={check.error('saveProfileAs')} />
          </>
        )}

        <CellPicker value={cell} onChange={setCell} error={check.error('cellId')} />
        {priorTest && <WhenCellHasTestChoice priorName={priorTest.name} coming="file" value={whenCellHasTest} onChange={setWhenCellHasTest} error={check.error('whenCellHasTest')} />}
        <TextInput label="Name of the test" placeholder="default: build and cell, or the file name" w={420} value={name} onChange={(event) => setName(event.currentTarget.value)} error={check.error('name')} />
        {duplicate && <Checkbox label="Import anyway (a second copy of the same data)" checked={allowDuplicate} onChange={(event) => setAllowDuplicate(event.currentTarget.checked)} error={check.error('allowDuplicate')} />}

        {running && job && (
          <Paper withBorder p="xs" data-testid="import-progress">
            <Group gap="sm" wrap="nowrap">
              <Progress value={job.total ? (100 * job.done) / job.total : 100} animated={!job.total} flex={1} aria-label="import progress" />
              <Text size="xs" c="dimmed" w={300} ta="right">{progressText(job)}</Text>
              <Button variant="subtle" color="red" onClick={() => void callApi('cancelJob', { jobId: job.id })}>Cancel</Button>
            </Group>
          </Paper>
        )}
        {failed && <Alert color={failed.state === 'cancelled' ? 'gray' : 'red'} data-testid="import-error">{failed.message}</Alert>}

        <FormProblem check={check} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={close} disabled={running}>Close</Button>
          <Button onClick={() => void start()} loading={running || check.busy}>
            Import
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
