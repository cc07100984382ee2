import { rmSync } from 'node:fs';

export default async function globalTeardown(): Promise<void> {
  const state = (globalThis as { __proprioTestDatabase?: { dir: string; stop(): Promise<void> } })
    .__proprioTestDatabase;
  if (!state) return;
  await state.stop();
  rmSync(state.dir, { recursive: true, force: true });
}
