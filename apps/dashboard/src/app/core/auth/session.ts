import { inject, Injectable } from '@angular/core';
import { Router } from '@angular/router';
import type { CurrentUser } from '@proprio/contracts';
import { finalize, firstValueFrom, map, shareReplay, type Observable } from 'rxjs';

import { AuthApi } from './auth-api';
import { AuthStore } from './auth-store';

export const SIGN_IN_PATH = '/sign-in';
/** Where a signed-in user lands when no other page was asked for: their caseload. */
export const HOME_PATH = '/caseload';

/** Starts, restores, refreshes and ends the signed-in session; the state itself lives in AuthStore. */
@Injectable({ providedIn: 'root' })
export class SessionService {
  private readonly api = inject(AuthApi);
  private readonly store = inject(AuthStore);
  private readonly router = inject(Router);

  /** One refresh at a time: parallel 401s all wait for the same refresh instead of racing it. */
  private refreshInFlight: Observable<string> | null = null;

  signIn(email: string, password: string): Observable<CurrentUser> {
    return this.api.login({ email, password }).pipe(
      map((response) => {
        this.store.setSession(response);
        return response.user;
      }),
    );
  }

  /**
   * On start-up, trades the refresh cookie (if any) for an access token so a reload keeps the user
   * signed in. Never rejects: without a valid cookie the user simply lands on the sign-in page.
   */
  async restore(): Promise<void> {
    try {
      await firstValueFrom(this.refresh());
    } catch {
      this.store.clear();
    }
  }

  /** Emits the new access token, or errors if the refresh cookie is missing, expired or revoked. */
  refresh(): Observable<string> {
    this.refreshInFlight ??= this.api.refresh().pipe(
      map((response) => {
        this.store.setSession(response);
        return response.accessToken;
      }),
      finalize(() => (this.refreshInFlight = null)),
      shareReplay({ bufferSize: 1, refCount: false }),
    );
    return this.refreshInFlight;
  }

  /**
   * Ends the session on the server (revoking the refresh token and clearing its cookie), then
   * locally whatever the server answered. Leaving the signed-in shell destroys every page and
   * dialog that held patient data, so nothing clinical stays in memory.
   */
  async signOut(): Promise<void> {
    try {
      await firstValueFrom(this.api.logout());
    } catch {
      // The local session ends anyway; an unreachable server must not keep a user signed in here.
    } finally {
      this.store.clear();
      await this.router.navigateByUrl(SIGN_IN_PATH);
    }
  }

  /** The session could not be renewed: forget it and ask the user to sign in again, then come back. */
  expire(): void {
    this.store.clear();
    const current = this.router.url;
    if (current.startsWith(SIGN_IN_PATH)) {
      return;
    }
    void this.router.navigate([SIGN_IN_PATH], {
      queryParams: { returnUrl: current, reason: 'expired' },
    });
  }
}

/** Only same-app paths are accepted as a post-sign-in destination (no `//evil.example` redirects). */
export function safeReturnUrl(candidate: string | null | undefined): string {
  if (!candidate || !candidate.startsWith('/') || candidate.startsWith('//')) {
    return HOME_PATH;
  }
  if (candidate.startsWith(SIGN_IN_PATH)) {
    return HOME_PATH;
  }
  return candidate;
}
