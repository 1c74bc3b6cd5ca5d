// The --workers part of scripts/bench.ts: one scale measured with 1 server process, then with N
// (WORKERS=N on one database), and each page's throughput compared.

type Measured = { name: string; rps: number; errors: number };

/** Stops the server's process group and waits until all of it (every worker) has exited, so the port is free. */
export async function stopServer(pid: number) {
  process.kill(-pid, "SIGTERM");
  for (let i = 0; i < 150; i++) {
    await new Promise((r) => setTimeout(r, 100));
    try {
      process.kill(-pid, 0);
    } catch {
      return;
    }
  }
  process.kill(-pid, "SIGKILL");
}

/** Runs `bench` (the whole page set) with 1 process, then with `n`, and prints the throughput of each. */
export async function compareWorkers(scale: string, n: number, bench: (scale: string, processes: number) => Promise<Measured[]>) {
  console.log(`\n## ${scale} scale with 1 worker`);
  const one = await bench(scale, 1);
  console.log(`\n## ${scale} scale with ${n} workers (WORKERS=${n})`);
  const many = await bench(scale, n);
  console.log(`\n== ${scale} scale: throughput with 1 and ${n} worker processes (10 connections, on this machine, one run after the other) ==`);
  console.log(`| page | 1 worker req/s | ${n} workers req/s | ratio | errors |`);
  console.log("|---|---:|---:|---:|---:|");
  for (const [i, r] of one.entries()) {
    const m = many[i];
    console.log(`| ${r.name} | ${r.rps.toFixed(0)} | ${m.rps.toFixed(0)} | ${(m.rps / r.rps).toFixed(2)}× | ${r.errors + m.errors} |`);
  }
}
