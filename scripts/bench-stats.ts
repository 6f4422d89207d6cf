// What the timing benches share: one definition of a percentile, and a line on the machine a
// run was made on. Figures from a busy machine say little: bench:autosave's p95 went from
// 30 ms to 131 ms while a CI run wound down on the same 2-core machine.
import os from "node:os";

/** The nearest-rank percentile (`p` from 0 to 100) of `values`, in any order; NaN for none. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

/** Prints the cores and load average, and warns when the load will slow the figures down. */
export function printMachine(): void {
  const cores = os.availableParallelism();
  const [lastMinute = 0, lastFive = 0] = os.loadavg();
  console.log(
    `machine: ${cores} cores, load ${lastMinute.toFixed(2)} (1 min) ${lastFive.toFixed(2)} (5 min), Node ${process.version}`,
  );
  if (lastMinute > cores / 2)
    console.warn(
      `warning: the machine is busy (load ${lastMinute.toFixed(2)} on ${cores} cores); these figures will be slower than on a quiet one`,
    );
}
