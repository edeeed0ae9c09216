import { execFileSync } from 'node:child_process';

/** Which code was measured: the commit, and the files changed but not committed (others may be editing the tree). */
export function sourceTree(root: string): { commit: string; uncommittedFiles: number; uncommitted: string[] } {
  // Not trimmed: porcelain lines start with a status column that may be a space.
  const git = (...args: string[]) => execFileSync('git', args, { cwd: root }).toString();
  try {
    const changed = git('status', '--porcelain', '--untracked-files=no').split('\n').filter(Boolean);
    return {
      commit: git('log', '-1', '--format=%h').trim(),
      uncommittedFiles: changed.length,
      uncommitted: changed.slice(0, 40).map((line) => line.slice(3)),
    };
  } catch {
    return { commit: 'unknown', uncommittedFiles: -1, uncommitted: [] };
  }
}
