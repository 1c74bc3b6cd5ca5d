import { Slot } from "radix-ui";
import { cva, type VariantProps } from "class-variance-authority";
import type { ButtonHTMLAttributes, MouseEvent, Ref } from "react";
import { cn } from "./cn";

export const buttonVariants = cva(
  "inline-flex shrink-0 items-center justify-center gap-1.5 rounded-md font-medium whitespace-nowrap transition-colors disabled:cursor-not-allowed disabled:opacity-60 aria-disabled:cursor-not-allowed aria-disabled:opacity-60",
  {
    variants: {
      variant: {
        primary: "bg-accent text-accent-fg shadow-sm hover:bg-accent-hover",
        secondary: "border border-line-strong bg-surface text-fg shadow-sm hover:bg-surface-2",
        danger: "border border-danger/40 bg-surface text-danger shadow-sm hover:bg-danger-soft",
        ghost: "text-muted hover:bg-surface-2 hover:text-fg",
        link: "text-accent-text underline-offset-2 hover:underline",
      },
      size: {
        sm: "h-7 px-2.5 text-xs",
        md: "h-9 px-3.5 text-sm",
        icon: "size-8 text-sm",
      },
    },
    defaultVariants: { variant: "primary", size: "md" },
  },
);

export type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & { ref?: Ref<HTMLButtonElement> } & VariantProps<typeof buttonVariants> & {
    /** Render the child element (a link, say) with the button's look instead of a <button>. */
    asChild?: boolean;
    /**
     * While the button's action runs: it looks and is announced as unavailable and ignores presses,
     * but keeps focus. (A `disabled` button drops focus to the start of the page, so a keyboard user
     * would have to find their place again after every save.)
     */
    pending?: boolean;
  };

const ignorePress = (e: MouseEvent<HTMLButtonElement>) => e.preventDefault();

export function Button({ variant, size, asChild = false, className, type = "button", pending = false, onClick, ...props }: ButtonProps) {
  const Component = asChild ? Slot.Root : "button";
  return (
    <Component
      className={cn(buttonVariants({ variant, size }), className)}
      {...(asChild ? {} : { type })}
      {...props}
      {...(pending ? { "aria-disabled": true, onClick: ignorePress } : { onClick })}
    />
  );
}

/** The button look for a plain element (a link styled as a button). Prefer `<Button asChild>`. */
export function buttonClass(variant: NonNullable<ButtonProps["variant"]> = "primary", size: NonNullable<ButtonProps["size"]> = "md") {
  return buttonVariants({ variant, size });
}
