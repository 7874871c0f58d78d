// "Label" on a record's page, or "Labels for selected" on a list: chooses the label stock (the
// notebook's setting, kept when changed) and HTML or PDF, and saves the file main made.
import { Button, Group, Modal, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { IconTags } from '@tabler/icons-react';
import { useState } from 'react';
import type { LabelKind } from '../../../shared/labels/cellbook-link';
import { LABEL_SIZES, type LabelSizeId } from '../../../shared/labels/label-sizes';
import { callApi } from '../api/client';
import { useApiQuery } from '../api/hooks';
import { downloadBase64 } from '../components/file-bytes';
import { notifyError, notifySuccess } from '../components/notify';

export interface LabelTarget {
  kind: LabelKind;
  id: number;
}

export function LabelsButton({ records, what, size = 'sm', compact = false }: { records: readonly LabelTarget[]; what: string; size?: 'xs' | 'sm'; compact?: boolean }) {
  const [opened, setOpened] = useState(false);
  const text = compact ? 'Label' : records.length === 1 ? 'Label' : `Labels${records.length > 0 ? ` (${records.length})` : ''}`;
  return (
    <>
      <Button size={compact ? 'compact-xs' : size} variant="default" leftSection={<IconTags size={14} />} disabled={records.length === 0} onClick={() => setOpened(true)} aria-label={`Label for ${what}`}>
        {text}
      </Button>
      {opened && <LabelsModal records={records} what={what} onClose={() => setOpened(false)} />}
    </>
  );
}

function LabelsModal({ records, what, onClose }: { records: readonly LabelTarget[]; what: string; onClose: () => void }) {
  const settings = useApiQuery('getLabelSettings', {});
  const [chosen, setChosen] = useState<LabelSizeId | null>(null);
  const [format, setFormat] = useState<'pdf' | 'html'>('pdf');
  const [busy, setBusy] = useState(false);
  const stock = chosen ?? settings.data?.size ?? null;
  const make = async () => {
    if (!stock) return;
    setBusy(true);
    try {
      const file = await callApi('makeLabels', { records: records.map((record) => ({ kind: record.kind, id: record.id })), size: stock, format });
      if (stock !== settings.data?.size) await callApi('updateLabelSettings', { size: stock });
      downloadBase64(file.fileName, file.mediaType, file.contentBase64);
      notifySuccess(`${file.fileName}: ${file.rows} label${file.rows === 1 ? '' : 's'}`);
      onClose();
    } catch (error) {
      notifyError(`Labels for ${what} failed`, error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal opened onClose={onClose} title={`Labels for ${what}`} size="lg">
      <Stack gap="sm">
        <Text size="sm" c="dimmed">Each label has the code in large type, the name, a date and a QR code of the record’s Cellbook link: scanning it into the search box opens the record.</Text>
        <Select label="Label stock" data={LABEL_SIZES.map((size) => ({ value: size.id, label: size.name }))} value={stock} onChange={(value) => value && setChosen(value as LabelSizeId)} allowDeselect={false} comboboxProps={{ withinPortal: true }} />
        <div>
          <Text size="sm" fw={500} id="label-format">Format</Text>
          <SegmentedControl aria-labelledby="label-format" value={format} onChange={(value) => setFormat(value as 'pdf' | 'html')} data={[{ value: 'pdf', label: 'PDF' }, { value: 'html', label: 'HTML' }]} />
        </div>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>Cancel</Button>
          <Button loading={busy} disabled={!stock} onClick={() => void make()}>
            Make {records.length === 1 ? 'label' : `${records.length} labels`}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
