// The one way a Cellbook form checks itself and answers a refused save.
//
// How to use it in a form (any form: useState drafts or @mantine/form values alike):
//   const draft = { id, actualAmount: numberOrNull(amount), ... };          // the contract's input shape
//   const check = useFormCheck({ schema: api.recordBatchIngredient.input,   // the handler's own schema
//     value: draft, labels: { actualAmount: 'Actual amount', 'steps.*.text': 'Step' } });
//   <UnitNumberInput label="Actual amount" error={check.error('actualAmount')} … />
//   <FormProblem check={check} />                                          // the form-level sentence
//   <Button loading={check.busy} onClick={() => void check.submit(() => callApi('recordBatchIngredient', draft))}>
// Rules it keeps: a field's sentence shows beside the field once the field was changed or a save was
// tried; Save is never disabled for invalid values: submit() does nothing and the form says why;
// a refused save puts each issue beside its field (worded for people, no operation names) and the
// rest in the form-level sentence, and each clears as soon as its value changes.
// Live result panels: useLastValid(result) + <StaleResultNote check={check} /> (FormProblem.tsx).
import { useState } from 'react';
import type { z } from 'zod';
import { CellbookError } from '../../../shared/api-error';
import { fieldSentence, humanizeFieldKey, withoutOperationName } from '../../../shared/field-sentence';
import { formPath, isUnder, labelFor, valueAt, type FieldLabels } from './form-paths';

export interface FormIssue {
  path: string;
  /** The sentence to show, with the field's label: "Actual amount must be above 0". */
  sentence: string;
  /** Whether a field of the form shows it (otherwise it belongs to the form-level sentence). */
  onField: boolean;
}

export interface FormCheck {
  /** The sentence for a field (or anything nested under it), once it should be seen. */
  error(path: string): string | undefined;
  /** The form-level sentence: cross-field problems, refusals, and why Save did nothing. */
  problem: string | null;
  /** The values pass the handler's schema. */
  valid: boolean;
  /** No problem at or under this path (e.g. the part a live result is computed from). */
  validUnder(path: string): boolean;
  issues: FormIssue[];
  busy: boolean;
  /** Run the save if the values are valid; otherwise only show why nothing was saved. */
  submit<R>(run: () => Promise<R>): Promise<R | undefined>;
  /** Show a refusal that came from a call made outside submit(). */
  refuse(error: unknown): void;
  /** Start over from these values (a form that stays open after saving, e.g. a lot's use). */
  reset(value: unknown): void;
}

export type { FieldLabels } from './form-paths';

interface Refusal {
  fields: { path: string; message: string; seen: string }[];
  other: string | null;
  seenAll: string;
}

/**
 * `extra`: problems the schema cannot see (a file still uploading, a column not mapped yet), by
 * the path of the field they belong to ('' for the form); they stop a save like schema issues.
 */
export function useFormCheck<T>({ schema, value, labels, extra = [] }: { schema: z.ZodType; value: T; labels: FieldLabels; extra?: readonly { path: string; message: string }[] }): FormCheck {
  const [initialText, setInitialText] = useState(() => JSON.stringify(value));
  const [attempted, setAttempted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const initialValue: unknown = JSON.parse(initialText);
  const touched = (path: string) => valueAt(value, path) !== valueAt(initialValue, path);

  const parsed = schema.safeParse(value);
  const issues: FormIssue[] = [];
  // The form's own words first: a schema issue at the same path (an empty column list) is then left out.
  const found = [...extra.map((issue) => ({ ...issue, extra: true })), ...(parsed.success ? [] : parsed.error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message, extra: false })))];
  const preconditions = new Set<FormIssue>();
  for (const issue of found) {
    const path = issue.path;
    if (issues.some((seen) => seen.path === path)) continue;
    const label = labelFor(labels, path);
    const formIssue = { path, onField: label !== undefined, sentence: fieldSentence(label ?? humanizeFieldKey(path || 'value'), issue.message) };
    issues.push(formIssue);
    if (issue.extra) preconditions.add(formIssue);
  }
  const valid = issues.length === 0;
  const shown = (issue: FormIssue) => attempted || touched(issue.path);
  const liveRefusal = refusal && {
    fields: refusal.fields.filter((field) => valueAt(value, field.path) === field.seen),
    other: refusal.seenAll === JSON.stringify(value) ? refusal.other : null,
  };

  const error = (field: string): string | undefined => {
    const local = issues.find((issue) => isUnder(issue.path, field) && shown(issue));
    if (local) return local.sentence;
    return liveRefusal?.fields.find((refused) => isUnder(refused.path, field))?.message;
  };

  const sentences: string[] = [];
  // A precondition (still uploading) is said when Save is pressed; a cross-field problem as soon as anything changed.
  const crossField = issues.filter((issue) => !issue.onField && (attempted || (!preconditions.has(issue) && initialText !== JSON.stringify(value))));
  sentences.push(...crossField.map((issue) => issue.sentence));
  if (attempted && !valid) {
    const onFields = issues.filter((issue) => issue.onField).map((issue) => issue.sentence);
    sentences.unshift(`Nothing was saved${onFields.length ? `: ${onFields.join('; ')}` : ''}.`);
  }
  if (liveRefusal?.other) sentences.push(liveRefusal.other);
  const problem = sentences.length ? sentences.join(' ') : null;

  const refuse = (failure: unknown) => {
    const seenAll = JSON.stringify(value);
    if (!(failure instanceof CellbookError)) {
      setRefusal({ fields: [], other: failure instanceof Error ? failure.message : String(failure), seenAll });
      return;
    }
    const fields: Refusal['fields'] = [];
    const rest: string[] = [];
    for (const issue of failure.code === 'validation' ? (failure.issues ?? []) : []) {
      const path = formPath(labels, issue.field);
      const label = path === null ? humanizeFieldKey(issue.field || 'value') : (labelFor(labels, path) ?? '');
      const sentence = fieldSentence(label, issue.message);
      if (path === null) rest.push(sentence);
      else fields.push({ path, message: sentence, seen: valueAt(value, path) });
    }
    // A refusal without field issues (not enough left in a lot, a duplicate) is a sentence to read whole.
    const other = failure.code !== 'validation' || !failure.issues?.length ? withoutOperationName(failure.message) : rest.length ? `${rest.join('; ')}.` : null;
    setRefusal({ fields, other, seenAll });
  };

  const submit = async <R>(run: () => Promise<R>): Promise<R | undefined> => {
    setAttempted(true);
    if (!valid) return undefined;
    setBusy(true);
    setRefusal(null);
    try {
      return await run();
    } catch (failure) {
      refuse(failure);
      return undefined;
    } finally {
      setBusy(false);
    }
  };

  const reset = (next: unknown) => {
    setInitialText(JSON.stringify(next));
    setAttempted(false);
    setRefusal(null);
  };

  const validUnder = (path: string) => !issues.some((issue) => isUnder(issue.path, path));
  return { error, problem, valid, validUnder, issues, busy, submit, refuse, reset };
}
