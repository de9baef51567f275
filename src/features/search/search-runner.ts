/**
 * Runs a search per keystroke without flooding: the first keystroke searches at once (cold or warm, the reader
 * sees results as soon as possible), further keystrokes within `wait` ms are folded into one search, and only
 * the answer to the latest search is shown.
 */
export interface RunnerHandlers<T> {
  onStart?(): void;
  onResult(result: T, query: string): void;
  onError(error: unknown, query: string): void;
}

export function createRunner<T>(exec: (query: string) => Promise<T>, handlers: RunnerHandlers<T>, wait = 60) {
  let latest = 0;
  let lastFired = Number.NEGATIVE_INFINITY;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const fire = (query: string) => {
    lastFired = performance.now();
    const id = ++latest;
    handlers.onStart?.();
    exec(query).then(
      (result) => id === latest && handlers.onResult(result, query),
      (error: unknown) => id === latest && handlers.onError(error, query),
    );
  };

  return {
    run(query: string): void {
      clearTimeout(timer);
      const since = performance.now() - lastFired;
      if (since >= wait) fire(query);
      else timer = setTimeout(() => fire(query), wait - since);
    },
  };
}
