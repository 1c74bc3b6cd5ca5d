import { encode } from "next-auth/jwt";
import autocannon from "autocannon";
const token = await encode({ token: { sub: "2", authAt: Date.now() }, secret: "bench-secret-that-is-long-enough-for-authjs-0123456789", salt: "authjs.session-token", maxAge: 3600 });
for (const spec of process.argv.slice(2)) {
  const [auth, u] = spec.split(":");
  const r = await autocannon({ url: "http://localhost:3200" + u, connections: 10, duration: 5, headers: auth === "a" ? { cookie: `authjs.session-token=${token}` } : {} });
  console.log(spec.padEnd(28), Math.round(r.requests.average), "req/s", r.non2xx, "non2xx");
}
