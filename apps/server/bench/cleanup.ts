// Everything the bench starts or creates is undone here: in order on the way
// out, on SIGINT/SIGTERM, and (what can be done synchronously) on any exit.

type Undo = () => Promise<void> | void;

const steps: { name: string; undo: Undo; onExit?: () => void }[] = [];
const CLEANUP_TIMEOUT_MS = 20_000;

/**
 * Registers an undo step; `onExit` is its synchronous last resort (kill a
 * process, remove a folder) if the process exits before the step has run.
 * Returns a function that runs the step now and forgets it.
 */
export function onCleanup(name: string, undo: Undo, onExit?: () => void): () => Promise<void> {
  const step = onExit === undefined ? { name, undo } : { name, undo, onExit };
  steps.push(step);
  return async () => {
    const at = steps.indexOf(step);
    if (at === -1) return;
    steps.splice(at, 1);
    await step.undo();
  };
}

let running: Promise<boolean> | undefined;
let interrupted = false;

/**
 * Runs every registered step, newest first; reports (and survives) each
 * failure. Concurrent callers (the main flow and a signal) share one pass.
 */
export function cleanUpAll(): Promise<boolean> {
  running ??= runSteps().finally(() => {
    running = undefined;
  });
  return running;
}

async function runSteps(): Promise<boolean> {
  let clean = true;
  const deadline = Date.now() + CLEANUP_TIMEOUT_MS;
  while (steps.length > 0) {
    const step = steps.pop();
    if (!step) break;
    try {
      await withTimeout(step.undo(), Math.max(1000, deadline - Date.now()), step.name);
    } catch (error) {
      clean = false;
      console.error(`server bench: cleanup "${step.name}" failed: ${messageOf(error)}`);
      step.onExit?.();
    }
  }
  return clean;
}

/** Whether SIGINT/SIGTERM asked the bench to stop. */
export function wasInterrupted(): boolean {
  return interrupted;
}

/** Installs the exit and signal handlers once. */
export function installExitHandlers(): void {
  process.on('exit', () => {
    for (const step of steps.splice(0).reverse()) {
      try {
        step.onExit?.();
      } catch {
        // Exiting anyway: nothing more can be done here.
      }
    }
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    // Not once: Ctrl-C reaches this process from the terminal and again from
    // tsx, and a second default SIGINT would end it before the cleanup is done.
    process.on(signal, () => {
      if (interrupted) return;
      interrupted = true;
      console.error(`\nserver bench: ${signal} received, cleaning up`);
      // Dropping the database ends connections still at work (the seeding's):
      // their errors are expected now and must not cut the cleanup short.
      process.on('uncaughtException', (error) => {
        console.error(`server bench: while stopping: ${error.message}`);
      });
      void cleanUpAll().finally(() => process.exit(130));
    });
  }
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function withTimeout(work: Promise<void> | void, ms: number, name: string): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      work,
      new Promise<never>((_resolve, reject) => {
        timer = setTimeout(() => {
          reject(new Error(`"${name}" took over ${ms} ms`));
        }, ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}
