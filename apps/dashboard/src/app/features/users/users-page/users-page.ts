import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatPaginator, type PageEvent } from '@angular/material/paginator';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatOption, MatSelect, type MatSelectChange } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { ROLES, type Role, type UpdateUserRequest, type User } from '@proprio/contracts';
import { filter } from 'rxjs';

import { AuthStore } from '../../../core/auth/auth-store';
import { SessionService } from '../../../core/auth/session';
import { ROLE_LABELS } from '../../../shared/labels/labels';
import { confirmAction } from '../../../shared/ui/confirm-dialog';
import { ErrorBanner } from '../../../shared/ui/error-banner';
import { TypedCellDef } from '../../../shared/ui/typed-cell-def';
import { Notifier } from '../../../shared/ui/notifier';
import { CreateUserDialog } from '../create-user-dialog/create-user-dialog';
import { EditUserDialog } from '../edit-user-dialog/edit-user-dialog';
import { UsersApi } from '../data/users-api';

const USERS_PAGE_SIZE = 50;

/** Clinic administrators manage who can sign in, and with which role. */
@Component({
  selector: 'app-users-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DatePipe,
    MatButton,
    MatOption,
    MatPaginator,
    MatProgressBar,
    MatSelect,
    MatTableModule,
    ErrorBanner,
    TypedCellDef,
  ],
  templateUrl: './users-page.html',
  styleUrl: './users-page.scss',
})
export class UsersPage {
  private readonly api = inject(UsersApi);
  private readonly auth = inject(AuthStore);
  private readonly session = inject(SessionService);
  private readonly dialog = inject(MatDialog);
  private readonly notifier = inject(Notifier);

  protected readonly paging = signal({ limit: USERS_PAGE_SIZE, offset: 0 });
  protected readonly users = rxResource({
    params: () => this.paging(),
    stream: ({ params }) => this.api.list(params.limit, params.offset),
  });
  protected readonly page = computed(() => (this.users.hasValue() ? this.users.value() : undefined));
  protected readonly pageIndex = computed(() => Math.floor(this.paging().offset / this.paging().limit));
  protected readonly currentUserId = computed(() => this.auth.user()?.id);
  /** The user whose change is being saved, to disable their row's controls meanwhile. */
  protected readonly pendingUserId = signal<string | null>(null);
  protected readonly actionError = signal<unknown>(null);

  protected readonly columns = [
    'displayName',
    'professionalTitle',
    'email',
    'role',
    'status',
    'createdAt',
    'actions',
  ] as const;
  protected readonly roles = ROLES;
  protected readonly roleLabels = ROLE_LABELS;

  protected openCreate(): void {
    this.dialog
      .open<CreateUserDialog, void, User>(CreateUserDialog, { autoFocus: 'first-tabbable' })
      .afterClosed()
      .pipe(filter((user): user is User => user !== undefined))
      .subscribe((user) => {
        this.notifier.success(`${user.displayName} can now sign in.`);
        this.users.reload();
      });
  }

  protected openEdit(user: User): void {
    this.dialog
      .open<EditUserDialog, User, User>(EditUserDialog, { data: user, autoFocus: 'first-tabbable' })
      .afterClosed()
      .pipe(filter((saved): saved is User => saved !== undefined))
      .subscribe((saved) => {
        this.replaceRow(saved);
        this.notifier.success(`${saved.displayName} saved.`);
        if (saved.id === this.currentUserId() && saved.displayName !== user.displayName) {
          // The toolbar shows the session's own name; renewing the session brings the new one. A failure
          // only leaves the old name there until the next sign-in, so it is ignored.
          this.session.refresh().subscribe({ error: () => undefined });
        }
      });
  }

  protected changeRole(user: User, change: MatSelectChange<Role>): void {
    const role = change.value;
    confirmAction(this.dialog, {
      title: 'Change role?',
      message: `${user.displayName} will become ${ROLE_LABELS[role].toLowerCase()} and get exactly that role's permissions.`,
      confirmLabel: 'Change role',
    }).subscribe((confirmed) => {
      if (confirmed) {
        this.save(user, { role, version: user.version }, 'Role changed.');
      } else {
        change.source.value = user.role; // Put the select back.
      }
    });
  }

  protected toggleDisabled(user: User): void {
    if (user.disabled) {
      this.save(user, { disabled: false, version: user.version }, `${user.displayName} can sign in again.`);
      return;
    }
    confirmAction(this.dialog, {
      title: 'Disable this user?',
      message: `${user.displayName} will no longer be able to sign in. Their records and history are kept.`,
      confirmLabel: 'Disable',
    })
      .pipe(filter(Boolean))
      .subscribe(() => this.save(user, { disabled: true, version: user.version }, `${user.displayName} is disabled.`));
  }

  protected changePage(event: PageEvent): void {
    this.paging.set({ limit: event.pageSize, offset: event.pageIndex * event.pageSize });
  }

  private save(user: User, request: UpdateUserRequest, message: string): void {
    this.pendingUserId.set(user.id);
    this.actionError.set(null);
    this.api.update(user.id, request).subscribe({
      next: (updated) => {
        this.pendingUserId.set(null);
        this.replaceRow(updated);
        this.notifier.success(message);
      },
      error: (error: unknown) => {
        this.pendingUserId.set(null);
        this.actionError.set(error);
        // Show the server's truth again (e.g. after a version conflict).
        this.users.reload();
      },
    });
  }

  private replaceRow(updated: User): void {
    this.users.update((page) =>
      page ? { ...page, items: page.items.map((item) => (item.id === updated.id ? updated : item)) } : page,
    );
  }
}
