import "server-only";
import NextAuth, { CredentialsSignin, type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { settings } from "@/lib/config";
import { ipFromHeaders } from "@/lib/request";
import { SESSION_ABSOLUTE_MS } from "./session-window";
import { attemptSignIn } from "./sign-in";

/** The absolute limit: a session ends 12 hours after sign-in however active it is. */
export const SESSION_MAX_AGE_SECONDS = SESSION_ABSOLUTE_MS / 1000;

/** Thrown from authorize so the sign-in form can say the account is locked, not just "invalid". */
export class SignInLocked extends CredentialsSignin {
  code = "locked";
}

const config: NextAuthConfig = {
  trustHost: true,
  // The cookie Auth.js issues at sign-in lives for the idle window; the proxy re-issues it as the
  // user keeps working (lib/auth/session-refresh.ts), never past 12 hours from sign-in.
  session: { strategy: "jwt", maxAge: settings().sessionIdleMinutes * 60 },
  pages: { signIn: "/login" },
  logger: {
    // Failed credentials are expected and audited; Auth.js would print a stack trace for each.
    error(error) {
      if (error instanceof CredentialsSignin || error.name === "CredentialsSignin") return;
      console.error("[auth]", error);
    },
    warn() {},
  },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials, request) {
        const email = typeof credentials.email === "string" ? credentials.email : "";
        const password = typeof credentials.password === "string" ? credentials.password : "";
        const result = await attemptSignIn({ email, password, ip: ipFromHeaders(request.headers) });
        if (result.outcome === "locked") throw new SignInLocked();
        if (result.outcome === "failure") return null;
        return { id: String(result.userId) };
      },
    }),
  ],
  callbacks: {
    // The token carries the user id, when it signed in, when it was last active and the session's
    // id (kept across re-issued cookies, so signing out revokes them all) only; kind, company and
    // active flag are read from the database on every request by currentUser(), which decodes the
    // cookie itself.
    jwt({ token, user }) {
      const now = Date.now();
      if (user) return { sub: user.id, authAt: now, seenAt: now, sid: crypto.randomUUID() };
      return { sub: token.sub, authAt: token.authAt, seenAt: token.seenAt, sid: token.sid, iat: token.iat, exp: token.exp, jti: token.jti };
    },
  },
};

export const { signIn, signOut } = NextAuth(config);
