import type { ButtonHTMLAttributes } from "react";

// Styles live in globals.css (.btn, .btn-<variant>, .btn-sm).
type Variant = "primary" | "secondary" | "danger" | "ghost";

export type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & { variant?: Variant; size?: "sm" | "md" };

export function Button({ variant = "primary", size = "md", className = "", ...props }: ButtonProps) {
  return <button className={`btn btn-${variant}${size === "sm" ? " btn-sm" : ""} ${className}`} {...props} />;
}

/** A link (or anything) that looks like a button. */
export function buttonClass(variant: Variant = "primary") {
  return `btn btn-${variant}`;
}
