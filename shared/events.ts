// Events pushed from main to the renderer (IPC in Electron, a streamed response in browser mode).
import { z } from 'zod';
import { jobStatusSchema } from './schemas/jobs';

export const appEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('job'), job: jobStatusSchema }),
  /** Something changed the notebook; views showing `tables` reload. */
  z.object({ type: z.literal('changed'), tables: z.array(z.string()) }),
]);
export type AppEvent = z.infer<typeof appEventSchema>;
