// Which single nodes separate some target from a root: Tarjan's articulation points on one
// depth-first search from the root, in linear time (no "remove each node and search again").

export interface Separation {
  /** Targets the root reaches at all. */
  reached: boolean[];
  /** Nodes (never the root) whose removal cuts at least one reached target off the root. */
  cuts: Set<number>;
}

export function separators(adjacency: number[][], root: number, isTarget: boolean[]): Separation {
  const n = adjacency.length;
  const disc = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const parent = new Int32Array(n).fill(-1);
  const next = new Int32Array(n);
  const targetsBefore = new Int32Array(n);
  const cuts = new Set<number>();
  let time = 0;
  let targetsSeen = 0;
  const visit = (v: number) => {
    disc[v] = low[v] = time++;
    targetsBefore[v] = targetsSeen;
    if (isTarget[v]) targetsSeen++;
  };
  visit(root);
  const stack = [root];
  while (stack.length) {
    const v = stack[stack.length - 1]!;
    const edges = adjacency[v]!;
    if (next[v]! < edges.length) {
      const w = edges[next[v]!]!;
      next[v] = next[v]! + 1;
      if (disc[w] === -1) {
        parent[w] = v;
        visit(w);
        stack.push(w);
      } else if (w !== parent[v]) low[v] = Math.min(low[v]!, disc[w]!);
      continue;
    }
    stack.pop();
    const p = parent[v]!;
    if (p === -1) continue;
    low[p] = Math.min(low[p]!, low[v]!);
    // v's subtree reaches nothing above p: removing p cuts it off the root.
    if (p !== root && low[v]! >= disc[p]! && targetsSeen > targetsBefore[v]!) cuts.add(p);
  }
  return { reached: Array.from(disc, (d) => d !== -1), cuts };
}
