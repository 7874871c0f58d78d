// Accepting one design-rule warning on a build, with the reason the lab will read later (kept in
// the build's history).
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { api } from '../../../shared/api';
import type { DesignRuleResult } from '../../../shared/cells/types';
import { ACKNOWLEDGEMENT_REASON_MAX_CHARS } from '../../../shared/schemas/rule-acknowledgements';
import { callApi } from '../api/client';
import { FormProblem } from '../components/FormProblem';
import { notifySuccess } from '../components/notify';
import { useFormCheck } from '../components/use-form-check';

export function AcknowledgeRuleModal({ buildId, rule, onClose }: { buildId: number; rule: DesignRuleResult; onClose: () => void }) {
  const [reason, setReason] = useState('');
  const draft = { buildId, ruleId: rule.id, reason };
  const check = useFormCheck({ schema: api.acknowledgeRuleWarning.input, value: draft, labels: { reason: 'Reason' } });
  const save = () =>
    void check.submit(async () => {
      await callApi('acknowledgeRuleWarning', draft);
      notifySuccess(`"${rule.title}" acknowledged`);
      onClose();
    });

  return (
    <Modal opened onClose={onClose} title={`Acknowledge "${rule.title}"`} size="lg">
      <Stack gap="sm">
        <Text size="sm">{rule.message}</Text>
        <Text size="xs" c="dimmed">
          The warning stays on the build, shown muted with your reason and counted apart from those that still need a look. If the build changes and the warning reads differently, it asks for a look again.
        </Text>
        <Textarea
          label="Why is this warning acceptable for this build?"
          description={`Up to ${ACKNOWLEDGEMENT_REASON_MAX_CHARS} characters; kept in the build's history`}
          autosize
          minRows={2}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          error={check.error('reason')}
          data-autofocus
        />
        <FormProblem check={check} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>Cancel</Button>
          <Button onClick={save} loading={check.busy}>Acknowledge</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
