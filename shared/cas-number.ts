// CAS Registry Numbers carry a check digit: a typo in a CAS number is caught when it is typed.

const CAS_PATTERN = /^(\d{2,7})-(\d{2})-(\d)$/;

/** Null when valid; otherwise what is wrong, in words. */
export function casNumberProblem(cas: string): string | null {
  const match = CAS_PATTERN.exec(cas.trim());
  if (!match) return 'a CAS number looks like 90076-65-6 (2–7 digits, 2 digits, 1 check digit)';
  const digits = `${match[1]}${match[2]}`;
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) sum += Number(digits[digits.length - 1 - i]) * (i + 1);
  const check = sum % 10;
  return check === Number(match[3]) ? null : `check digit should be ${check}, not ${match[3]}: a digit is probably mistyped`;
}
