import { Fragment } from 'react';
import { highlightParts } from './highlight';
import classes from './search-page.module.css';

/** `text` with the search's words in <mark>; React text nodes only, never HTML. */
export function HighlightedText({ text, words }: { text: string; words: readonly string[] }) {
  return (
    <>
      {highlightParts(text, words).map((part, index) =>
        part.match ? (
          <mark key={index} className={classes['highlight']}>
            {part.text}
          </mark>
        ) : (
          <Fragment key={index}>{part.text}</Fragment>
        ),
      )}
    </>
  );
}
