// The one way Cellbook shows ordered steps (a recipe's, a batch's, a press plan's, and each of
// them printed on a run sheet): number, what is done and its kind, the set points, then whatever
// the screen adds (as run, checks, write-in lines, actions). Striped on screen, ruled on paper.
import { Table, Text } from '@mantine/core';
import type { HTMLAttributes, Key, ReactNode } from 'react';

export interface StepsTableColumn<Step> {
  key: string;
  header: ReactNode;
  /** In px; the step and set-point columns share what is left. */
  width?: number;
  render: (step: Step, index: number) => ReactNode;
}

interface StepsTableProps<Step> {
  /** The table's accessible name ("Steps", "Batch steps", "Press plan steps"). */
  label: string;
  steps: readonly Step[];
  stepKey: (step: Step, index: number) => Key;
  /** What is done, in the lab's words ("Anode + SE layer → assembly"). */
  title: (step: Step) => ReactNode;
  /** The step's kind under its title ("Dry", "Hot plate press"). */
  kind: (step: Step) => ReactNode;
  setPoints: (step: Step) => ReactNode;
  setPointsWidth?: number;
  columns?: readonly StepsTableColumn<Step>[];
  /** Ruled cells for a printed sheet instead of striped rows. */
  printed?: boolean;
  /** Extra attributes on each row (data-* for tests, a highlight). */
  rowProps?: (step: Step, index: number) => HTMLAttributes<HTMLTableRowElement> & Record<`data-${string}`, string | number | undefined>;
  empty?: ReactNode;
}

export function StepsTable<Step>({ label, steps, stepKey, title, kind, setPoints, setPointsWidth, columns = [], printed = false, rowProps, empty }: StepsTableProps<Step>) {
  return (
    <Table striped={!printed} withTableBorder={printed} withColumnBorders={printed} aria-label={label}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={30}>#</Table.Th>
          <Table.Th>Step</Table.Th>
          <Table.Th w={setPointsWidth}>Set points</Table.Th>
          {columns.map((column) => (
            <Table.Th key={column.key} w={column.width}>{column.header}</Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {steps.length === 0 && empty && (
          <Table.Tr>
            <Table.Td colSpan={3 + columns.length}><Text size="sm" c="dimmed">{empty}</Text></Table.Td>
          </Table.Tr>
        )}
        {steps.map((step, index) => (
          <Table.Tr key={stepKey(step, index)} style={{ verticalAlign: 'top' }} {...rowProps?.(step, index)}>
            <Table.Td>{index + 1}</Table.Td>
            <Table.Td>
              <Text size="sm" fw={500}>{title(step)}</Text>
              <Text size="xs" c="dimmed" component="div">{kind(step)}</Text>
            </Table.Td>
            <Table.Td>{setPoints(step)}</Table.Td>
            {columns.map((column) => (
              <Table.Td key={column.key}>{column.render(step, index)}</Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
