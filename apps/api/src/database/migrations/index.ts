import { Identity1795637787167 } from './1795637787167-Identity';

/** Every migration, oldest first. `npm run migration:generate -- <Name>` appends to this list. */
export const MIGRATIONS: Function[] = [Identity1795637787167];
