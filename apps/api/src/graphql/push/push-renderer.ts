import { type ExecutionArgs, type ExecutionResult, execute, type FormattedExecutionResult } from 'graphql';
import type { GqlContext, RequestViewer } from '@api/auth/request-viewer';
import { RequestLoaders } from '@api/graphql/request-loaders';
import { PushScope } from './push-scope';
import type { PushSelection } from './push-selection';
import type { Pushed } from './pushed';

export type ResultFormatter = (result: ExecutionResult) => FormattedExecutionResult;

/** Of the viewer, exactly what a selection of this scope can depend on. */
function viewerKey(scope: PushScope, viewer: RequestViewer | null): string {
  if (scope === PushScope.SHARED) return '';
  if (!viewer) return 'anonymous';
  let keys = viewerKeys.get(viewer);
  if (!keys) {
    const roles = [...viewer.roles].sort();
    const standing = [viewer.kind, viewer.active, viewer.organizationId, viewer.organizationAncestorIds, roles];
    keys = {
      organization: JSON.stringify([...standing, viewer.clearance]),
      viewer: JSON.stringify([...standing, viewer.clearance, viewer.userId, viewer.apiKeyId, viewer.sessionId]),
    };
    viewerKeys.set(viewer, keys);
  }
  return scope === PushScope.ORGANIZATION ? keys.organization : keys.viewer;
}

/** A viewer re-read for a push serves every subscription on its session or key: its keys are worked out once. */
const viewerKeys = new WeakMap<RequestViewer, { organization: string; viewer: string }>();

/**
 * Renders each pushed payload once per group of subscribers who must receive the same bytes: same selection
 * (and variables below the root field), and, as far as the selection depends on it, the same viewer standing.
 * Renders are keyed on the payload object, shared by every subscriber it reached, and go when it does.
 */
export class PushRenderer {
  /** By payload, then selection key, then viewer key: no key is built per subscriber. */
  private readonly renders = new WeakMap<object, Map<string, Map<string, Promise<string>>>>();

  constructor(private readonly formatResult: ResultFormatter) {}

  /** The payload of a `next` message, as JSON text. */
  render(args: ExecutionArgs, selection: PushSelection, pushed: Pushed<object>): Promise<string> {
    let bySelection = this.renders.get(pushed.payload);
    if (!bySelection) {
      bySelection = new Map();
      this.renders.set(pushed.payload, bySelection);
    }
    let byViewer = bySelection.get(selection.key);
    if (!byViewer) {
      byViewer = new Map();
      bySelection.set(selection.key, byViewer);
    }
    const viewer = viewerKey(selection.scope, pushed.viewer);
    let bytes = byViewer.get(viewer);
    if (!bytes) {
      bytes = this.execute(args, pushed);
      byViewer.set(viewer, bytes);
    }
    return bytes;
  }

  private async execute(args: ExecutionArgs, pushed: Pushed<object>): Promise<string> {
    // A context of its own: the group member's viewer as just re-authenticated, loaders for this render only.
    const req = { headers: {}, viewer: pushed.viewer ?? undefined };
    const contextValue: GqlContext = { req, loaders: new RequestLoaders() };
    const result = await execute({ ...args, rootValue: pushed, contextValue });
    return JSON.stringify(this.formatResult(result));
  }
}
