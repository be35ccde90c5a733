import { randomInt } from "node:crypto";

// No 0/O, 1/I/L: a reference is read out on the phone and typed from paper.
const ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

/** A new request reference such as "C4C-7K3M9Q" (31^6 ≈ 887 million possibilities). */
export function newRequestReference(): string {
  let code = "";
  for (let i = 0; i < 6; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return `C4C-${code}`;
}
