"use client";

import { usePathname } from "next/navigation";
import type { ReactNode } from "react";
import { isWhiteboardPath } from "./types";

/** Renders the site footer it is given, except under the full-height interview whiteboard. */
export function FooterSlot({ children }: { children: ReactNode }) {
  const pathname = usePathname() ?? "/";
  return isWhiteboardPath(pathname) ? null : children;
}
