// Occupied and front-line status for the demo, from data/conflict-status.json (see its "about"):
// the one place the demo takes it from. demo.ts writes it to the hromadas of the register, and the
// generator (ukraine.ts, dataset.ts) reads the same status, so what the demo shows follows the data.
import { readFileSync } from "node:fs";
import { REGIONS } from "./regions";
import { ukKey, type DemoRegister } from "./register";

interface StatusEntry {
  oblast: string;
  raion: string;
  /** Only these hromadas of the raion (their name on the portal); the whole raion when absent. */
  hromadas?: string[];
  since: string;
  absentFromRegister?: boolean;
}

interface ConflictStatusFile {
  occupied: StatusEntry[];
  frontline: StatusEntry[];
}

export interface ConflictStatus {
  occupiedSince: Date | null;
  frontlineSince: Date | null;
}

/** Reads data/conflict-status.json. */
export function loadConflictStatusFile(): ConflictStatusFile {
  const url = new URL("./data/conflict-status.json", import.meta.url);
  return JSON.parse(readFileSync(url, "utf8")) as ConflictStatusFile;
}

/**
 * The status of every hromada of the register the file names, by KATOTTG code (hromadas it does
 * not name are neither occupied nor on the front line). A hromada named in an entry of its own
 * takes that entry rather than its raion's; occupied wins over front line at the same level.
 * Throws on any oblast, raion or hromada the register does not know, and on a bad date.
 */
export function conflictStatuses(register: DemoRegister, file: ConflictStatusFile = loadConflictStatusFile()): Map<string, ConflictStatus> {
  const fail = (message: string): never => {
    throw new Error(`Demo seed: data/conflict-status.json: ${message}`);
  };
  const prefixOf = new Map(REGIONS.map((r) => [ukKey(r.nameUk.replace(/ область$/, "")), r.katottgPrefix]));
  // Level 1: a raion; level 2: a hromada named in the entry. Higher levels win; occupied wins a tie.
  const chosen = new Map<string, { level: number; occupied: boolean; since: Date }>();
  const apply = (entry: StatusEntry, occupied: boolean) => {
    const prefix = prefixOf.get(ukKey(entry.oblast)) ?? fail(`no oblast "${entry.oblast}"`);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(entry.since) || Number.isNaN(Date.parse(entry.since))) fail(`bad date "${entry.since}"`);
    const since = new Date(`${entry.since}T00:00:00.000Z`);
    const inRaion = register.entries.filter((e) => e.regionPrefix === prefix && ukKey(e.raionUk ?? "") === ukKey(entry.raion));
    if (inRaion.length === 0 && !entry.absentFromRegister) fail(`no hromada of the register in ${entry.oblast} oblast, ${entry.raion} raion`);
    let targets = inRaion;
    if (entry.hromadas) {
      targets = entry.hromadas.map((name) => {
        const found = inRaion.filter((e) => ukKey(e.nameUk) === ukKey(name));
        if (found.length !== 1) fail(`"${name}" is not one hromada of ${entry.oblast} oblast, ${entry.raion} raion`);
        return found[0];
      });
    }
    const level = entry.hromadas ? 2 : 1;
    for (const e of targets) {
      const before = chosen.get(e.katottg);
      if (before && (before.level > level || (before.level === level && (before.occupied || !occupied)))) continue;
      chosen.set(e.katottg, { level, occupied, since });
    }
  };
  for (const entry of file.occupied) apply(entry, true);
  for (const entry of file.frontline) apply(entry, false);
  return new Map([...chosen].map(([katottg, c]) => [katottg, { occupiedSince: c.occupied ? c.since : null, frontlineSince: c.occupied ? null : c.since }]));
}
