// The patent's design rules on this build: each with its status, value against range, paragraph,
// and what is missing when it cannot be decided. A warning can be acknowledged with a reason; it
// then shows muted with the reason and is counted apart.
import { Badge, Button, Group, Paper, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { AcknowledgedRule } from '../../../shared/cells/rule-acknowledgements';
import { countRules } from '../../../shared/cells/rule-acknowledgements';
import type { DesignRuleResult } from '../../../shared/cells/types';
import { callApi } from '../api/client';
import { notifyError } from '../components/notify';
import { formatLocalDateTime } from '../notebook/format';
import { AcknowledgeRuleModal } from './AcknowledgeRuleModal';
import { num, RULE_STATUS_COLOR, RULE_STATUS_WORD } from './format';

type PanelRule = DesignRuleResult & Partial<Pick<AcknowledgedRule, 'acknowledgement'>>;

interface DesignRulesPanelProps {
  rules: readonly PanelRule[];
  title?: string;
  /** A saved build whose warnings can be acknowledged here. */
  buildId?: number;
  editable?: boolean;
}

export function DesignRulesPanel({ rules, title = 'Design rules of the patent', buildId, editable = false }: DesignRulesPanelProps) {
  const [acknowledging, setAcknowledging] = useState<DesignRuleResult | null>(null);
  const counts = countRules(rules.map((rule) => ({ ...rule, acknowledgement: rule.acknowledgement ?? null })));
  const withdraw = (rule: DesignRuleResult) =>
    buildId !== undefined && callApi('withdrawRuleAcknowledgement', { buildId, ruleId: rule.id }).catch((error: unknown) => notifyError('Could not withdraw the acknowledgement', error));
  return (
    <Paper withBorder p="md">
      <Group justify="space-between" mb="sm">
        <Title order={3}>{title}</Title>
        <Text size="sm" c="dimmed" data-testid="rule-counts">
          {counts.warn} {counts.warn === 1 ? 'warning needs' : 'warnings need'} a look{counts.acknowledged > 0 ? `, ${counts.acknowledged} acknowledged` : ''}
        </Text>
      </Group>
      <Table striped verticalSpacing={4} aria-label="Design rules" data-testid="design-rules">
        <Table.Thead>
          <Table.Tr><Table.Th w={70}>Status</Table.Th><Table.Th>Rule</Table.Th><Table.Th w={110} ta="right">Value</Table.Th><Table.Th w={130}>Range</Table.Th><Table.Th w={120}>Source</Table.Th></Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rules.map((rule) => {
            const acknowledgement = rule.acknowledgement ?? null;
            return (
            <Table.Tr key={rule.id} data-rule={rule.id} data-status={rule.status} data-acknowledged={acknowledgement ? 'true' : undefined} style={acknowledgement ? { opacity: 0.65 } : undefined}>
              <Table.Td>
                {acknowledgement ? (
                  <Badge size="xs" variant="outline" color="gray" title="A warning accepted with a reason">acknowledged</Badge>
                ) : (
                  <Badge size="xs" variant={rule.status === 'not_applicable' ? 'outline' : 'light'} color={RULE_STATUS_COLOR[rule.status]}>{RULE_STATUS_WORD[rule.status]}</Badge>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm" fw={500}>{rule.title}</Text>
                <Text size="xs" c="dimmed">{rule.message}</Text>
                {rule.missing.length > 0 && <Text size="xs" c="dimmed">Needs: {rule.missing.join('; ')}</Text>}
                {acknowledgement && (
                  <Text size="xs" c="dimmed" data-testid="acknowledgement">
                    Acknowledged by {acknowledgement.operator} on {formatLocalDateTime(acknowledgement.at)}: {acknowledgement.reason}
                  </Text>
                )}
                {editable && buildId !== undefined && rule.status === 'warn' && (
                  <Group gap="xs" mt={2}>
                    {acknowledgement ? (
                      <Button size="compact-xs" variant="subtle" color="gray" onClick={() => void withdraw(rule)}>Withdraw acknowledgement</Button>
                    ) : (
                      <Button size="compact-xs" variant="subtle" onClick={() => setAcknowledging(rule)}>Acknowledge…</Button>
                    )}
                  </Group>
                )}
              </Table.Td>
              <Table.Td ta="right">{num(rule.value, rule.unit)}</Table.Td>
              <Table.Td>{rule.range}</Table.Td>
              <Table.Td><Text size="xs">{rule.paragraph}</Text></Table.Td>
            </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      {acknowledging && buildId !== undefined && <AcknowledgeRuleModal buildId={buildId} rule={acknowledging} onClose={() => setAcknowledging(null)} />}
    </Paper>
  );
}
