import { Anchor, Text } from '@mantine/core';
import type { FieldProblem } from './draft-form';
import classes from './compose.module.css';

interface ProblemChecklistProps {
  /** The list's id: the submit button names it with aria-describedby. */
  readonly id: string;
  /** "Before you can submit it for review:". */
  readonly heading: string;
  readonly problems: readonly FieldProblem[];
}

/** What still keeps a bulletin from being sent, each problem a link to its field. */
export function ProblemChecklist({ id, heading, problems }: ProblemChecklistProps) {
  return (
    <div className={classes['checklist']} id={id}>
      <Text fw={700} size="sm">
        {heading}
      </Text>
      <ul>
        {problems.map((problem) => (
          <li key={`${problem.field}:${problem.message}`}>
            <Anchor href={`#${problem.field}`} size="sm">
              {problem.message}
            </Anchor>
          </li>
        ))}
      </ul>
    </div>
  );
}
