const DECIMAL_DIGIT = /\p{Nd}/u;

/** The value of a decimal digit of any script: Unicode encodes each script's 0–9 as one run of ten. */
function digitValue(digit: string): number {
  const code = digit.codePointAt(0)!;
  let zero = code;
  while (DECIMAL_DIGIT.test(String.fromCodePoint(zero - 1))) zero -= 1;
  // Some runs follow each other with no gap (the mathematical digits): count from the first.
  return (code - zero) % 10;
}

/** Reads digits written in any script (Arabic-Indic, Persian, Devanagari, full-width…) as 0–9. */
export const asciiDigits = (text: string): string => text.replace(/\p{Nd}/gu, (digit) => String(digitValue(digit)));
