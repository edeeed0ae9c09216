/**
 * `node dist/apps/bench/src/summarise-cpu-profile.js <file.cpuprofile> [top]`: the functions with the most self
 * time in a V8 CPU profile (from `--profile=<phase>` or `node --cpu-prof`), and the same time grouped by package or file.
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** node_modules/<package> (scoped too), our own dist/<app or lib>/…/<file>, or node: internals. */
function owner(url: string): string {
  if (!url) return '(native, GC, idle)';
  const modules = /node_modules\/((@[^/]+\/)?[^/]+)/.exec(url);
  if (modules?.[1]) return modules[1];
  const ours = /dist\/(.*)$/.exec(url);
  if (ours?.[1]) return ours[1];
  return url.startsWith('node:') ? url : url.replace(/^file:\/\//, '');
}

function main(): void {
  const [file, topArg] = process.argv.slice(2);
  if (!file) throw new Error('usage: summarise-cpu-profile <file.cpuprofile> [top]');
  const top = Number(topArg ?? 25);
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parents = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);
  const label = (node: ProfileNode) => {
    const { functionName, url, lineNumber } = node.callFrame;
    return `${functionName || '(anonymous)'} ${url ? `${owner(url)}:${lineNumber + 1}` : ''}`.trim();
  };
  /** The three nearest callers with a name: what a native or anonymous function was doing for. */
  const callers = (id: number) => {
    const chain: string[] = [];
    for (let parent = parents.get(id); parent !== undefined && chain.length < 3; parent = parents.get(parent)) {
      const node = byId.get(parent);
      if (node?.callFrame.functionName) chain.push(label(node));
    }
    return chain.join(' ← ');
  };
  const viaCallers = new Map<string, number>();
  const self = new Map<string, number>();
  const byOwner = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const node = byId.get(id);
    const micros = profile.timeDeltas[i] ?? 0;
    if (!node) return;
    total += micros;
    const key = label(node);
    self.set(key, (self.get(key) ?? 0) + micros);
    byOwner.set(owner(node.callFrame.url), (byOwner.get(owner(node.callFrame.url)) ?? 0) + micros);
    if (node.callFrame.url === '' && !key.startsWith('(')) {
      const via = `${key} ← ${callers(id)}`;
      viaCallers.set(via, (viaCallers.get(via) ?? 0) + micros);
    }
  });
  const print = (title: string, entries: Map<string, number>, count: number) => {
    process.stdout.write(`\n${title}\n| self ms | % | where |\n| --- | --- | --- |\n`);
    for (const [key, micros] of [...entries].sort((a, b) => b[1] - a[1]).slice(0, count)) {
      process.stdout.write(`| ${(micros / 1000).toFixed(0)} | ${((micros / total) * 100).toFixed(1)} | ${key} |\n`);
    }
  };
  process.stdout.write(`profile ${file}: ${(total / 1000).toFixed(0)} ms sampled\n`);
  print('Top functions by self time', self, top);
  print('Self time by package or file', byOwner, 15);
  print('Native functions by their callers', viaCallers, 12);
}

main();
