/** Where a problem sits in a bundle: the object (by index, and by id when it has a usable one) and its field. */
export interface StixProblemPlace {
  readonly index?: number;
  readonly objectId?: string;
  readonly field?: string;
}

function where({ index, objectId, field }: StixProblemPlace): string {
  const object =
    index === undefined
      ? objectId === undefined
        ? 'the bundle'
        : objectId
      : `objects[${index}]${objectId === undefined ? '' : ` (${objectId})`}`;
  return field === undefined ? object : `${object}, field '${field}'`;
}

/** A bundle Bulwark refuses to import, with a message that names the object and the field at fault. */
export class StixImportError extends Error {
  constructor(
    readonly problem: string,
    readonly place: StixProblemPlace = {},
  ) {
    super(`${where(place)}: ${problem}`);
    this.name = 'StixImportError';
  }
}
