import { describe, expect, it } from 'vitest';
import { queueDraw } from './draw-queue';

// Node has no frames: a frame here is the next macrotask.
globalThis.requestAnimationFrame ??= (callback: FrameRequestCallback) => setTimeout(() => callback(0), 0) as unknown as number;

describe('one chart drawn at a time', () => {
  it('starts a draw at once when none is in flight, and the next only after the one before has finished', async () => {
    const events: string[] = [];
    let finishFirst = () => {};
    const first = queueDraw(() => {
      events.push('first starts');
      return new Promise<string>((resolve) => (finishFirst = () => resolve('first')));
    });
    expect(events).toEqual(['first starts']);
    const second = queueDraw(async () => {
      events.push('second starts');
      return 'second';
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(events).toEqual(['first starts']);
    finishFirst();
    expect(await first).toBe('first');
    expect(await second).toBe('second');
    expect(events).toEqual(['first starts', 'second starts']);
  });

  it('a failed draw does not stop the ones after it', async () => {
    const failed = queueDraw(() => Promise.reject(new Error('no WebGL')));
    const next = queueDraw(async () => 'drawn');
    await expect(failed).rejects.toThrow('no WebGL');
    expect(await next).toBe('drawn');
    await new Promise((resolve) => setTimeout(resolve, 0));
    // Nothing in flight any more: the next draw starts synchronously again.
    let started = false;
    void queueDraw(async () => (started = true));
    expect(started).toBe(true);
  });
});
