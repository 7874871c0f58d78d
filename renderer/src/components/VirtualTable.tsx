// A Mantine table that renders only the rows in view (TanStack Virtual), for lists that grow to
// tens of thousands of rows: history, lots, cycles. Spacer rows above and below the visible
// window keep it a real <table>, so screen readers and keyboard users get table semantics.
import { Table, Text } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, type ReactNode } from 'react';

export interface VirtualColumn<Row> {
  key: string;
  header: string;
  width?: number | string;
  render: (row: Row) => ReactNode;
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
}

export function VirtualTable<Row>({ rows, columns, rowKey, rowHeight = 30, height, empty, footer, label }: VirtualTableProps<Row>) {
  const scrollRef = useRef<HTMLDivElement>(null);
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
            {columns.map((column) => (
              <Table.Th key={column.key} style={{ width: column.width }}>
                {column.header}
              </Table.Th>
            ))}
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
              <Table.Tr key={rowKey(row)} data-index={item.index} ref={virtualizer.measureElement} aria-rowindex={item.index + 2}>
                {columns.map((column) => (
                  <Table.Td key={column.key}>{column.render(row)}</Table.Td>
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
