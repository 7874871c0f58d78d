// An area that takes files dropped onto it (from the file manager), outlined while files are
// dragged over it. Mantine's Dropzone is tied to another Mantine release, and this needs only the
// browser's drag events.
import { Box } from '@mantine/core';
import { useState, type DragEvent, type ReactNode } from 'react';

const hasFiles = (event: DragEvent) => Array.from(event.dataTransfer.types).includes('Files');

export function FileDropTarget({ onFiles, label, children, testId }: { onFiles: (files: File[]) => void; label: string; children: ReactNode; testId?: string }) {
  const [over, setOver] = useState(false);
  return (
    <Box
      data-testid={testId}
      aria-label={label}
      onDragOver={(event: DragEvent) => {
        if (!hasFiles(event)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(event: DragEvent) => {
        if (!hasFiles(event)) return;
        event.preventDefault();
        setOver(false);
        const files = Array.from(event.dataTransfer.files);
        if (files.length > 0) onFiles(files);
      }}
      style={{
        outline: over ? '2px dashed var(--mantine-primary-color-filled)' : '2px dashed transparent',
        outlineOffset: 2,
        borderRadius: 'var(--mantine-radius-sm)',
      }}
    >
      {children}
    </Box>
  );
}
