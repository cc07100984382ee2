/** Every API route is same-origin under this prefix (the dev server proxies it to the API). */
export const API_PREFIX = '/api/v1';

/** Builds an API URL from path segments, encoding each so an id can never change the route. */
export function apiUrl(...segments: string[]): string {
  return [API_PREFIX, ...segments.map((segment) => encodeURIComponent(segment))].join('/');
}

/** True for requests to our own API: only these may carry the access token. */
export function isApiUrl(url: string): boolean {
  return url === API_PREFIX || url.startsWith(`${API_PREFIX}/`);
}
