import { Text, Textarea } from '@mantine/core';
import { INDICATOR_TYPE_LABELS } from '@web/features/feed/bulletin-labels';
import type { IndicatorPaste } from './indicator-lines';
import classes from './compose.module.css';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** In words: "3 indicators ready · 1 line to fix". */
export function pasteSummary(paste: IndicatorPaste): string {
  const duplicates = paste.lines.filter((line) => 'duplicateOf' in line).length;
  const parts = [plural(paste.indicators.length, 'indicator ready', 'indicators ready')];
  if (paste.problems.length) parts.push(plural(paste.problems.length, 'line to fix', 'lines to fix'));
  if (duplicates) parts.push(plural(duplicates, 'repeat left out', 'repeats left out'));
  return parts.join(' · ');
}

interface IndicatorsFieldProps {
  readonly value: string;
  readonly paste: IndicatorPaste;
  readonly onChange: (value: string) => void;
}

/**
 * Indicators pasted in bulk. Each line is typed and checked as it is pasted, with the API's own rules: the lines
 * it would refuse are named with the reason, and the draft cannot go to review until they are fixed or removed.
 */
export function IndicatorsField({ value, paste, onChange }: IndicatorsFieldProps) {
  const hasLines = paste.lines.length > 0;
  return (
    <div className={classes['indicators']}>
      <Textarea
        id="draft-indicators"
        label="Indicators"
        description="Paste them one per line, or as CSV (type,value). Defanged forms such as 203[.]0[.]113[.]7 and hxxps:// are understood."
        autosize
        minRows={4}
        maxRows={16}
        spellCheck={false}
        autoCapitalize="off"
        autoCorrect="off"
        classNames={{ input: classes['mono'] }}
        value={value}
        onChange={(event) => onChange(event.currentTarget.value)}
        error={
          paste.problems.length > 0 || paste.tooMany
            ? `${plural(paste.problems.length, 'line needs', 'lines need')} fixing before you submit (listed below).${paste.tooMany ? ` ${paste.tooMany}` : ''}`
            : undefined
        }
        aria-describedby="indicator-check"
      />
      <div id="indicator-check" aria-live="polite" className={classes['indicatorCheck']}>
        {hasLines && (
          <Text size="sm" fw={600} data-testid="indicator-summary">
            {pasteSummary(paste)}
          </Text>
        )}
      </div>
      {paste.problems.length > 0 && (
        <ul className={classes['problemLines']} aria-label="Lines to fix">
          {paste.problems.map((problem) => (
            <li key={problem.line}>
              <span className={classes['lineNumber']}>Line {problem.line}</span>{' '}
              <code className={classes['lineText']}>{problem.text}</code>{' '}
              <span className={classes['lineProblem']}>{problem.problem}</span>
            </li>
          ))}
        </ul>
      )}
      {paste.indicators.length > 0 && (
        <table className={classes['indicatorTable']} aria-label="Indicators as they will be sent">
          <thead>
            <tr>
              <th scope="col">Line</th>
              <th scope="col">Type</th>
              <th scope="col">Value</th>
            </tr>
          </thead>
          <tbody>
            {paste.lines.map((line) =>
              'indicator' in line ? (
                <tr key={line.line}>
                  <td>{line.line}</td>
                  <td className={classes['indicatorType']}>{INDICATOR_TYPE_LABELS[line.indicator.type]}</td>
                  <td className={classes['mono']}>{line.indicator.value}</td>
                </tr>
              ) : null,
            )}
          </tbody>
        </table>
      )}
    </div>
  );
}
