// Protocols as their files write them (before `extends`), and which file holds which protocol:
// what both the diff and the normalized view start from.
import type { Protocol } from '../model';
import type { Project } from '../project';

export interface Side {
  project: Project;
  /** Protocol id written in each file. */
  owner: Map<string, string>;
  /** Protocols as written (before `extends`), by id; the first file wins, as in resolution. */
  raw: Map<string, Protocol>;
}

export function sideOf(project: Project): Side {
  const owner = new Map<string, string>();
  const raw = new Map<string, Protocol>();
  for (const f of project.files.values()) {
    if (!f.protocol) continue;
    owner.set(f.path, f.protocol.id);
    if (!raw.has(f.protocol.id)) raw.set(f.protocol.id, f.protocol);
  }
  return { project, owner, raw };
}
