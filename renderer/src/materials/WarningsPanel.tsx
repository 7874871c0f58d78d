// Lots that need attention, worst first; each opens its lot.
import { Alert, Anchor, List, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { Link } from 'wouter';
import { useApiQuery } from '../api/hooks';

const KIND_WORDS = { expired: 'Expired', used_up: 'Used up', low_stock: 'Low', open_too_long: 'Open too long' } as const;

export function WarningsPanel() {
  const warnings = useApiQuery('listInventoryWarnings', {});
  const list = warnings.data ?? [];
  if (list.length === 0) return null;
  return (
    <Alert color="yellow" icon={<IconAlertTriangle size={18} />} title={`${list.length} lot${list.length === 1 ? ' needs' : 's need'} attention`} data-testid="inventory-warnings">
      <List size="sm" spacing={2} style={{ maxHeight: 140, overflow: 'auto' }}>
        {list.map((warning) => (
          <List.Item key={`${warning.lotId}-${warning.kind}`}>
            <Text span fw={600} size="sm">
              {KIND_WORDS[warning.kind]}:
            </Text>{' '}
            <Anchor component={Link} href={`/lots/${warning.lotId}`} size="sm">
              {warning.materialName}, lot {warning.lotNumber}
            </Anchor>{' '}
            — {warning.message}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
