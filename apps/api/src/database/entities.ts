/** Every TypeORM entity of the application: the data source, the migration generator and drift check read this list. */
export const ENTITIES: Function[] = [];
