"use client";

import { DropdownMenu as M } from "radix-ui";
import { cloneElement, useEffect, useRef, useState, type ComponentProps, type KeyboardEvent, type ReactElement, type ReactNode } from "react";
import { cn } from "./cn";

export const DropdownMenu = M.Root;
export const DropdownMenuTrigger = M.Trigger;
export const DropdownMenuGroup = M.Group;

/**
 * A menu (arrow keys, type-ahead, Escape and outside click close it, focus returns to the trigger).
 * `inPlace`: rendered where it is written instead of at the end of the page, so it stays inside its
 * landmark (the header's menu: a screen reader finds it in the banner, and axe's region rule holds).
 */
export function DropdownMenuContent({ className, align = "start", inPlace = false, ...props }: ComponentProps<typeof M.Content> & { inPlace?: boolean }) {
  const content = (
    <M.Content
      align={align}
      sideOffset={4}
      collisionPadding={8}
      className={cn("z-50 min-w-44 rounded-lg border border-line bg-surface p-1 text-sm text-fg shadow-lg", className)}
      {...props}
    />
  );
  return inPlace ? content : <M.Portal>{content}</M.Portal>;
}

export function DropdownMenuItem({ className, ...props }: ComponentProps<typeof M.Item>) {
  return (
    <M.Item
      className={cn(
        "flex cursor-default items-center gap-2 rounded-md px-2.5 py-1.5 outline-none select-none data-[disabled]:cursor-not-allowed data-[disabled]:text-subtle data-[highlighted]:bg-accent-soft data-[highlighted]:text-accent-text",
        className,
      )}
      {...props}
    />
  );
}

export function DropdownMenuLabel({ children }: { children: ReactNode }) {
  return <M.Label className="px-2.5 pt-1.5 pb-1 text-xs font-medium text-subtle">{children}</M.Label>;
}

export function DropdownMenuSeparator() {
  return <M.Separator className="my-1 h-px bg-line" />;
}

type DeferredMenuProps = {
  /** The menu's button, exactly as it should look (a <button> or a component that renders one). */
  trigger: ReactElement<ComponentProps<"button">>;
  /** The menu's content (a DropdownMenuContent), built when the button is first used. */
  children: ReactNode;
  onOpenChange?: (open: boolean) => void;
  modal?: boolean;
};

/** The keys that open a menu from its button (Radix's own), and so arm a deferred one. */
const OPENING_KEYS = ["Enter", " ", "ArrowDown"];

/**
 * A menu whose Radix parts (root, layers, focus scope, portal) are built on first use: until then
 * only its button renders, with the same look, id and name. Radix's menu costs about 0.1 ms a copy
 * to render on the server, and some pages carry one on every row or card, or on every page. Opened
 * by a key, it is built closed and that key is then handed to Radix's button, so Radix knows it
 * was the keyboard and puts focus on the first item, as it does on every later opening.
 */
export function DeferredMenu({ trigger, children, onOpenChange, modal }: DeferredMenuProps) {
  // How it was first used: a click, or a key (which Radix gets once it is built).
  const [armed, setArmed] = useState<{ by: "pointer" } | { by: "keyboard"; key: string } | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (armed?.by !== "keyboard") return;
    button.current?.focus();
    button.current?.dispatchEvent(new globalThis.KeyboardEvent("keydown", { key: armed.key, bubbles: true, cancelable: true }));
  }, [armed]);
  if (!armed) {
    return cloneElement(trigger, {
      "aria-haspopup": "menu",
      "aria-expanded": false,
      onClick: () => setArmed({ by: "pointer" }),
      onKeyDown: (e: KeyboardEvent<HTMLButtonElement>) => {
        if (!OPENING_KEYS.includes(e.key)) return;
        e.preventDefault();
        setArmed({ by: "keyboard", key: e.key });
      },
    });
  }
  return (
    <M.Root defaultOpen={armed.by === "pointer"} modal={modal} onOpenChange={onOpenChange}>
      <M.Trigger asChild ref={button}>
        {trigger}
      </M.Trigger>
      {children}
    </M.Root>
  );
}
