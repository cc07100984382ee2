import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../errors/app-error.js';

export const MAX_JSON_DEPTH = 32;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * The JSON body parser. Besides parsing, it refuses what would otherwise fail deep inside the app as
 * a 500: nesting deeper than any request needs (class-transformer recurses until the stack runs out),
 * NUL characters (PostgreSQL cannot store them in text or jsonb), and prototype-pollution keys.
 * Each refusal is a 400 that names the field.
 */
export function registerJsonBodyParser(fastify: FastifyInstance, bodyLimit: number): void {
  fastify.removeContentTypeParser('application/json');
  fastify.addContentTypeParser(
    'application/json',
    { parseAs: 'string', bodyLimit },
    (_request: FastifyRequest, body: string | Buffer, done: (error: Error | null, value?: unknown) => void) => {
      let value: unknown;
      try {
        value = body.length === 0 ? undefined : JSON.parse(body.toString());
      } catch {
        done(
          AppError.validation([{ field: 'body', issue: 'is not valid JSON' }], 'The request body is not valid JSON.'),
        );
        return;
      }
      const problem = inspect(value);
      done(problem ? AppError.validation([problem]) : null, value);
    },
  );
}

/** Walks the parsed body without recursion and reports the first field that breaks a rule. */
export function inspect(root: unknown): { field: string; issue: string } | undefined {
  const stack: { value: unknown; path: string; depth: number }[] = [{ value: root, path: '', depth: 0 }];
  while (stack.length) {
    const { value, path, depth } = stack.pop()!;
    const field = path || 'body';
    if (typeof value === 'string') {
      if (value.includes('\u0000')) return { field, issue: 'must not contain NUL characters' };
      continue;
    }
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= MAX_JSON_DEPTH) return { field, issue: `is nested more than ${MAX_JSON_DEPTH} levels deep` };
    for (const [key, child] of Object.entries(value)) {
      const childPath = path ? `${path}.${key}` : key;
      if (FORBIDDEN_KEYS.has(key)) return { field: childPath, issue: 'is not an allowed field name' };
      if (key.includes('\u0000')) return { field: path || 'body', issue: 'has a field name with a NUL character' };
      stack.push({ value: child, path: childPath, depth: depth + 1 });
    }
  }
  return undefined;
}
