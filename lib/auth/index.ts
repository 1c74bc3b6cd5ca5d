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
    // The token carries the user id (and when it signed in) only; kind, company and active flag
    // are read from the database on every request by currentUser(), which decodes the cookie itself.
    jwt({ token, user }) {
      if (user) return { sub: user.id, authAt: Date.now() };
      return { sub: token.sub, authAt: token.authAt, iat: token.iat, exp: token.exp, jti: token.jti };
    },
  },
};

export const { signIn, signOut } = NextAuth(config);
