import { computed, Injectable, signal } from '@angular/core';
import { hasPermission, type CurrentUser, type Permission, type TokenResponse } from '@proprio/contracts';

/**
 * Who is signed in, held in memory only. The access token is never written to localStorage or
 * sessionStorage (an XSS could read those); a reload restores the session from the HttpOnly refresh
 * cookie instead. The refresh token in the response body is deliberately ignored for the same reason.
 */
@Injectable({ providedIn: 'root' })
export class AuthStore {
  private readonly token = signal<string | null>(null);
  private readonly currentUser = signal<CurrentUser | null>(null);

  readonly user = this.currentUser.asReadonly();
  readonly accessToken = this.token.asReadonly();
  readonly isSignedIn = computed(() => this.token() !== null && this.currentUser() !== null);

  setSession(response: TokenResponse): void {
    this.token.set(response.accessToken);
    this.currentUser.set(response.user);
  }

  clear(): void {
    this.token.set(null);
    this.currentUser.set(null);
  }

  /**
   * Whether the signed-in user's role grants a permission, using the same table the API enforces.
   * Used only to hide actions the API would refuse; the API remains the authority.
   */
  can(permission: Permission): boolean {
    const user = this.currentUser();
    return user !== null && hasPermission(user.role, permission);
  }
}
