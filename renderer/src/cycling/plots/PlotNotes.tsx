// What a plot could not draw, in the sentences main wrote ("cycle 3 has no discharge").
import { List } from '@mantine/core';

export function PlotNotes({ notes }: { notes: readonly string[] }) {
  if (notes.length === 0) return null;
  return (
    <List size="xs" c="dimmed" spacing={0} data-testid="plot-notes">
      {notes.map((note) => <List.Item key={note}>{note}</List.Item>)}
    </List>
  );
}
