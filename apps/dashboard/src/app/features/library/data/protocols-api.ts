import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  CloneProtocolRequest,
  CreateProtocolVersionRequest,
  Page,
  Protocol,
  ProtocolSource,
  ProtocolSummary,
  ProtocolVersion,
  UpdateProtocolVersionRequest,
} from '@proprio/contracts';
import type { Observable } from 'rxjs';

import { apiUrl } from '../../../core/http/api-url';

export interface ProtocolQuery {
  q?: string;
  source?: ProtocolSource | null;
  includeArchived?: boolean;
  limit?: number;
  offset?: number;
}

/** The `/protocols` and `/protocol-versions` endpoints: protocols as data, versioned. */
@Injectable({ providedIn: 'root' })
export class ProtocolsApi {
  private readonly http = inject(HttpClient);

  list(query: ProtocolQuery): Observable<Page<ProtocolSummary>> {
    let params = new HttpParams();
    const q = query.q?.trim();
    if (q) {
      params = params.set('q', q);
    }
    if (query.source) {
      params = params.set('source', query.source);
    }
    if (query.includeArchived) {
      params = params.set('includeArchived', 'true');
    }
    if (query.limit !== undefined) {
      params = params.set('limit', query.limit);
    }
    if (query.offset !== undefined) {
      params = params.set('offset', query.offset);
    }
    return this.http.get<Page<ProtocolSummary>>(apiUrl('protocols'), { params });
  }

  get(id: string): Observable<Protocol> {
    return this.http.get<Protocol>(apiUrl('protocols', id));
  }

  /** A new clinic protocol, copied from one version (the latest when none is named). */
  clone(id: string, request: CloneProtocolRequest): Observable<Protocol> {
    return this.http.post<Protocol>(apiUrl('protocols', id, 'clone'), request);
  }

  /** A new version of a clinic protocol: the way to change a version that is in use. */
  createVersion(protocolId: string, request: CreateProtocolVersionRequest): Observable<ProtocolVersion> {
    return this.http.post<ProtocolVersion>(apiUrl('protocols', protocolId, 'versions'), request);
  }

  getVersion(versionId: string): Observable<ProtocolVersion> {
    return this.http.get<ProtocolVersion>(apiUrl('protocol-versions', versionId));
  }

  /** Edits an unused clinic version in place; a version in use answers 409 PROTOCOL_VERSION_IN_USE. */
  updateVersion(versionId: string, request: UpdateProtocolVersionRequest): Observable<ProtocolVersion> {
    return this.http.put<ProtocolVersion>(apiUrl('protocol-versions', versionId), request);
  }
}
