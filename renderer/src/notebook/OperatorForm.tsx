// Who history entries are attributed to. The field is checked with the same schema the handler
// uses, so the form and the notebook agree on what a valid name is.
import { Button, Group, Paper, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect } from 'react';
import { OPERATOR_NAME_MAX_CHARS } from '../../../shared/limits';
import { operatorNameSchema } from '../../../shared/schemas/settings';
import { useApiMutation, useApiQuery } from '../api/hooks';
import { notifyError, notifySuccess } from '../components/notify';

export function OperatorForm() {
  const settings = useApiQuery('getSettings', {});
  const update = useApiMutation('updateSettings');
  const form = useForm({
    mode: 'controlled',
    initialValues: { operator: '' },
    validate: {
      operator: (value) => {
        if (value.trim() === '') return null; // empty = use the computer account name
        const result = operatorNameSchema.safeParse(value);
        return result.success ? null : (result.error.issues[0]?.message ?? 'not a valid name');
      },
    },
  });

  const stored = settings.data?.operator ?? '';
  useEffect(() => {
    form.setValues({ operator: stored });
    form.resetDirty({ operator: stored });
    // Only when the stored value changes, not on every keystroke.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [stored]);

  const save = form.onSubmit(({ operator }) => {
    const trimmed = operator.trim();
    update.mutate(
      { operator: trimmed === '' ? null : trimmed },
      {
        onSuccess: (saved) => notifySuccess(`History now records changes as ${saved.effectiveOperator}`),
        onError: (error) => {
          const fieldIssue = error.issues?.find((issue) => issue.field === 'operator');
          if (fieldIssue) form.setFieldError('operator', fieldIssue.message);
          else notifyError('Could not save the operator name', error);
        },
      },
    );
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
        <Group align="flex-end" gap="xs">
          <TextInput
            label="Operator name"
            placeholder="e.g. M. Kim"
            maxLength={OPERATOR_NAME_MAX_CHARS + 20 /* room to see the limit message rather than a silent stop */}
            w={280}
            {...form.getInputProps('operator')}
          />
          <Button type="submit" loading={update.isPending} disabled={!form.isDirty()}>
            Save
          </Button>
        </Group>
      </form>
    </Paper>
  );
}
