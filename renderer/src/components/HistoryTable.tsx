// Every change to the notebook, newest first, with what changed from what to what.
import { Badge, Button, Center, Paper, Stack, Text, Title } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { readableChange } from '../../../shared/history-diff';
import { recordLabel } from '../../../shared/history-fields';
import type { FieldChange, HistoryEntry } from '../../../shared/schemas/history';
import { callApi } from '../api/client';
import { VirtualTable, type VirtualColumn } from '../components/VirtualTable';
import { formatLocalDateTime } from '../notebook/format';

const PAGE_ENTRIES = 200;

const ACTION_COLORS: Record<HistoryEntry['action'], string> = { insert: 'teal', update: 'blue', archive: 'gray', restore: 'grape' };

const columns: VirtualColumn<HistoryEntry>[] = [
  { key: 'at', header: 'When', width: 140, render: (entry) => <Text size="sm" style={{ whiteSpace: 'nowrap' }}>{formatLocalDateTime(entry.at)}</Text> },
  { key: 'operator', header: 'Who', width: 120, render: (entry) => entry.operator },
  { key: 'action', header: 'Action', width: 80, render: (entry) => <Badge size="xs" variant="light" color={ACTION_COLORS[entry.action]}>{entry.action}</Badge> },
  { key: 'record', header: 'Record', width: 160, render: (entry) => recordLabel(entry.table, entry.recordId) },
  {
    key: 'changes',
    header: 'Changes',
    render: (entry) => (
      <Stack gap={0}>
        {entry.changes.map((change) => (
          <ChangeLine key={change.field} change={change} />
        ))}
      </Stack>
    ),
  },
];

/** "Molar mass (g/mol): — → 268.364"; a JSON field also lists what changed inside it. */
function ChangeLine({ change }: { change: FieldChange }) {
  const readable = readableChange(change);
  return (
    <div>
      <Text size="xs">
        <Text span size="xs" fw={600}>
          {readable.label}:
        </Text>{' '}
        {readable.before} → {readable.after}
      </Text>
      {readable.details.map((line) => (
        <Text key={line} size="xs" c="dimmed" pl="sm">
          {line}
        </Text>
      ))}
    </div>
  );
}

interface HistoryTableProps {
  /** Only this table's entries (and, with recordId, one record's). */
  table?: string;
  recordId?: string;
  title?: string;
  height?: number;
}

export function HistoryTable({ table, recordId, title = 'History', height = 360 }: HistoryTableProps) {
  const filter = { ...(table ? { table } : {}), ...(recordId ? { recordId } : {}) };
  const history = useInfiniteQuery({
    queryKey: ['listHistory', 'pages', filter],
    queryFn: ({ pageParam }) => callApi('listHistory', pageParam === null ? { limit: PAGE_ENTRIES, ...filter } : { limit: PAGE_ENTRIES, beforeId: pageParam, ...filter }),
    initialPageParam: null as number | null,
    getNextPageParam: (page) => page.nextBeforeId,
  });
  const entries = history.data?.pages.flatMap((page) => page.entries) ?? [];

  return (
    <Paper withBorder p="md">
      <Title order={3} mb="sm">
        {title}
      </Title>
      <VirtualTable
        label={title === 'History' ? 'History of changes' : title}
        rows={entries}
        columns={columns}
        rowKey={(entry) => entry.id}
        height={entries.length < 8 ? 'auto' : height}
        empty={history.isLoading ? 'Loading…' : table ? 'No changes recorded yet.' : 'No changes recorded yet. Every change to this notebook will be listed here.'}
        footer={
          history.hasNextPage ? (
            <Center p="xs">
              <Button variant="subtle" onClick={() => void history.fetchNextPage()} loading={history.isFetchingNextPage}>
                Load older entries
              </Button>
            </Center>
          ) : null
        }
      />
    </Paper>
  );
}
