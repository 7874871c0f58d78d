// The patent's design rules on this build: each with its status, value against range, paragraph,
// and what is missing when it cannot be decided.
import { Badge, Paper, Table, Text, Title } from '@mantine/core';
import type { DesignRuleResult } from '../../../shared/cells/types';
import { num, RULE_STATUS_COLOR, RULE_STATUS_WORD } from './format';

export function DesignRulesPanel({ rules, title = 'Design rules of the patent' }: { rules: readonly DesignRuleResult[]; title?: string }) {
  return (
    <Paper withBorder p="md">
      <Title order={3} mb="sm">{title}</Title>
      <Table striped verticalSpacing={4} aria-label="Design rules" data-testid="design-rules">
        <Table.Thead>
          <Table.Tr><Table.Th w={70}>Status</Table.Th><Table.Th>Rule</Table.Th><Table.Th w={110} ta="right">Value</Table.Th><Table.Th w={130}>Range</Table.Th><Table.Th w={120}>Source</Table.Th></Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rules.map((rule) => (
            <Table.Tr key={rule.id} data-rule={rule.id} data-status={rule.status}>
              <Table.Td>
                <Badge size="xs" variant={rule.status === 'not_applicable' ? 'outline' : 'light'} color={RULE_STATUS_COLOR[rule.status]}>{RULE_STATUS_WORD[rule.status]}</Badge>
              </Table.Td>
              <Table.Td>
                <Text size="sm" fw={500}>{rule.title}</Text>
                <Text size="xs" c="dimmed">{rule.message}</Text>
                {rule.missing.length > 0 && <Text size="xs" c="dimmed">Needs: {rule.missing.join('; ')}</Text>}
              </Table.Td>
              <Table.Td ta="right">{num(rule.value, rule.unit)}</Table.Td>
              <Table.Td>{rule.range}</Table.Td>
              <Table.Td><Text size="xs">{rule.paragraph}</Text></Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
