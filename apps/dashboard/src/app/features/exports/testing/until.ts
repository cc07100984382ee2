/**
 * Waits until `condition` holds, running change detection (`tick`) between checks; fails after
 * `timeoutMs`. For work no test harness can await: jsdom's FileReader, which reads a download's
 * error body, reports back after several macrotasks.
 */
export async function until(condition: () => boolean, tick: () => void, timeoutMs = 2000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    tick();
    if (condition()) return;
    if (Date.now() > deadline) throw new Error('until: the condition did not hold in time');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
