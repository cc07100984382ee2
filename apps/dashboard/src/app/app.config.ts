import { APP_BASE_HREF } from '@angular/common';
import { provideHttpClient, withInterceptors } from '@angular/common/http';
import {
  inject,
  provideAppInitializer,
  provideBrowserGlobalErrorListeners,
  provideZonelessChangeDetection,
  type ApplicationConfig,
} from '@angular/core';
import { provideRouter, TitleStrategy, withComponentInputBinding } from '@angular/router';

import { routes } from './app.routes';
import { authInterceptor } from './core/auth/auth.interceptor';
import { SessionService } from './core/auth/session';
import { apiErrorInterceptor } from './core/http/api-error.interceptor';
import { PageTitleStrategy } from './core/layout/page-title-strategy';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    // Zoneless is the default since Angular 21; stated explicitly because the app relies on it.
    provideZonelessChangeDetection(),
    // No <base> element: the CSP's base-uri 'none' forbids it, so the router is given its base here.
    { provide: APP_BASE_HREF, useValue: '/' },
    provideRouter(routes, withComponentInputBinding()),
    { provide: TitleStrategy, useClass: PageTitleStrategy },
    // Order matters: errors travel back up this list, so the auth interceptor sees raw 401s
    // (to refresh and retry) before the error interceptor normalises whatever is left.
    provideHttpClient(withInterceptors([apiErrorInterceptor, authInterceptor])),
    // A reload keeps the user signed in via the refresh cookie, before the first route is chosen.
    provideAppInitializer(() => inject(SessionService).restore()),
  ],
};
