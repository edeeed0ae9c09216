/** Where the embedded database lives when neither DATABASE_URL nor BULWARK_DATA_DIR says otherwise. */
export const DEFAULT_DATA_DIR = './data/pglite';
