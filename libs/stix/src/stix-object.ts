type Json = string | number | boolean | null | readonly Json[] | { readonly [key: string]: Json | undefined };

/** A STIX 2.1 object as JSON: what this library writes is plain data. */
export interface StixObject {
  readonly type: string;
  readonly id: string;
  readonly spec_version: '2.1';
  readonly [property: string]: Json | undefined;
}
