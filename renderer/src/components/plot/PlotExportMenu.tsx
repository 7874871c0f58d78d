// Export of one plot: PNG (300 dpi) or SVG at a journal's column width, or the plotted data as CSV.
import { Button, Menu } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import type { Data, Layout } from 'plotly.js';
import { notifyError } from '../notify';
import { downloadPlotCsv, downloadPlotImage } from './plot-export';
import { PUBLICATION_DPI, PUBLICATION_SIZES } from './publication-sizes';

interface PlotExportMenuProps {
  label: string;
  fileName: string;
  data: Data[];
  layout: Partial<Layout>;
}

export function PlotExportMenu({ label, fileName, data, layout }: PlotExportMenuProps) {
  const image = (format: 'png' | 'svg', sizeId: string) => {
    const size = PUBLICATION_SIZES.find((candidate) => candidate.id === sizeId)!;
    downloadPlotImage(fileName, format, size, data, layout).catch((error: unknown) => notifyError(`Could not export the ${label} plot`, error));
  };
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button size="compact-xs" variant="subtle" leftSection={<IconDownload size={12} />} aria-label={`Export the ${label} plot`}>
          Export
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {PUBLICATION_SIZES.map((size) => (
          <Menu.Item key={`png-${size.id}`} onClick={() => image('png', size.id)}>
            PNG, {size.label}, {PUBLICATION_DPI} dpi
          </Menu.Item>
        ))}
        {PUBLICATION_SIZES.map((size) => (
          <Menu.Item key={`svg-${size.id}`} onClick={() => image('svg', size.id)}>
            SVG, {size.label}
          </Menu.Item>
        ))}
        <Menu.Divider />
        <Menu.Item onClick={() => downloadPlotCsv(fileName, data, layout)}>CSV of the plotted data</Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
