// Deterministic randomness for the demo seed: no Math.random(), no clock.

/** mulberry32: a small, fast 32-bit PRNG. Returns floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a hash of a string, used to derive an independent stream per label. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export class Rng {
  private readonly next: () => number;
  constructor(label: string) {
    this.next = mulberry32(hashString(`c4c-demo:${label}`));
  }
  float(): number {
    return this.next();
  }
  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error("Rng.pick: empty list");
    return items[Math.floor(this.next() * items.length)];
  }
  /** Picks by weight; weights need not sum to 1. */
  weighted<T>(items: readonly T[], weights: readonly number[]): T {
    const total = weights.reduce((a, b) => a + b, 0);
    let r = this.next() * total;
    for (let i = 0; i < items.length; i++) {
      r -= weights[i];
      if (r < 0) return items[i];
    }
    return items[items.length - 1];
  }
  /** n distinct items, drawn by weight without replacement. */
  sampleWeighted<T>(items: readonly T[], weights: readonly number[], n: number): T[] {
    const pool = items.map((item, i) => ({ item, w: weights[i] })).filter((e) => e.w > 0);
    const out: T[] = [];
    while (out.length < n && pool.length > 0) {
      const idx = this.weighted(
        pool.map((_, i) => i),
        pool.map((e) => e.w),
      );
      out.push(pool[idx].item);
      pool.splice(idx, 1);
    }
    return out;
  }
  shuffle<T>(items: readonly T[]): T[] {
    const a = [...items];
    for (let i = a.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [a[i], a[j]] = [a[j], a[i]];
    }
    return a;
  }
}

/** The demo's "today": every timestamp of the dataset is derived from it. */
export const REFERENCE_DATE = new Date("2026-11-01T00:00:00.000Z");
const DAY_MS = 86_400_000;

export function daysBefore(days: number, base: Date = REFERENCE_DATE): Date {
  return new Date(base.getTime() - days * DAY_MS);
}
export function addMinutes(d: Date, minutes: number): Date {
  return new Date(d.getTime() + minutes * 60_000);
}
export function addDays(d: Date, days: number): Date {
  return new Date(d.getTime() + days * DAY_MS);
}
/** Midnight UTC of the given instant, for @db.Date columns. */
export function utcDate(d: Date): Date {
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
}
export function daysBetween(a: Date, b: Date): number {
  return Math.round((b.getTime() - a.getTime()) / DAY_MS);
}

const TRANSLIT: Record<string, string> = { ł: "l", Ł: "l", ß: "ss", ø: "o", æ: "ae", đ: "d", ı: "i" };

/** URL slug from a Latin-script name: "Bălți" -> "balti", "Freiburg im Breisgau" -> "freiburg-im-breisgau". */
export function slugify(name: string): string {
  return name
    .replace(/[łŁßøæđı]/g, (c) => TRANSLIT[c])
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/['’ʼ`]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
