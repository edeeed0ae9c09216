import { graphql } from '@web/graphql/generated';

/** What a STIX bundle would become, and what it would leave out: read by the API, nothing saved. */
export const STIX_IMPORT_PREVIEW = graphql(`
  query StixImportPreview($json: String!) {
    stixImportPreview(json: $json) {
      title
      tier
      category
      severity
      indicatorCount
      skipped {
        id
        type
        reason
      }
    }
  }
`);

/** A draft made of the bundle's report; it is never published by this. */
export const IMPORT_STIX_BUNDLE = graphql(`
  mutation ImportStixBundle($input: ImportStixBundleInput!) {
    importStixBundle(input: $input) {
      bulletin {
        id
      }
      skipped {
        id
        type
        reason
      }
    }
  }
`);

/** The largest request this server takes: a bundle must fit in it as a JSON string. */
export const STIX_IMPORT_LIMIT = graphql(`
  query StixImportLimit {
    serverInfo {
      maxRequestBytes
    }
  }
`);
