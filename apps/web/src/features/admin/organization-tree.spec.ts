import { describe, expect, it } from 'vitest';
import { organizationTree, type TreeOrganization } from './organization-tree';

const org = (
  id: string,
  name: string,
  kind: TreeOrganization['kind'],
  parent: string | null = null,
): TreeOrganization => ({
  id,
  name,
  shortName: id.toUpperCase(),
  kind,
  parent: parent ? { id: parent } : null,
});

describe('organizationTree', () => {
  it('puts counties under their state, roots by kind then name', () => {
    const tree = organizationTree([
      org('fulton', 'Fulton County Elections', 'LOCAL', 'ga'),
      org('ga', 'Georgia Secretary of State', 'STATE'),
      org('cisa', 'CISA', 'FEDERAL'),
      org('cobb', 'Cobb County Elections', 'LOCAL', 'ga'),
      org('az', 'Arizona Secretary of State', 'STATE'),
    ]);
    expect(tree.map((node) => node.organization.id)).toEqual(['cisa', 'az', 'ga']);
    expect(tree[2]?.children.map((node) => node.organization.id)).toEqual(['cobb', 'fulton']);
  });

  it('shows an organization whose parent is not listed as a root', () => {
    const tree = organizationTree([org('fulton', 'Fulton County Elections', 'LOCAL', 'ga')]);
    expect(tree.map((node) => node.organization.id)).toEqual(['fulton']);
  });
});
