// Reads the dark modules back out of a QR code SVG as the qrcode library draws it (one stroked
// path of "M x y", "h n" and "m dx dy" runs at half-module rows), so a test can compare what a
// label carries with the matrix the QR encoder computes for the link.
export function qrSvgModules(svg: string): boolean[][] {
  const size = Number(/viewBox="0 0 (\d+) \1"/.exec(svg)?.[1]);
  const d = /<path stroke="[^"]*" d="([^"]*)"/.exec(svg)?.[1];
  if (!Number.isInteger(size) || d === undefined) throw new Error('not a qrcode SVG');
  const grid = Array.from({ length: size }, () => Array<boolean>(size).fill(false));
  let x = 0;
  let y = 0;
  for (const [, command, a, b] of d.matchAll(/([Mmh])(-?[\d.]+)(?:[ ,](-?[\d.]+))?/g)) {
    if (command === 'M') [x, y] = [Number(a), Number(b) - 0.5];
    else if (command === 'm') [x, y] = [x + Number(a), y + Number(b)];
    else {
      for (let i = 0; i < Number(a); i += 1) (grid[y] as boolean[])[x + i] = true;
      x += Number(a);
    }
  }
  return grid;
}
