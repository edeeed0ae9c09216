/** Positional parameters for raw SQL: `param(value)` returns `$n`. */
export class SqlParams {
  readonly values: unknown[] = [];
  readonly param = (value: unknown): string => {
    this.values.push(value);
    return `$${this.values.length}`;
  };
}
