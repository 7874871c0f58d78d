// Ticking rows of a list (builds, cycling tests, lots) to compare them or print their labels: a checkbox column that does not
// open the row, and the "Compare selected" button that takes the ticked rows to Compare.
import { Button, Checkbox } from '@mantine/core';
import { IconChartDots3 } from '@tabler/icons-react';
import { useCallback, useState } from 'react';
import { useLocation } from 'wouter';
import type { VirtualColumn } from '../components/VirtualTable';
import { comparePath } from './compare-route';

export function useSelection(): { selected: number[]; toggle: (id: number) => void } {
  const [selected, setSelected] = useState<number[]>([]);
  const toggle = useCallback((id: number) => setSelected((ids) => (ids.includes(id) ? ids.filter((other) => other !== id) : [...ids, id])), []);
  return { selected, toggle };
}

export function selectColumn<Row>(selected: readonly number[], toggle: (id: number) => void, idOf: (row: Row) => number, nameOf: (row: Row) => string, purpose = 'to compare'): VirtualColumn<Row> {
  return {
    key: 'select',
    header: '',
    width: 36,
    render: (row) => (
      // The row opens on click and Enter; the checkbox keeps both to itself.
      <span onClick={(event) => event.stopPropagation()} onKeyDown={(event) => event.stopPropagation()}>
        <Checkbox size="xs" aria-label={`Select ${nameOf(row)} ${purpose}`} checked={selected.includes(idOf(row))} onChange={() => toggle(idOf(row))} />
      </span>
    ),
  };
}

export function CompareSelectedButton({ kind, selected }: { kind: 'builds' | 'tests'; selected: readonly number[] }) {
  const [, navigate] = useLocation();
  return (
    <Button variant="light" leftSection={<IconChartDots3 size={14} />} disabled={selected.length === 0} onClick={() => navigate(comparePath(kind === 'builds' ? { buildIds: [...selected] } : { testIds: [...selected] }))}>
      Compare selected{selected.length > 0 ? ` (${selected.length})` : ''}
    </Button>
  );
}
