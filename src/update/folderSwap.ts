import { mkdir, rename, rm } from "node:fs/promises";
import path from "node:path";

/**
 * A hidden sibling of `dir` (same file system, so a rename is atomic), named like the temporary
 * folders of writeFolderAtomic, which .gitignore already ignores: `.snapshots.tmp-<stamp>`.
 */
export function siblingFolder(dir: string, role: "tmp" | "old", stamp: string): string {
  const abs = path.resolve(dir);
  return path.join(path.dirname(abs), `.${path.basename(abs)}.${role}-${stamp}`);
}

export const newStamp = () => `${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;

export interface FolderMove {
  /** A complete folder, ready. */
  staged: string;
  /** Where it goes; replaced as a whole. */
  target: string;
}

interface Done {
  move: FolderMove;
  old: string | undefined;
}

async function renameIfExists(from: string, to: string): Promise<boolean> {
  try {
    await rename(from, to);
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return false;
    throw e;
  }
}

/**
 * Puts several staged folders in place together: each target is renamed aside, the staged folder
 * renamed onto it; if any rename fails, every move already made is undone in reverse order, so the
 * targets are all new or all as they were. (A crash between two renames could still leave them
 * mixed; the window is a few renames long, and git shows it.) The old folders are deleted last.
 */
export async function swapFolders(moves: FolderMove[], stamp: string = newStamp()): Promise<void> {
  const done: Done[] = [];
  try {
    for (const move of moves) {
      await mkdir(path.dirname(path.resolve(move.target)), { recursive: true });
      const old = siblingFolder(move.target, "old", stamp);
      const hadOld = await renameIfExists(move.target, old);
      try {
        await rename(move.staged, move.target);
      } catch (e) {
        if (hadOld) await rename(old, move.target);
        throw e;
      }
      done.push({ move, old: hadOld ? old : undefined });
    }
  } catch (e) {
    for (const { move, old } of done.reverse()) {
      await rename(move.target, move.staged);
      if (old) await rename(old, move.target);
    }
    throw e;
  }
  await Promise.all(done.map(({ old }) => (old ? rm(old, { recursive: true, force: true }) : undefined)));
}
