import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SetPasswordForm } from "@/components/users/set-password-form";
import { PASSWORD_MAX, PASSWORD_MIN } from "@/lib/auth/password";
import { checkPasswordToken, LINK_LOCKED } from "@/lib/auth/password-tokens";
import { requestIp } from "@/lib/request";
import { setPasswordAction } from "./actions";
import { LinkFrame, LinkUnusable } from "./link-page";

// The token is the credential: no referrer carries it to another site, and no search engine keeps it.
export const metadata: Metadata = { title: "Set your password", referrer: "no-referrer", robots: { index: false } };

export default async function SetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const check = checkPasswordToken(token, await requestIp());
  if (check.status === "locked") return <LinkUnusable message={LINK_LOCKED} />;
  if (check.status === "invalid") notFound();
  const { name, email, companyName } = check.target;
  return (
    <LinkFrame title="Set your password">
      <p className="mb-5 text-sm text-muted">
        For <span className="font-medium text-fg">{name}</span> ({email}) at <span className="font-medium text-fg">{companyName}</span>. Then sign in with your
        email and this password.
      </p>
      <SetPasswordForm action={setPasswordAction} token={token} email={email} rules={`${PASSWORD_MIN} to ${PASSWORD_MAX} characters`} />
    </LinkFrame>
  );
}
