"use client";

import { useEffect, useRef } from "react";
import { isTypingTarget, shortcutFor, type ShortcutAction } from "./shortcuts";

/** Calls the handler for workspace shortcuts pressed outside text fields and dialogs. */
export function useWorkspaceShortcuts(handler: (action: ShortcutAction, key: string) => void) {
  const handlerRef = useRef(handler);
  useEffect(() => {
    handlerRef.current = handler;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isTypingTarget(event.target)) return;
      if (event.target instanceof Element && event.target.closest("dialog[open]")) return;
      const action = shortcutFor(event);
      if (!action) return;
      event.preventDefault();
      handlerRef.current(action, event.key);
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, []);
}
