"use client";

import { useCallback, useEffect, useRef, useState } from "react";

/**
 * One cancellable request at a time (an import, suggestions on a long article): `start` gives
 * the AbortSignal to pass to fetch, `cancel` aborts it, and leaving the page aborts it too.
 */
export function useLongTask() {
  const controllerRef = useRef<AbortController | null>(null);
  const [running, setRunning] = useState(false);

  const start = useCallback(() => {
    controllerRef.current?.abort();
    const controller = new AbortController();
    controllerRef.current = controller;
    setRunning(true);
    return controller.signal;
  }, []);
  const finish = useCallback(() => {
    controllerRef.current = null;
    setRunning(false);
  }, []);
  const cancel = useCallback(() => {
    controllerRef.current?.abort();
    finish();
  }, [finish]);
  useEffect(() => () => controllerRef.current?.abort(), []);

  return { running, start, finish, cancel };
}

/** Seconds since `running` became true, counted every second. */
function useElapsedSeconds(running: boolean): number {
  const [seconds, setSeconds] = useState(0);
  useEffect(() => {
    if (!running) return;
    const started = Date.now();
    const timer = setInterval(() => setSeconds(Math.floor((Date.now() - started) / 1000)), 1000);
    return () => {
      clearInterval(timer);
      setSeconds(0);
    };
  }, [running]);
  return seconds;
}

/**
 * What runs, a progress bar, and after the first second how long it has taken, with a Cancel
 * button. The bar is indeterminate: the server does not report how far it is. `afterSecond`
 * shows it only once the task has taken a second (for work the user did not ask for by a click).
 */
export function LongTaskProgress({ running, label, onCancel, cancelLabel = "Cancel", afterSecond = false }: { running: boolean; label: string; onCancel: () => void; cancelLabel?: string; afterSecond?: boolean }) {
  const seconds = useElapsedSeconds(running);
  if (!running || (afterSecond && seconds < 1)) return null;
  return (
    <div className="import-progress long-task-progress">
      <p role="status">
        <progress aria-label={label} /> {label}…{seconds >= 1 ? ` ${seconds} s` : ""}
      </p>
      <button type="button" className="button small secondary" onClick={onCancel}>
        {cancelLabel}
      </button>
    </div>
  );
}
