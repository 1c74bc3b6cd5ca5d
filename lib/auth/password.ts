import { hash, verify } from "@node-rs/argon2";
import { z } from "zod";

// Plain module: the demo seed hashes passwords too.

export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;

export const passwordSchema = z
  .string()
  .min(PASSWORD_MIN, `Password must be at least ${PASSWORD_MIN} characters`)
  .max(PASSWORD_MAX, `Password must be at most ${PASSWORD_MAX} characters`)
  // Spaces count toward the length (a passphrase), but a password of nothing else, or of one character repeated, is no secret.
  .refine((p) => new Set(p.replace(/\s/g, "")).size >= 2, "Use a password with more than spaces or one repeated character");

/** A password typed twice: where the two differ, the second field says so. */
export const PASSWORDS_DIFFER = "The two passwords differ";
export const samePasswords = (v: { password?: string; passwordConfirm?: string }) => v.password === v.passwordConfirm;

// Algorithm.Argon2id is a const enum in @node-rs/argon2's types, which isolatedModules cannot inline.
const ARGON2ID = 2;

export function hashPassword(password: string): Promise<string> {
  return hash(password, { algorithm: ARGON2ID });
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}
