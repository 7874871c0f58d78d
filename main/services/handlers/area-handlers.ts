// The handler map of one area of the contract: one function per operation of that area's part,
// typed from its schemas, so a missing or mistyped handler is a compile error in the area's file.
import type { z } from 'zod';
import type { Operation } from '../../../shared/api/operation';
import type { ServiceContext } from '../context';

export type AreaHandlers<A extends Record<string, Operation>> = {
  [N in keyof A]: (ctx: ServiceContext, input: z.output<A[N]['input']>) => z.output<A[N]['output']> | Promise<z.output<A[N]['output']>>;
};
