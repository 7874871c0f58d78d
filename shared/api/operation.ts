// One operation of the API contract: its input and output schemas and a one-line doc. Each area's
// file (shared/api/<area>.ts) lists its operations with these; shared/api.ts assembles them.
import { z } from 'zod';

export interface Operation<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  doc: string;
  input: I;
  output: O;
}

export function operation<I extends z.ZodType, O extends z.ZodType>(op: Operation<I, O>): Operation<I, O> {
  return op;
}

/** Operations that take nothing still take an object, so that every call has the same shape. */
export const noInput = z.object({}).strict();
