import type { OrganizationKind } from '@web/graphql/generated/graphql';
import type { RecipientOption } from './recipient-query';

export interface RecipientNode {
  readonly option: RecipientOption;
  /** The organizations under it that are in the list too (a state's counties). */
  readonly children: readonly RecipientNode[];
}

export interface RecipientGroup {
  readonly key: string;
  readonly label: string;
  readonly nodes: readonly RecipientNode[];
}

const GROUPS: readonly { key: string; label: string; kinds: readonly (OrganizationKind | null)[] }[] = [
  { key: 'federal', label: 'Federal agencies', kinds: ['FEDERAL'] },
  { key: 'isac', label: 'Information sharing centers (ISACs)', kinds: ['ISAC'] },
  { key: 'states', label: 'States and their counties', kinds: ['STATE', 'LOCAL'] },
  { key: 'other', label: 'Vendors, partners and operators', kinds: ['PRIVATE', 'PLATFORM', null] },
];

/**
 * The organizations as a tree for the picker: each under its parent when the parent is in the list too (Fulton
 * County under Georgia), the rest at the top of the group of their kind. A search that finds a county but not its
 * state shows the county on its own. Order within each level is the API's (by name).
 */
export function recipientTree(options: readonly RecipientOption[]): RecipientGroup[] {
  const listed = new Set(options.map((option) => option.id));
  const childrenOf = new Map<string, RecipientOption[]>();
  const roots: RecipientOption[] = [];
  for (const option of options) {
    const parent = option.parentId;
    if (parent && parent !== option.id && listed.has(parent)) {
      const siblings = childrenOf.get(parent) ?? [];
      siblings.push(option);
      childrenOf.set(parent, siblings);
    } else {
      roots.push(option);
    }
  }
  // A parent chain that loops back (it should not) is cut where it repeats, so every option shows once.
  const build = (option: RecipientOption, seen: ReadonlySet<string>): RecipientNode => {
    const path = new Set(seen).add(option.id);
    return {
      option,
      children: (childrenOf.get(option.id) ?? []).filter((child) => !path.has(child.id)).map((c) => build(c, path)),
    };
  };
  const shown = new Set<string>();
  const nodes = roots.map((root) => build(root, new Set()));
  const mark = (node: RecipientNode) => {
    shown.add(node.option.id);
    node.children.forEach(mark);
  };
  nodes.forEach(mark);
  // Options inside a loop were never reached from a root: list them on their own.
  for (const option of options) if (!shown.has(option.id)) nodes.push({ option, children: [] });

  const last = GROUPS.length - 1;
  const groupOf = (node: RecipientNode) => {
    const found = GROUPS.findIndex((group) => group.kinds.includes(node.option.organizationKind ?? null));
    return found < 0 ? last : found;
  };
  return GROUPS.map((group, index) => ({
    key: group.key,
    label: group.label,
    nodes: nodes.filter((node) => groupOf(node) === index),
  })).filter((group) => group.nodes.length > 0);
}

/** Organizations in this subtree, itself included. */
export function countNodes(node: RecipientNode): number {
  return 1 + node.children.reduce((sum, child) => sum + countNodes(child), 0);
}
