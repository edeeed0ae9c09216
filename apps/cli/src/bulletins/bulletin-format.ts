import type { Bulletin, BulletinSummary } from '@bulwark/client';
import { type Column, renderTable } from '../io/output';
import type { Style } from '../io/terminal-style';

function tierLabel(tier: string, style: Style): string {
  if (tier === 'RED') return style.red(tier);
  if (tier === 'AMBER' || tier === 'AMBER_STRICT') return style.yellow(tier);
  if (tier === 'GREEN') return style.green(tier);
  return tier;
}

function severityLabel(severity: string, style: Style): string {
  return severity === 'CRITICAL' || severity === 'HIGH' ? style.bold(severity) : severity;
}

function day(iso: string | null | undefined): string {
  return iso ? iso.slice(0, 10) : '-';
}

export function bulletinTable(bulletins: readonly BulletinSummary[], style: Style, width?: number): string {
  const columns: Column<BulletinSummary>[] = [
    { header: 'REFERENCE', value: (b) => b.reference ?? b.id },
    { header: 'PUBLISHED', value: (b) => day(b.publishedAt) },
    { header: 'TIER', value: (b) => tierLabel(b.tier, style) },
    { header: 'SEVERITY', value: (b) => severityLabel(b.severity, style) },
    { header: 'STATUS', value: (b) => b.status },
    { header: 'TITLE', value: (b) => b.title, flexible: true },
  ];
  const header = renderTable(bulletins, columns, width);
  // The header line only, in bold: the rows keep their own colours.
  const newline = header.indexOf('\n');
  return style.bold(header.slice(0, newline)) + header.slice(newline);
}

/** A bulletin for a person to read: the facts, then the Markdown body as written. */
export function describeBulletin(bulletin: Bulletin, style: Style): string {
  const facts: [string, string | undefined][] = [
    ['reference', bulletin.reference ?? undefined],
    ['id', bulletin.id],
    ['status', `${bulletin.status}, revision ${bulletin.revision}`],
    ['tier', tierLabel(bulletin.tier, style)],
    ['severity', severityLabel(bulletin.severity, style)],
    ['category', bulletin.category],
    ['from', bulletin.originators.map((o) => `${o.name} (${o.shortName})`).join(', ')],
    ['jurisdictions', bulletin.jurisdictions.join(', ') || 'national'],
    ['tags', bulletin.tags.join(', ') || undefined],
    ['published', bulletin.publishedAt ?? undefined],
    ['retracted', bulletin.retractedAt ? `${bulletin.retractedAt}: ${bulletin.retractionReason ?? ''}` : undefined],
    ['expires', bulletin.expiresAt ?? undefined],
    ['change note', bulletin.changeNote ?? undefined],
  ];
  const width = Math.max(...facts.map(([label]) => label.length)) + 2;
  const lines = [style.bold(bulletin.title), bulletin.summary, ''];
  for (const [label, value] of facts) if (value) lines.push(`${`${label}:`.padEnd(width)}${value}`);
  if (bulletin.indicators.length) {
    lines.push('', style.bold('Indicators'));
    for (const indicator of bulletin.indicators) lines.push(`  ${indicator.type.padEnd(7)} ${indicator.value}`);
  }
  if (bulletin.references.length) {
    lines.push('', style.bold('References'));
    for (const reference of bulletin.references) lines.push(`  ${reference}`);
  }
  if (bulletin.body) lines.push('', bulletin.body.trimEnd());
  return `${lines.join('\n')}\n`;
}
