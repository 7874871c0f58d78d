// A Mantine table that renders only the rows in view (TanStack Virtual), for lists that grow to
// tens of thousands of rows: history, lots, cycles. Spacer rows above and below the visible
// window keep it a real <table>, so screen readers and keyboard users get table semantics.
// A list page's table fills the window down to its bottom (height="fill") and says how many rows
// there are and which are in view; a table whose columns cannot narrow further (numbers do not
// wrap) scrolls sideways with its first column kept in view, instead of being cut.
import { Table, Text, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp } from '@tabler/icons-react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef, useState, type CSSProperties, type ReactNode } from 'react';
import { useFillWindowHeight } from './use-fill-window-height';

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
  /** 'fill': down to the bottom of the window (list pages); otherwise a CSS height. */
  height: number | string | 'fill';
  /** What a row is, for the count under the table: ['material', 'materials']. */
  noun?: readonly [string, string];
  empty: ReactNode;
  /** Rendered after the last row when the user scrolls to it (e.g. "Load older"). */
  footer?: ReactNode;
  label: string;
  /** Called with a row when it is clicked or Enter is pressed on it. */
  onOpen?: (row: Row) => void;
  initialSort?: Sort;
}

/** The first column stays in view when the table scrolls sideways (opaque, so rows slide under it). */
function stickyFirst(index: number, header: boolean): CSSProperties | undefined {
  if (index !== 0) return undefined;
  return { position: 'sticky', left: 0, zIndex: header ? 3 : 1, background: 'var(--mantine-color-body)', boxShadow: 'inset -1px 0 0 var(--table-border-color)' };
}

export function VirtualTable<Row>({ rows: unsorted, columns, rowKey, rowHeight = 30, height, noun, empty, footer, label, onOpen, initialSort = null }: VirtualTableProps<Row>) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [view, setView] = useState({ first: 0, last: 0, wide: false });
  useFillWindowHeight(scrollRef, height === 'fill');
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
    // Which rows are in view (not the overscan), for "1–14 in view, scroll for more".
    onChange: (instance) => {
      const element = scrollRef.current;
      if (!element) return;
      const header = element.querySelector('thead')?.getBoundingClientRect().height ?? 0;
      const top = instance.scrollOffset ?? 0;
      const bottom = top + element.clientHeight - header;
      const shown = instance.getVirtualItems().filter((item) => item.end > top + 1 && item.start < bottom - 1);
      const next = { first: shown[0]?.index ?? 0, last: shown.at(-1)?.index ?? 0, wide: element.scrollWidth > element.clientWidth + 1 };
      setView((current) => (current.first === next.first && current.last === next.last && current.wide === next.wide ? current : next));
    },
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

  const all = view.first === 0 && view.last >= rows.length - 1;
  const count = noun ? `${rows.length} ${rows.length === 1 ? noun[0] : noun[1]}` : `${rows.length} rows`;
  return (
    <div>
    <div
      ref={scrollRef}
      style={{ height: height === 'fill' ? 400 : height, overflow: 'auto' }}
      tabIndex={0}
      role="region"
      aria-label={label}
    >
      <Table stickyHeader striped highlightOnHover aria-rowcount={rows.length}>
        <Table.Thead>
          <Table.Tr>
            {columns.map((column, index) => {
              const active = sort?.key === column.key;
              return (
                <Table.Th
                  key={column.key}
                  style={{ width: column.width, textAlign: column.align, whiteSpace: 'nowrap', ...stickyFirst(index, true) }}
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
                {columns.map((column, index) => (
                  <Table.Td key={column.key} style={{ textAlign: column.align, ...stickyFirst(index, false) }}>
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
    {(noun || !all || view.wide) && (
      <Text size="xs" c="dimmed" mt={4} data-testid="table-count" aria-live="polite">
        {all ? count : `${count}: ${view.first + 1}–${view.last + 1} in view, scroll for more`}
        {view.wide ? '; scroll sideways for more columns' : ''}
      </Text>
    )}
    </div>
  );
}
