import { describe, expect, it } from 'vitest';
import { float32Text } from './float32-text';
import { seededRandom } from '../cycling/synthetic-random';

describe('float32Text', () => {
  it('writes stored float32 values without float64 artefacts', () => {
    expect(float32Text(Math.fround(3.85))).toBe('3.85');
    expect(float32Text(Math.fround(-0.0108))).toBe('-0.0108');
    expect(float32Text(0)).toBe('0');
    expect(float32Text(Number.NaN)).toBe('');
  });

  it('reads back as the same float32 for any value', () => {
    const { uniform: random } = seededRandom(7);
    for (let i = 0; i < 20000; i += 1) {
      const value = Math.fround((random() - 0.5) * 10 ** Math.floor(random() * 12 - 6));
      expect(Math.fround(Number(float32Text(value)))).toBe(value);
    }
  });
});
