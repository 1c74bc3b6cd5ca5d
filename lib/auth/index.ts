import "server-only";
import NextAuth, { CredentialsSignin, type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { ipFromHeaders } from "@/lib/request";
import { attemptSignIn } from "./sign-in";

export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;

/** Thrown from authorize so the sign-in form can say the account is locked, not just "invalid". */
export class SignInLocked extends CredentialsSignin {
  code = "locked";
}

declare module "next-auth" {
  interface Session {
    /** The token's id, used to revoke it at sign-out. */
    jti?: string;
    /** When this session signed in (ms), to void sessions older than a deactivation or password reset. */
    authAt?: number;
  }
}

const config: NextAuthConfig = {
  trustHost: true,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
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
    // The token carries the user id only; kind, company and active flag are read per request.
    jwt({ token, user }) {
      if (user) return { sub: user.id, authAt: Date.now() };
      return { sub: token.sub, authAt: token.authAt, iat: token.iat, exp: token.exp, jti: token.jti };
    },
    session({ session, token }) {
      return {
        expires: session.expires,
        user: { id: token.sub ?? "" } as typeof session.user,
        jti: token.jti as string | undefined,
        authAt: typeof token.authAt === "number" ? token.authAt : 0,
      };
    },
  },
};

export const { auth, signIn, signOut } = NextAuth(config);
