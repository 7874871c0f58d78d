// "Report" for one build: the self-contained HTML file or a PDF (A4 or Letter), made by main and
// saved through the browser's download.
import { Button, Group } from '@mantine/core';
import { IconFileTypeHtml, IconFileTypePdf } from '@tabler/icons-react';
import { useApiMutation } from '../api/hooks';
import { downloadBase64 } from '../components/file-bytes';
import { notifyError } from '../components/notify';

export function BuildReportButtons({ buildId, buildName, paper = 'a4' }: { buildId: number; buildName: string; paper?: 'a4' | 'letter' }) {
  const report = useApiMutation('makeBuildReport');
  const make = (format: 'html' | 'pdf') =>
    report.mutate({ buildId, format, paper }, { onSuccess: (file) => downloadBase64(file.fileName, file.mediaType, file.contentBase64), onError: (error) => notifyError(`Report of ${buildName} failed`, error) });
  const pending = report.isPending ? report.variables?.format : null;
  return (
    <Group gap={6} wrap="nowrap">
      <Button size="xs" variant="default" leftSection={<IconFileTypeHtml size={14} />} loading={pending === 'html'} onClick={() => make('html')} aria-label={`HTML report of ${buildName}`}>
        HTML report
      </Button>
      <Button size="xs" variant="default" leftSection={<IconFileTypePdf size={14} />} loading={pending === 'pdf'} onClick={() => make('pdf')} aria-label={`PDF report of ${buildName}`}>
        PDF report
      </Button>
    </Group>
  );
}
