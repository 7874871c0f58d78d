// Import an inventory spreadsheet: choose the file, see what each row would do, untick rows,
// confirm. Nothing is written before the confirmation; then all accepted rows go in at once.
import { Alert, Badge, Button, Checkbox, FileInput, Group, Modal, Stack, Table, Text } from '@mantine/core';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { useState } from 'react';
import type { InventoryImportPreview } from '../../../shared/schemas/inventory-import';
import { callApi } from '../api/client';
import { fileToBase64 } from '../components/file-bytes';
import { notifySuccess } from '../components/notify';

const STATUS_COLOR = { create: 'teal', duplicate: 'gray', invalid: 'red' } as const;
const STATUS_WORD = { create: 'new', duplicate: 'already there', invalid: 'invalid' } as const;

export function InventoryImport({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const [file, setFile] = useState<{ name: string; base64: string } | null>(null);
  const [preview, setPreview] = useState<InventoryImportPreview | null>(null);
  const [accepted, setAccepted] = useState<Set<number>>(new Set());
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const reset = () => {
    setFile(null);
    setPreview(null);
    setAccepted(new Set());
    setError(null);
  };

  const choose = async (chosen: File | null) => {
    reset();
    if (!chosen) return;
    setBusy(true);
    try {
      const base64 = await fileToBase64(chosen);
      const result = await callApi('previewInventoryImport', { fileName: chosen.name, contentBase64: base64 });
      setFile({ name: chosen.name, base64 });
      setPreview(result);
      setAccepted(new Set(result.rows.filter((row) => row.status === 'create').map((row) => row.line)));
    } catch (failure) {
      setError((failure as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const commit = async () => {
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      const result = await callApi('commitInventoryImport', { fileName: file.name, contentBase64: file.base64, acceptLines: [...accepted].sort((a, b) => a - b) });
      notifySuccess(`Imported ${result.createdLots} lot(s) and ${result.createdMaterials} new material(s) from ${file.name}`);
      reset();
      onClose();
    } catch (failure) {
      setError((failure as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const toggle = (line: number) => {
    const next = new Set(accepted);
    if (next.has(line)) next.delete(line);
    else next.add(line);
    setAccepted(next);
  };

  return (
    <Modal opened={opened} onClose={() => { reset(); onClose(); }} title="Import an inventory spreadsheet" size="xl">
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          CSV or XLSX, one row per lot. Columns are found by their header: at least name, kind, formula, lot, quantity and unit, in any
          order; supplier, CAS, density, D50, received, opened, expires, location, storage, threshold and notes are optional.
        </Text>
        <FileInput
          label="Spreadsheet"
          placeholder="Choose a .csv or .xlsx file"
          accept=".csv,.tsv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          leftSection={<IconFileSpreadsheet size={16} />}
          onChange={(chosen) => void choose(chosen)}
          disabled={busy}
          clearable
        />
        {error && (
          <Alert color="red" title="Cannot import" role="alert" style={{ whiteSpace: 'pre-wrap' }}>
            {error}
          </Alert>
        )}
        {preview && (
          <>
            <Group gap="xs">
              <Badge color="teal" variant="light">{preview.counts.create} new</Badge>
              <Badge color="gray" variant="light">{preview.counts.duplicate} already in the notebook</Badge>
              <Badge color="red" variant="light">{preview.counts.invalid} invalid</Badge>
            </Group>
            {preview.warnings.map((warning) => (
              <Text key={warning} size="xs" c="yellow.8">
                {warning}
              </Text>
            ))}
            <div style={{ maxHeight: 380, overflow: 'auto' }}>
              <Table stickyHeader striped aria-label="Import preview">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th w={40}>Import</Table.Th>
                    <Table.Th w={50}>Line</Table.Th>
                    <Table.Th>Material</Table.Th>
                    <Table.Th>Lot</Table.Th>
                    <Table.Th>Quantity</Table.Th>
                    <Table.Th>Status</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {preview.rows.map((row) => (
                    <Table.Tr key={row.line} data-status={row.status}>
                      <Table.Td>
                        <Checkbox
                          aria-label={`import line ${row.line}`}
                          checked={accepted.has(row.line)}
                          disabled={row.status !== 'create'}
                          onChange={() => toggle(row.line)}
                        />
                      </Table.Td>
                      <Table.Td>{row.line}</Table.Td>
                      <Table.Td>
                        {row.materialName}
                        {row.createsMaterial && <Badge size="xs" ml={6} variant="outline">new material</Badge>}
                      </Table.Td>
                      <Table.Td>{row.lotNumber}</Table.Td>
                      <Table.Td>{row.quantityText}</Table.Td>
                      <Table.Td>
                        <Badge size="xs" color={STATUS_COLOR[row.status]} variant="light">
                          {STATUS_WORD[row.status]}
                        </Badge>
                        {row.reasons.map((reason) => (
                          <Text key={reason} size="xs" c={row.status === 'invalid' ? 'red' : 'dimmed'}>
                            {reason}
                          </Text>
                        ))}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </div>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => { reset(); onClose(); }}>
                Cancel
              </Button>
              <Button onClick={() => void commit()} loading={busy} disabled={accepted.size === 0}>
                Import {accepted.size} row{accepted.size === 1 ? '' : 's'}
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </Modal>
  );
}
