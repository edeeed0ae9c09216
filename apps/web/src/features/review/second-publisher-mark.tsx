import classes from './review.module.css';

/** R10 in a few words, the same on the queue and the bulletin: AMBER+STRICT and RED need a publisher who did not write them. */
export function SecondPublisherMark() {
  return <span className={classes['secondPublisher']}>Needs a second publisher</span>;
}
