/** Told how long each step of a write took, so a profile can say where a batch's time went; absent, nothing is timed. */
export type StepTimer = (step: string, ms: number) => void;

/** Runs one step and reports its wall time to `timer` (when there is one), even when the step fails. */
export async function timeStep<T>(timer: StepTimer | undefined, step: string, work: () => Promise<T>): Promise<T> {
  if (!timer) return work();
  const started = performance.now();
  try {
    return await work();
  } finally {
    timer(step, performance.now() - started);
  }
}
