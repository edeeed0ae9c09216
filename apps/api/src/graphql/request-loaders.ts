import DataLoader from 'dataloader';

/**
 * DataLoaders that live for one GraphQL operation, so related rows of a page load in one query each.
 * Kept per operation (never shared between viewers), so batching can never mix two callers' access.
 */
export class RequestLoaders {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();

  get<K, V>(name: string, batch: (keys: readonly K[]) => Promise<readonly (V | Error)[]>): DataLoader<K, V> {
    let loader = this.loaders.get(name) as DataLoader<K, V> | undefined;
    if (!loader) {
      loader = new DataLoader<K, V>(batch, { maxBatchSize: 500 });
      this.loaders.set(name, loader);
    }
    return loader;
  }
}
