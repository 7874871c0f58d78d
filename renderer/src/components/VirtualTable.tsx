// A Mantine table that renders only the rows in view (TanStack Virtual), for lists that grow to
// tens of thousands of rows: history, lots, cycles. Spacer rows above and below the visible
// window keep it a real <table>, so screen readers and keyboard users get table semantics.
import { Table, Text, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp } from '@tabler/icons-react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef, useState, type ReactNode } from 'react';

export interface VirtualColumn<Row> {
  key: string;
  header: string;
  width?: number | string;
  align?: 'left' | 'right';
  render: (row: Row) => ReactNode;
  /** Makes the column sortable by this value (nulls last). */
  sortValue?: (row: Row) => string | number | null;
}

type Sort = { key: string; direction: 1 | -1 } | null;

function compareValues(a: string | number | null, b: string | number | null): number {
  if (a === null) return b === null ? 0 : 1;
  if (b === null) return -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b), undefined, { numeric: true, sensitivity: 'base' });
}

interface VirtualTableProps<Row> {
  rows: readonly Row[];
  columns: readonly VirtualColumn<Row>[];
  rowKey: (row: Row) => string | number;
  /** Estimated row height in px; rows may be taller (they are measured). */
  rowHeight?: number;
  height: number | string;
  empty: ReactNode;
  /** Rendered after the last row when the user scrolls to it (e.g. "Load older"). */
  footer?: ReactNode;
  label: string;
  /** Called with a row when it is clicked or Enter is pressed on it. */
  onOpen?: (row: Row) => void;
  initialSort?: Sort;
}

export function VirtualTable<Row>({ rows: unsorted, columns, rowKey, rowHeight = 30, height, empty, footer, label, onOpen, initialSort = null }: VirtualTableProps<Row>) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [sort, setSort] = useState<Sort>(initialSort);
  const rows = useMemo(() => {
    const column = sort ? columns.find((candidate) => candidate.key === sort.key) : undefined;
    if (!sort || !column?.sortValue) return unsorted;
    const value = column.sortValue;
    // Nulls stay last whichever way the column is sorted.
    return [...unsorted].sort((a, b) => {
      const va = value(a);
      const vb = value(b);
      if (va === null || vb === null) return compareValues(va, vb);
      return sort.direction * compareValues(va, vb);
    });
  }, [unsorted, sort, columns]);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const paddingTop = items[0]?.start ?? 0;
  const paddingBottom = items.length > 0 ? virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0) : 0;

  if (rows.length === 0) {
    return (
      <Text c="dimmed" size="sm" py="md" ta="center">
        {empty}
      </Text>
    );
  }

  return (
    <div ref={scrollRef} style={{ height, overflow: 'auto' }} tabIndex={0} role="region" aria-label={label}>
      <Table stickyHeader striped highlightOnHover aria-rowcount={rows.length}>
        <Table.Thead>
          <Table.Tr>
            {columns.map((column) => {
              const active = sort?.key === column.key;
              return (
                <Table.Th
                  key={column.key}
                  style={{ width: column.width, textAlign: column.align }}
                  aria-sort={active ? (sort.direction === 1 ? 'ascending' : 'descending') : undefined}
                >
                  {column.sortValue ? (
                    <UnstyledButton
                      fz="sm"
                      fw={600}
                      onClick={() => setSort(active && sort.direction === 1 ? { key: column.key, direction: -1 } : { key: column.key, direction: 1 })}
                    >
                      {column.header}
                      {active && (sort.direction === 1 ? <IconArrowUp size={12} /> : <IconArrowDown size={12} />)}
                    </UnstyledButton>
                  ) : (
                    column.header
                  )}
                </Table.Th>
              );
            })}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {paddingTop > 0 && (
            <tr aria-hidden>
              <td style={{ height: paddingTop, padding: 0 }} colSpan={columns.length} />
            </tr>
          )}
          {items.map((item) => {
            const row = rows[item.index] as Row;
            return (
              <Table.Tr
                key={rowKey(row)}
                data-index={item.index}
                ref={virtualizer.measureElement}
                aria-rowindex={item.index + 2}
                tabIndex={onOpen ? 0 : undefined}
                style={onOpen ? { cursor: 'pointer' } : undefined}
                onClick={onOpen ? () => onOpen(row) : undefined}
                onKeyDown={onOpen ? (event) => event.key === 'Enter' && onOpen(row) : undefined}
              >
                {columns.map((column) => (
                  <Table.Td key={column.key} style={{ textAlign: column.align }}>
                    {column.render(row)}
                  </Table.Td>
                ))}
              </Table.Tr>
            );
          })}
          {paddingBottom > 0 && (
            <tr aria-hidden>
              <td style={{ height: paddingBottom, padding: 0 }} colSpan={columns.length} />
            </tr>
          )}
        </Table.Tbody>
      </Table>
      {footer}
    </div>
  );
}
