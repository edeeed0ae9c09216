import type { BulwarkClient } from '@bulwark/client';
import { usageError } from '../cli-error';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface Connection<T> {
  edges: { node: T }[];
}

const ORGANIZATIONS = `query BulwarkCliOrganizations($search: String!) {
  organizations(first: 100, filter: { search: $search }) { edges { node { id name shortName } } }
}`;

const PEOPLE = `query BulwarkCliRecipientPeople($search: String!) {
  recipientOptions(tier: RED, search: $search, first: 100) { edges { node { id kind name email } } }
}`;

const APPROVERS = `query BulwarkCliApprovers($bulletinId: ID!, $tier: Tier) {
  approverOptions(bulletinId: $bulletinId, tier: $tier, first: 100) {
    edges { node { id name email offered reasonText } }
  }
}`;

/** Turns the names a writer uses (short names, emails) into the ids the API takes; an id passes as it is. */
export class NameResolver {
  constructor(private readonly client: BulwarkClient) {}

  /** An organization by short name (CISA), full name or id. */
  async organizationIds(field: string, names: readonly string[]): Promise<string[]> {
    const ids: string[] = [];
    for (const name of names) {
      if (UUID.test(name)) {
        ids.push(name);
        continue;
      }
      const answer = await this.client.request<
        { organizations: Connection<{ id: string; name: string; shortName: string }> },
        { search: string }
      >(ORGANIZATIONS, { search: name });
      const wanted = name.toLowerCase();
      const nodes = answer.organizations.edges.map((edge) => edge.node);
      const found = nodes.filter((node) => node.shortName.toLowerCase() === wanted);
      const matches = found.length ? found : nodes.filter((node) => node.name.toLowerCase() === wanted);
      if (matches.length !== 1)
        throw usageError(
          `front matter: ${field}: ${matches.length ? 'more than one' : 'no'} organization with the short name or name "${name}"`,
        );
      ids.push(matches[0].id);
    }
    return ids;
  }

  /** A bulletin's recipients at `tier`: people for RED, organizations for the others, as the API takes them. */
  async audience(
    tier: string,
    names: readonly string[],
  ): Promise<{ recipientUserIds: string[] } | { recipientOrganizationIds: string[] }> {
    return tier === 'RED'
      ? { recipientUserIds: await this.personIds('recipients', names) }
      : { recipientOrganizationIds: await this.organizationIds('recipients', names) };
  }

  /** RED recipients: a person by email or user id, among those a RED bulletin may name. */
  async personIds(field: string, emails: readonly string[]): Promise<string[]> {
    const ids: string[] = [];
    for (const email of emails) {
      if (UUID.test(email)) {
        ids.push(email);
        continue;
      }
      const answer = await this.client.request<
        { recipientOptions: Connection<{ id: string; kind: string; email: string | null }> },
        { search: string }
      >(PEOPLE, { search: email });
      const match = answer.recipientOptions.edges
        .map((edge) => edge.node)
        .find((node) => node.kind === 'PERSON' && node.email?.toLowerCase() === email.toLowerCase());
      if (!match) throw usageError(`front matter: ${field}: no person "${email}" who could receive a RED bulletin`);
      ids.push(match.id);
    }
    return ids;
  }

  /**
   * The approver of a draft to submit, or (with the amendment's `tier`) of an amendment, by email or user id, only
   * if the API would accept them.
   */
  async approverId(bulletinId: string, approver: string, tier?: string): Promise<string> {
    if (UUID.test(approver)) return approver;
    const answer = await this.client.request<
      {
        approverOptions: Connection<{ id: string; email: string; offered: boolean; reasonText: string | null }>;
      },
      { bulletinId: string; tier: string | null }
    >(APPROVERS, { bulletinId, tier: tier ?? null });
    const match = answer.approverOptions.edges
      .map((edge) => edge.node)
      .find((node) => node.email.toLowerCase() === approver.toLowerCase());
    if (!match) throw usageError(`front matter: approver: "${approver}" is not a publisher who could approve it`);
    if (!match.offered)
      throw usageError(`front matter: approver: "${approver}" cannot approve it: ${match.reasonText ?? 'refused'}`);
    return match.id;
  }
}
