"use client";

import { Dialog as D } from "radix-ui";
import type { ReactNode } from "react";
import { cn } from "./cn";

export const Dialog = D.Root;
export const DialogTrigger = D.Trigger;
export const DialogClose = D.Close;

type ContentProps = {
  title: string;
  description?: ReactNode;
  children: ReactNode;
  className?: string;
  /** Where focus goes when the dialog opens (Radix's onOpenAutoFocus), e.g. the first field. */
  onOpenAutoFocus?: (event: Event) => void;
  /** Where focus goes when it closes (Radix's onCloseAutoFocus): by default back to what had it before. */
  onCloseAutoFocus?: (event: Event) => void;
};

/** A modal dialog: focus trapped inside, Escape and the overlay close it, focus returns on close. */
export function DialogContent({ title, description, children, className, onOpenAutoFocus, onCloseAutoFocus }: ContentProps) {
  return (
    <D.Portal>
      <D.Overlay className="fixed inset-0 z-40 bg-slate-950/50 backdrop-blur-[1px]" />
      <D.Content
        onOpenAutoFocus={onOpenAutoFocus}
        onCloseAutoFocus={onCloseAutoFocus}
        className={cn(
          "fixed top-1/2 left-1/2 z-50 max-h-[90vh] w-[calc(100vw-2rem)] max-w-md -translate-x-1/2 -translate-y-1/2 overflow-y-auto rounded-xl border border-line bg-surface p-5 text-fg shadow-xl",
          className,
        )}
        {...(description ? {} : { "aria-describedby": undefined })}
      >
        <D.Title className="text-base font-semibold">{title}</D.Title>
        {description ? <D.Description className="mt-1 text-sm text-muted">{description}</D.Description> : null}
        <div className="mt-4">{children}</div>
      </D.Content>
    </D.Portal>
  );
}

export function DialogFooter({ children }: { children: ReactNode }) {
  return <div className="mt-5 flex flex-wrap justify-end gap-2">{children}</div>;
}
