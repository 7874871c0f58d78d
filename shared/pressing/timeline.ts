// The plan as a timeline: steps back to back from a start time (drying runs unattended, so the
// earliest finish assumes no waiting between steps), the total, and which steps run into the
// night, judged in the lab's local time against its working day (a setting, 09-18 by default).
import type { Timeline } from '../schemas/pressing';

export interface TimelineStep {
  stepId: number | null;
  position: number;
  label: string;
  durationS: number | null;
}

export interface WorkingDay {
  startHour: number;
  endHour: number;
  /** Minutes to add to UTC for local time (e.g. +60 in CET); the caller knows its zone. */
  utcOffsetMinutes: number;
}

export const DEFAULT_WORKING_DAY = { startHour: 9, endHour: 18 } as const;
const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** Whether [startMs, endMs) overlaps a night (endHour to the next startHour, local time). */
export function overlapsNight(startMs: number, endMs: number, day: WorkingDay): boolean {
  const offsetMs = day.utcOffsetMinutes * 60_000;
  const localStart = startMs + offsetMs;
  const localEnd = Math.max(endMs, startMs + 1) + offsetMs;
  for (let midnight = Math.floor(localStart / DAY_MS) * DAY_MS - DAY_MS; midnight < localEnd; midnight += DAY_MS) {
    const nightStart = midnight + day.endHour * HOUR_MS;
    const nightEnd = midnight + DAY_MS + day.startHour * HOUR_MS;
    if (localStart < nightEnd && localEnd > nightStart) return true;
  }
  return false;
}

export function planTimeline(steps: readonly TimelineStep[], startAt: Date, day: WorkingDay): Timeline {
  const startMs = startAt.getTime();
  let offsetS = 0;
  const messages: string[] = [];
  const entries = steps.map((step) => {
    const durationS = step.durationS;
    if (durationS === null) messages.push(`Step ${step.position + 1} (${step.label}) has no duration; the timeline counts it as none.`);
    const beginMs = startMs + offsetS * 1000;
    offsetS += durationS ?? 0;
    const endMs = startMs + offsetS * 1000;
    return {
      stepId: step.stepId,
      position: step.position,
      label: step.label,
      startAt: new Date(beginMs).toISOString(),
      endAt: new Date(endMs).toISOString(),
      startOffsetS: (beginMs - startMs) / 1000,
      durationS,
      overnight: durationS !== null && overlapsNight(beginMs, endMs, day),
    };
  });
  return {
    entries,
    totalDurationS: offsetS,
    startAt: startAt.toISOString(),
    earliestFinishAt: new Date(startMs + offsetS * 1000).toISOString(),
    longerThanWorkingDay: offsetS * 1000 > (day.endHour - day.startHour) * HOUR_MS,
    messages,
  };
}
