// Files attached to a record: certificates of analysis, datasheets, photos.
import { ActionIcon, Anchor, FileButton, Group, Paper, Stack, Text, Title, Tooltip } from '@mantine/core';
import { IconPaperclip, IconX } from '@tabler/icons-react';
import { formatBytes } from '../../../shared/format/bytes';
import { ATTACHMENT_MAX_BYTES, type Attachment } from '../../../shared/schemas/attachments';
import { callApi } from '../api/client';
import { useApiQuery } from '../api/hooks';
import { downloadBase64, fileToBase64 } from './file-bytes';
import { notifyError, notifySuccess } from './notify';

export function AttachmentsPanel({ recordTable, recordId, hint }: { recordTable: Attachment['recordTable']; recordId: number; hint?: string }) {
  const attachments = useApiQuery('listAttachments', { recordTable, recordId });

  const attach = async (file: File | null) => {
    if (!file) return;
    if (file.size > ATTACHMENT_MAX_BYTES) {
      notifyError('File too large', new Error(`${file.name} is ${formatBytes(file.size)}; attachments can be at most ${formatBytes(ATTACHMENT_MAX_BYTES)}`));
      return;
    }
    try {
      await callApi('addAttachment', { recordTable, recordId, fileName: file.name, mediaType: file.type || 'application/octet-stream', contentBase64: await fileToBase64(file), note: null });
      notifySuccess(`Attached ${file.name}`);
    } catch (error) {
      notifyError(`Could not attach ${file.name}`, error);
    }
  };

  const open = async (id: number) => {
    try {
      const content = await callApi('getAttachmentContent', { id });
      downloadBase64(content.fileName, content.mediaType, content.contentBase64);
    } catch (error) {
      notifyError('Could not open the attachment', error);
    }
  };

  return (
    <Paper withBorder p="md">
      <Group justify="space-between" mb="xs">
        <Title order={3}>Attachments</Title>
        <FileButton onChange={(file) => void attach(file)}>
          {(props) => (
            <Anchor component="button" size="sm" {...props}>
              <Group gap={4}>
                <IconPaperclip size={14} /> Attach a file
              </Group>
            </Anchor>
          )}
        </FileButton>
      </Group>
      <Stack gap={4}>
        {(attachments.data ?? []).length === 0 && (
          <Text size="sm" c="dimmed">
            No files. {hint ?? 'Attach the certificate of analysis or the datasheet'} (at most {formatBytes(ATTACHMENT_MAX_BYTES)}).
          </Text>
        )}
        {(attachments.data ?? []).map((attachment) => (
          <Group key={attachment.id} gap="xs">
            <Anchor component="button" size="sm" onClick={() => void open(attachment.id)}>
              {attachment.fileName}
            </Anchor>
            <Text size="xs" c="dimmed">
              {formatBytes(attachment.byteLength)}
            </Text>
            <Tooltip label="Remove from this record (the file stays in the notebook's history)">
              <ActionIcon
                size="xs"
                variant="subtle"
                color="gray"
                aria-label={`remove ${attachment.fileName}`}
                onClick={() => callApi('archiveAttachment', { id: attachment.id }).catch((error: unknown) => notifyError('Could not remove', error))}
              >
                <IconX size={12} />
              </ActionIcon>
            </Tooltip>
          </Group>
        ))}
      </Stack>
    </Paper>
  );
}
