// A small seeded random source for the synthetic cycling data: the same seed gives the same test,
// byte for byte, so tests and the demo notebook (DOMAIN.md section 6: "made by a seeded model") are
// reproducible. Math.random cannot be seeded.

export interface SeededRandom {
  /** Uniform in [0, 1). */
  uniform(): number;
  /** Standard normal (mean 0, standard deviation 1). */
  gaussian(): number;
}

/** mulberry32: 32-bit state, good enough spread for noise, and tiny. */
export function seededRandom(seed: number): SeededRandom {
  let state = seed >>> 0;
  const uniform = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = state;
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
  // Box–Muller; 1 - u keeps the logarithm away from 0.
  const gaussian = () => Math.sqrt(-2 * Math.log(1 - uniform())) * Math.cos(2 * Math.PI * uniform());
  return { uniform, gaussian };
}
