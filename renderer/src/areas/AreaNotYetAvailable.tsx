import { Container } from '@mantine/core';
import { EmptyState } from '../components/EmptyState';
import type { Area } from '../shell/areas';

/** The empty state of an area whose screens this version of Cellbook does not have yet. */
export function AreaNotYetAvailable({ area }: { area: Area }) {
  return (
    <Container size="md">
      <EmptyState icon={area.icon} title={`${area.label}: nothing here yet`}>
        {area.purpose} This version of Cellbook does not record these yet; the Notebook area works today.
      </EmptyState>
    </Container>
  );
}
