import { describe, expect, it } from '@jest/globals';
import { hash } from '@node-rs/argon2';
import { PasswordService } from './password.service.js';

const service = new PasswordService();
const PASSWORD = 'correct-horse-battery-staple';

/** Splits a PHC string: $argon2id$v=19$m=...,t=...,p=...$salt$hash */
function parse(phc: string) {
  const match = /^\$(argon2(?:id|i|d))\$v=(\d+)\$m=(\d+),t=(\d+),p=(\d+)\$([A-Za-z0-9+/]+)\$([A-Za-z0-9+/]+)$/.exec(
    phc,
  );
  if (!match) throw new Error(`not an argon2 PHC string: ${phc}`);
  const [, algorithm, version, m, t, p, salt, digest] = match;
  return {
    algorithm,
    version: Number(version),
    memoryKiB: Number(m),
    iterations: Number(t),
    parallelism: Number(p),
    saltBytes: Buffer.from(salt!, 'base64').length,
    hashBytes: Buffer.from(digest!, 'base64').length,
  };
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint();
  await work();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

describe('PasswordService', () => {
  it('hashes with argon2id at no less than the OWASP minimum (m ≥ 19456 KiB, t ≥ 2, p = 1)', async () => {
    const phc = parse(await service.hash(PASSWORD));
    expect(phc.algorithm).toBe('argon2id');
    expect(phc.version).toBe(19);
    expect(phc.memoryKiB).toBeGreaterThanOrEqual(19_456);
    expect(phc.iterations).toBeGreaterThanOrEqual(2);
    expect(phc.parallelism).toBe(1);
    expect(phc.saltBytes).toBeGreaterThanOrEqual(16);
    expect(phc.hashBytes).toBeGreaterThanOrEqual(32);
  });

  it('salts every hash and never stores the password itself', async () => {
    const [first, second] = await Promise.all([service.hash(PASSWORD), service.hash(PASSWORD)]);
    expect(first).not.toBe(second);
    expect(first).not.toContain(PASSWORD);
    expect(first).not.toContain(Buffer.from(PASSWORD).toString('base64').replace(/=+$/, ''));
  });

  it('verifies the right password and refuses a wrong one', async () => {
    const stored = await service.hash(PASSWORD);
    expect(await service.verify(stored, PASSWORD)).toBe(true);
    for (const wrong of ['correct-horse-battery-stapl', `${PASSWORD} `, PASSWORD.toUpperCase(), '']) {
      expect(await service.verify(stored, wrong)).toBe(false);
    }
  });

  it('still verifies hashes made with other argon2 parameters (older or stronger settings)', async () => {
    const stronger = await hash(PASSWORD, { algorithm: 2, memoryCost: 32_768, timeCost: 3, parallelism: 1 });
    expect(await service.verify(stronger, PASSWORD)).toBe(true);
    expect(await service.verify(stronger, 'nope')).toBe(false);
  });

  it('returns false, without throwing, for a corrupt stored hash', async () => {
    for (const corrupt of ['', 'not-a-hash', '$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$', 'plain-text-password']) {
      await expect(service.verify(corrupt, PASSWORD)).resolves.toBe(false);
    }
  });

  it('returns false for an unknown user, after doing the same work as for a real one', async () => {
    await expect(service.verify(undefined, PASSWORD)).resolves.toBe(false);
    await expect(service.verify(undefined, 'proprio-timing-equaliser')).resolves.toBe(false);

    // An unknown email must not answer faster than a wrong password: it verifies a dummy hash.
    const stored = await service.hash(PASSWORD);
    const known: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 3; i += 1) {
      known.push(await timed(() => service.verify(stored, 'wrong-password')));
      unknown.push(await timed(() => service.verify(undefined, 'wrong-password')));
    }
    const fastest = (times: number[]) => Math.min(...times);
    expect(fastest(unknown)).toBeGreaterThan(fastest(known) * 0.3);
  });
});
