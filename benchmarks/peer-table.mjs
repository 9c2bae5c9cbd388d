// Prints peer-bench.sh's table from its result lines: "orrery|peer ROUND MACHINE US_PER_TRANSITION".
// Usage: node peer-table.mjs RESULTS ROUNDS JAVA_VERSION NODE_VERSION
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';

const [file, rounds, javaVersion, nodeVersion] = process.argv.slice(2);
const byMachine = new Map();
for (const line of readFileSync(file, 'utf8').split('\n')) {
  const [side, round, machine, value] = line.trim().split(/\s+/);
  if (!value) continue;
  if (!byMachine.has(machine)) byMachine.set(machine, new Map());
  const rows = byMachine.get(machine);
  if (!rows.has(round)) rows.set(round, {});
  rows.get(round)[side] = Number(value);
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const stats = (xs, digits) => xs.length === 0 ? 'n/a'
  : `${median(xs).toFixed(digits)} (${Math.min(...xs).toFixed(digits)}–${Math.max(...xs).toFixed(digits)})`;

console.log(`\n${rounds} interleaved rounds; ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}), `
  + `load average ${loadavg().map((x) => x.toFixed(1)).join(' ')}; ${javaVersion}; Node ${nodeVersion}`);
console.log('figures: median (min–max) over the rounds; ratio = peer / Orrery within each round\n');
console.log('| machine | Orrery µs/transition | peer µs/transition | ratio (peer / Orrery) |');
console.log('|---------|----------------------|--------------------|-----------------------|');
for (const [machine, rows] of [...byMachine].sort()) {
  const values = [...rows.values()];
  const orrery = values.filter((r) => r.orrery !== undefined).map((r) => r.orrery);
  const peer = values.filter((r) => r.peer !== undefined).map((r) => r.peer);
  const ratios = values.filter((r) => r.orrery && r.peer).map((r) => r.peer / r.orrery);
  console.log(`| ${machine} | ${stats(orrery, 3)} | ${stats(peer, 2)} | ${stats(ratios, 1)}× |`);
}
