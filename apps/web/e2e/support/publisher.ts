import { graphql, signIn } from '../../../../test/support/server-process';
import { DEMO_PASSWORD } from './portal';

export interface PublishedBulletin {
  readonly id: string;
  readonly title: string;
}

export interface BulletinDraft {
  readonly title: string;
  readonly tier: 'CLEAR' | 'GREEN' | 'AMBER';
  readonly summary?: string;
  readonly body?: string;
  /** AMBER: the state election offices it goes to, by state code (their clients, e.g. counties, receive it too). */
  readonly toStates?: readonly string[];
  readonly indicators?: readonly { type: string; value: string }[];
  readonly jurisdictions?: readonly string[];
  readonly references?: readonly string[];
  readonly tags?: readonly string[];
}

/** A CISA publisher, publishing through the GraphQL API as a partner system would (this part has no editor yet). */
export class Publisher {
  private readonly offices = new Map<string, string>();

  private constructor(
    private readonly url: string,
    private readonly token: string,
  ) {}

  static async signIn(url: string, email = 'publisher@cisa.demo'): Promise<Publisher> {
    return new Publisher(url, await signIn(url, email, DEMO_PASSWORD));
  }

  private async data<T>(query: string, variables: Record<string, unknown>): Promise<T> {
    const result = await graphql(this.url, query, variables, { authorization: `Bearer ${this.token}` });
    if (result.errors?.length || !result.data) throw new Error(`GraphQL failed: ${JSON.stringify(result.errors)}`);
    return result.data as T;
  }

  /** The state election office of a state, e.g. GA → Georgia's Secretary of State. */
  async stateOffice(state: string): Promise<string> {
    const known = this.offices.get(state);
    if (known) return known;
    const found = await this.data<{ organizations: { edges: { node: { id: string; jurisdiction: string } }[] } }>(
      'query ($state: String!) { organizations(filter: { jurisdiction: $state, kind: STATE }) { edges { node { id jurisdiction } } } }',
      { state },
    );
    const offices = found.organizations.edges.filter((edge) => edge.node.jurisdiction === state);
    if (offices.length !== 1) throw new Error(`expected one state office for ${state}, found ${offices.length}`);
    const id = offices[0].node.id;
    this.offices.set(state, id);
    return id;
  }

  /** createBulletin, then publishBulletin: the bulletin is out (and on its readers' sockets) when this returns. */
  async publish(draft: BulletinDraft): Promise<PublishedBulletin> {
    const recipients = await Promise.all((draft.toStates ?? []).map((state) => this.stateOffice(state)));
    const created = await this.data<{ createBulletin: { id: string } }>(
      'mutation ($input: CreateBulletinInput!) { createBulletin(input: $input) { id } }',
      {
        input: {
          title: draft.title,
          summary: draft.summary ?? `${draft.title}: what we know and what to do.`,
          body:
            draft.body ??
            `## What happened\n\n${draft.title}.\n\n## What to do\n\n- Check your logs for the indicators below\n- Tell your state office`,
          tier: draft.tier,
          category: 'CYBER_THREAT',
          severity: 'HIGH',
          jurisdictions: draft.jurisdictions ?? [],
          indicators: draft.indicators ?? [],
          references: draft.references ?? [],
          tags: draft.tags ?? [],
          ...(recipients.length ? { recipientOrganizationIds: recipients } : {}),
        },
      },
    );
    const id = created.createBulletin.id;
    await this.data('mutation ($id: ID!) { publishBulletin(input: { id: $id }) { id } }', { id });
    return { id, title: draft.title };
  }
}
