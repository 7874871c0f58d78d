// Who history entries are attributed to. The field is checked with the same schema the handler
// uses, so the form and the notebook agree on what a valid name is.
import { Button, Group, Paper, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect } from 'react';
import { OPERATOR_NAME_MAX_CHARS } from '../../../shared/limits';
import { notebookSettingsUpdateSchema } from '../../../shared/schemas/settings';
import { callApi } from '../api/client';
import { useApiQuery } from '../api/hooks';
import { FormProblem } from '../components/FormProblem';
import { notifySuccess } from '../components/notify';
import { useFormCheck } from '../components/use-form-check';

export function OperatorForm() {
  const settings = useApiQuery('getSettings', {});
  const form = useForm({ mode: 'controlled', initialValues: { operator: '' } });
  // Empty means "use the computer account name".
  const trimmed = form.getValues().operator.trim();
  const input = { operator: trimmed === '' ? null : trimmed };
  const check = useFormCheck({ schema: notebookSettingsUpdateSchema, value: input, labels: { operator: 'Operator name' } });

  const stored = settings.data?.operator ?? '';
  useEffect(() => {
    form.setValues({ operator: stored });
    form.resetDirty({ operator: stored });
    // Only when the stored value changes, not on every keystroke.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [stored]);

  const save = form.onSubmit(async () => {
    const saved = await check.submit(() => callApi('updateSettings', input));
    if (saved) notifySuccess(`History now records changes as ${saved.effectiveOperator}`);
  });

  return (
    <Paper withBorder p="md">
      <form onSubmit={save} noValidate>
        <Title order={3} mb={4}>
          Operator
        </Title>
        <Text size="xs" c="dimmed" mb="sm">
          Every change is recorded with who made it. Leave the name empty to record the computer account name instead.
        </Text>
        <Group align="flex-start" gap="xs">
          <TextInput
            label="Operator name"
            placeholder="e.g. M. Kim"
            maxLength={OPERATOR_NAME_MAX_CHARS + 20 /* room to see the limit message rather than a silent stop */}
            w={280}
            {...form.getInputProps('operator')}
            error={check.error('operator')}
          />
          <Button type="submit" mt={25} loading={check.busy}>
            Save
          </Button>
        </Group>
        <FormProblem check={check} />
      </form>
    </Paper>
  );
}
