import type { MarkingReading } from './tlp-tier';

/** What a STIX type is, in the words of the people who import bundles. */
const KINDS: Readonly<Record<string, string>> = {
  'attack-pattern': 'An attack technique',
  campaign: 'A campaign',
  'course-of-action': 'A recommended action',
  grouping: 'A grouping of objects',
  incident: 'An incident',
  infrastructure: 'A description of infrastructure',
  'intrusion-set': 'A threat group (intrusion set)',
  location: 'A place',
  malware: 'A description of malware',
  'malware-analysis': 'A malware analysis',
  note: 'A note',
  'observed-data': 'A record of observed data',
  opinion: 'An opinion',
  report: 'Another report',
  'threat-actor': 'A threat actor',
  tool: 'A description of a tool',
  'language-content': 'A translation',
};

/** Cyber observables: things seen, which are not indicators until someone says they are. */
const OBSERVABLES = new Set([
  'artifact',
  'autonomous-system',
  'directory',
  'domain-name',
  'email-addr',
  'email-message',
  'file',
  'ipv4-addr',
  'ipv6-addr',
  'mac-addr',
  'mutex',
  'network-traffic',
  'process',
  'software',
  'url',
  'user-account',
  'windows-registry-key',
  'x509-certificate',
]);

/** Why an object of this type is not in the draft, for the skipped list. */
export function skipReason(type: string, marking: MarkingReading | undefined): string {
  switch (type) {
    case 'indicator':
    case 'vulnerability':
      return 'The report does not refer to it: Bulwark imports what the report lists.';
    case 'identity':
      return 'An organization or person (identity): the draft’s originator is your own organization.';
    case 'relationship':
      return 'A link between two objects (relationship): Bulwark does not keep links.';
    case 'sighting':
      return 'A sighting: Bulwark does not keep sightings.';
    case 'marking-definition':
      return `A handling marking that is not TLP${marking && 'other' in marking ? ` (${marking.other})` : ''}: Bulwark keeps only the TLP level as the draft’s tier. Check what the marking asks before you share the draft.`;
    case 'extension-definition':
      return 'The definition of a STIX extension: there is nothing in it to import.';
  }
  if (OBSERVABLES.has(type))
    return `Something observed (${type}), not an indicator: if it is one, add it to the draft yourself.`;
  const kind = Object.hasOwn(KINDS, type) ? KINDS[type] : 'An object';
  return `${kind} (${type}): Bulwark does not keep this kind of STIX object.`;
}
