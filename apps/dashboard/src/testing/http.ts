import type { HttpTestingController, TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { ApiError } from '@proprio/contracts';

/** Answers a pending request the way the API fails: its status, and the error body. */
export function failWith(request: TestRequest, error: ApiError): void {
  request.flush(error, { status: error.statusCode, statusText: error.code });
}

/**
 * Lets a resource take in a response (it does so in a later microtask), then runs effects so the
 * requests that depend on it are sent. Unlike `whenStable()`, it does not wait for those requests.
 */
export async function settleResponse(tick: () => void): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 0));
  tick();
}

/**
 * Fails the test if a request went unanswered (or unexpected), and always resets the TestBed.
 * Test files share one context, so a throwing hook that skipped the reset would break every
 * file after it with an unrelated error.
 */
export function verifyNoPendingRequests(backend: HttpTestingController): void {
  try {
    backend.verify();
  } finally {
    TestBed.resetTestingModule();
  }
}
