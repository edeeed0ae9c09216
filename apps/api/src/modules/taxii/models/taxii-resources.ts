import type { StixObject } from '@bulwark/stix';

/** TAXII 2.1's resources (section 4 and 5), as this server writes them. */
export interface TaxiiDiscovery {
  readonly title: string;
  readonly description: string;
  readonly default: string;
  readonly api_roots: readonly string[];
}

export interface TaxiiApiRoot {
  readonly title: string;
  readonly description: string;
  readonly versions: readonly string[];
  readonly max_content_length: number;
}

export interface TaxiiCollection {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly can_read: boolean;
  readonly can_write: boolean;
  readonly media_types: readonly string[];
}

export interface TaxiiManifestRecord {
  readonly id: string;
  readonly date_added: string;
  readonly version: string;
  readonly media_type: string;
}

/** A page, and what the X-TAXII-Date-Added-First and -Last headers say of it. */
export interface TaxiiPage<T> {
  readonly body: { readonly more: boolean; readonly next?: string } & T;
  readonly firstAdded: string | null;
  readonly lastAdded: string | null;
}

export type TaxiiEnvelope = TaxiiPage<{ readonly objects: readonly StixObject[] }>;
export type TaxiiManifest = TaxiiPage<{ readonly objects: readonly TaxiiManifestRecord[] }>;
export type TaxiiVersions = TaxiiPage<{ readonly versions: readonly string[] }>;
