// Saves a kept original export as the tester wrote it. The file comes piece by piece (4 MiB each,
// so no call carries a whole 150 MB export) into a Blob, whose SHA-256 is checked against the
// one taken at import before it is offered.
import { Button, Progress, Stack } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { callApi } from '../api/client';
import { base64ToBytes, downloadBlob } from '../components/file-bytes';
import { notifyError } from '../components/notify';

async function sha256Hex(blob: Blob): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', await blob.arrayBuffer());
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

export function DownloadOriginalButton({ fileId, fileName }: { fileId: number; fileName: string }) {
  const [fraction, setFraction] = useState<number | null>(null);
  const download = async () => {
    setFraction(0);
    try {
      const parts: Uint8Array<ArrayBuffer>[] = [];
      const first = await callApi('getCyclingFileChunk', { fileId, seq: 0 });
      parts.push(base64ToBytes(first.contentBase64));
      for (let seq = 1; seq < first.chunkCount; seq += 1) {
        setFraction(seq / first.chunkCount);
        const chunk = await callApi('getCyclingFileChunk', { fileId, seq });
        parts.push(base64ToBytes(chunk.contentBase64));
      }
      const blob = new Blob(parts, { type: 'application/octet-stream' });
      const sha256 = await sha256Hex(blob);
      if (sha256 !== first.sha256) throw new Error(`${fileName}: the copy read back does not match its SHA-256 (${sha256.slice(0, 12)}… instead of ${first.sha256.slice(0, 12)}…)`);
      downloadBlob(fileName, blob);
    } catch (error) {
      notifyError(`Could not save ${fileName}`, error);
    } finally {
      setFraction(null);
    }
  };
  return (
    <Stack gap={2}>
      <Button size="compact-xs" variant="subtle" leftSection={<IconDownload size={12} />} onClick={() => void download()} loading={fraction !== null} aria-label={`Save the original ${fileName}`}>
        Original
      </Button>
      {fraction !== null && <Progress value={100 * fraction} size="xs" aria-label={`reading ${fileName}`} />}
    </Stack>
  );
}
