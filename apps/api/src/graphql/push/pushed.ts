import type { RequestViewer } from '@api/auth/request-viewer';

/**
 * A subscription payload together with the viewer it was just authorised for (re-authenticated at this push,
 * R17). The shared push renders it once per group of subscribers who would receive the same bytes.
 */
export class Pushed<T extends object> {
  constructor(
    readonly payload: T,
    readonly viewer: RequestViewer | null,
  ) {}
}
