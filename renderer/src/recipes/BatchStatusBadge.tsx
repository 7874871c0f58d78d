import { Badge } from '@mantine/core';
import type { Batch } from '../../../shared/schemas/batches';

const COLOR = { in_progress: 'blue', finished: 'teal', abandoned: 'gray' } as const;
const WORD = { in_progress: 'in progress', finished: 'finished', abandoned: 'abandoned' } as const;

export function BatchStatusBadge({ status }: { status: Batch['status'] }) {
  return (
    <Badge size="xs" variant="light" color={COLOR[status]}>
      {WORD[status]}
    </Badge>
  );
}
