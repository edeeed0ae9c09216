import { Client } from 'pg';

type Query = (...args: unknown[]) => unknown;

/**
 * pg queues a query sent while another is running on the same client, warns that this is deprecated
 * ("Calling client.query() when the client is already executing a query"), and pg 9 drops it. TypeORM does
 * exactly that when it reads the schema (createSchemaBuilder, migration:generate): one query per table and enum
 * column at once, on one connection. This client sends promise-style queries one after the other itself.
 */
export class SerialPgClient extends Client {
  constructor(config?: ConstructorParameters<typeof Client>[0]) {
    super(config);
    const send = this.query.bind(this) as Query;
    let tail: Promise<unknown> = Promise.resolve();
    const serial: Query = (...args) => {
      const callback = typeof args.at(-1) === 'function';
      const submittable = typeof (args[0] as { submit?: unknown } | null)?.submit === 'function';
      if (callback || submittable) return send(...args); // streams and callbacks: as pg does
      const sent = tail.then(() => send(...args));
      tail = sent.catch(() => undefined);
      return sent;
    };
    (this as unknown as { query: Query }).query = serial;
  }
}
