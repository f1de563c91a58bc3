// Body regions as a hierarchy: `abdomen` covers the liver, `chest-abdomen-pelvis` covers the
// chest. The default below ships with the language; a profile's `regions` adds parts under a
// region. Evaluation asks "does this study cover that organ?"; the checks of a profile ask
// whether its additions go round in a circle.
import type { Protocol } from './model';

/** Each region's direct parts. An organ may sit under more than one region. */
export const DEFAULT_REGIONS: Readonly<Record<string, readonly string[]>> = {
  'whole-body': ['head', 'neck', 'chest', 'abdomen', 'pelvis', 'spine', 'upper-limb', 'lower-limb'],
  'chest-abdomen-pelvis': ['chest', 'abdomen', 'pelvis'],
  'abdomen-pelvis': ['abdomen', 'pelvis'],
  head: ['brain'],
  neck: ['thyroid'],
  chest: ['lung', 'heart', 'breast'],
  abdomen: ['liver', 'biliary', 'pancreas', 'kidney', 'spleen'],
  pelvis: ['prostate', 'uterus', 'bladder'],
  'lower-limb': ['hip', 'knee', 'ankle'],
  'upper-limb': ['shoulder', 'elbow', 'wrist'],
};

/** The default hierarchy with a profile's additions: who covers whom. */
export class RegionTree {
  private readonly parts = new Map<string, Set<string>>();
  private readonly within = new Map<string, Set<string>>();

  constructor(additions: Iterable<readonly [string, readonly string[]]> = []) {
    for (const [region, parts] of [...Object.entries(DEFAULT_REGIONS), ...additions]) {
      const set = this.parts.get(region) ?? new Set<string>();
      for (const part of parts) set.add(part);
      this.parts.set(region, set);
    }
  }

  /** Every region word the hierarchy knows. */
  words(): string[] {
    const all = new Set<string>();
    for (const [region, parts] of this.parts) {
      all.add(region);
      for (const part of parts) all.add(part);
    }
    return [...all];
  }

  /** Whether `outer` is `inner` or contains it, through any number of steps. */
  covers(outer: string, inner: string): boolean {
    return outer === inner || this.descendants(outer).has(inner);
  }

  private descendants(region: string): Set<string> {
    let found = this.within.get(region);
    if (found) return found;
    found = new Set<string>();
    // Marked before the walk, so a cycle (which the profile checks report) cannot loop here.
    this.within.set(region, found);
    for (const part of this.parts.get(region) ?? []) {
      found.add(part);
      for (const deeper of this.descendants(part)) found.add(deeper);
    }
    return found;
  }

  /** A path that leads from `region` back to itself, or null. */
  cycleThrough(region: string): string[] | null {
    const walk = (at: string, path: string[]): string[] | null => {
      for (const part of this.parts.get(at) ?? []) {
        if (part === region) return [...path, part];
        if (path.includes(part)) continue;
        const found = walk(part, [...path, part]);
        if (found) return found;
      }
      return null;
    };
    return walk(region, [region]);
  }
}

const trees = new WeakMap<Protocol, RegionTree>();

/** The region hierarchy a resolved protocol works with (built once per protocol). */
export function regionTreeOf(protocol: Protocol): RegionTree {
  let tree = trees.get(protocol);
  if (!tree) {
    tree = new RegionTree([...protocol.regions.values()].map((r) => [r.region, r.parts] as const));
    trees.set(protocol, tree);
  }
  return tree;
}
