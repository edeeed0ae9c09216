import type { OrganizationKind } from '@web/graphql/generated/graphql';

export interface TreeOrganization {
  readonly id: string;
  readonly name: string;
  readonly shortName: string;
  readonly kind: OrganizationKind;
  readonly parent: { readonly id: string } | null;
}

export interface TreeNode<T extends TreeOrganization> {
  readonly organization: T;
  readonly children: TreeNode<T>[];
}

/** The order the directory is read in: the operators, federal agencies, ISACs, states, counties, partners. */
export const KIND_ORDER: readonly OrganizationKind[] = ['PLATFORM', 'FEDERAL', 'ISAC', 'STATE', 'LOCAL', 'PRIVATE'];

export const KIND_LABELS: Readonly<Record<OrganizationKind, string>> = {
  PLATFORM: 'Platform operators',
  FEDERAL: 'Federal',
  ISAC: 'ISAC',
  STATE: 'State',
  LOCAL: 'County or city',
  PRIVATE: 'Private partner',
};

/**
 * The parent tree (a county under its state), roots by kind then name. An organization whose parent is not in the
 * list (outside a search's matches) is shown as a root, so nothing listed goes missing.
 */
export function organizationTree<T extends TreeOrganization>(organizations: readonly T[]): TreeNode<T>[] {
  const nodes = new Map(
    organizations.map((organization) => [organization.id, { organization, children: [] as TreeNode<T>[] }]),
  );
  const roots: TreeNode<T>[] = [];
  for (const node of nodes.values()) {
    const parent = node.organization.parent ? nodes.get(node.organization.parent.id) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  const byName = (a: TreeNode<T>, b: TreeNode<T>) => a.organization.name.localeCompare(b.organization.name);
  const sort = (list: TreeNode<T>[]) => {
    list.sort(byName);
    for (const node of list) sort(node.children);
  };
  sort(roots);
  roots.sort(
    (a, b) => KIND_ORDER.indexOf(a.organization.kind) - KIND_ORDER.indexOf(b.organization.kind) || byName(a, b),
  );
  return roots;
}
