import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { CreateUserRequest, Page, UpdateUserRequest, User } from '@proprio/contracts';
import type { Observable } from 'rxjs';

import { apiUrl } from '../../../core/http/api-url';

/** The `/users` endpoints (clinic administrators only). */
@Injectable({ providedIn: 'root' })
export class UsersApi {
  private readonly http = inject(HttpClient);

  list(limit: number, offset: number): Observable<Page<User>> {
    const params = new HttpParams().set('limit', limit).set('offset', offset);
    return this.http.get<Page<User>>(apiUrl('users'), { params });
  }

  get(id: string): Observable<User> {
    return this.http.get<User>(apiUrl('users', id));
  }

  create(request: CreateUserRequest): Observable<User> {
    return this.http.post<User>(apiUrl('users'), request);
  }

  update(id: string, request: UpdateUserRequest): Observable<User> {
    return this.http.patch<User>(apiUrl('users', id), request);
  }
}
