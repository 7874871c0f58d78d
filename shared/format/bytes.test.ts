import { describe, expect, it } from 'vitest';
import { formatBytes } from './bytes';

describe('formatBytes', () => {
  it('uses the largest binary unit below the size', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(28672)).toBe('28.0 KiB'); // 28672 / 1024 = 28
    expect(formatBytes(3 * 1024 * 1024 + 512 * 1024)).toBe('3.50 MiB');
    expect(formatBytes(1.2 * 1024 ** 3)).toBe('1.20 GiB');
  });
});
