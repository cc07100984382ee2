import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatListItem, MatNavList } from '@angular/material/list';
import { MatSidenav, MatSidenavContainer, MatSidenavContent } from '@angular/material/sidenav';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatToolbar } from '@angular/material/toolbar';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';

import { AuthStore } from '../../core/auth/auth-store';
import { SessionService } from '../../core/auth/session';
import { ROLE_LABELS } from '../../shared/labels/labels';

/** The signed-in frame: clinic toolbar, navigation, and the page outlet. */
@Component({
  selector: 'app-shell',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButton,
    MatListItem,
    MatNavList,
    MatSidenav,
    MatSidenavContainer,
    MatSidenavContent,
    MatToolbar,
    RouterLink,
    RouterLinkActive,
    RouterOutlet,
  ],
  templateUrl: './shell.html',
  styleUrl: './shell.scss',
})
export class Shell {
  private readonly auth = inject(AuthStore);
  private readonly session = inject(SessionService);

  protected readonly user = this.auth.user;
  protected readonly roleLabel = computed(() => {
    const user = this.user();
    return user ? ROLE_LABELS[user.role] : '';
  });
  protected readonly canManageUsers = computed(() => this.user() !== null && this.auth.can('user:manage'));
  protected readonly canManageClinic = computed(() => this.user() !== null && this.auth.can('clinic:manage'));
  protected readonly canReadLibrary = computed(() => this.user() !== null && this.auth.can('library:read'));
  protected readonly signingOut = signal(false);

  constructor() {
    // Dialogs and snack bars live outside the page tree; close them with the shell so no patient
    // data stays on screen after sign-out or session expiry.
    const dialog = inject(MatDialog);
    const snackBar = inject(MatSnackBar);
    inject(DestroyRef).onDestroy(() => {
      dialog.closeAll();
      snackBar.dismiss();
    });
  }

  protected signOut(): void {
    this.signingOut.set(true);
    void this.session.signOut();
  }
}
