// "Export" on every list: the list as CSV or XLSX (units in the headers, numbers as numbers), made
// by main and saved through the browser's download.
import { Button, Menu } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import type { ApiInput } from '../../../shared/api';
import { useApiMutation } from '../api/hooks';
import { downloadBase64 } from './file-bytes';
import { notifyError } from './notify';

type ExportListInput = ApiInput<'exportList'>;

export function ExportListMenu({ list, testId, label = 'Export' }: { list: ExportListInput['list']; testId?: number; label?: string }) {
  const exportList = useApiMutation('exportList');
  const save = (format: ExportListInput['format']) =>
    exportList.mutate(
      { list, format, ...(testId !== undefined ? { testId } : {}) },
      { onSuccess: (file) => downloadBase64(file.fileName, file.mediaType, file.contentBase64), onError: (error) => notifyError('Export failed', error) },
    );
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="default" size="xs" leftSection={<IconDownload size={14} />} loading={exportList.isPending}>
          {label}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item onClick={() => save('csv')}>CSV (.csv)</Menu.Item>
        <Menu.Item onClick={() => save('xlsx')}>Excel workbook (.xlsx)</Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
