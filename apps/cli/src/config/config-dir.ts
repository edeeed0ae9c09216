import { homedir } from 'node:os';
import { join } from 'node:path';

/** `$BULWARK_CONFIG_DIR`, else `$XDG_CONFIG_HOME/bulwark`, else `~/.config/bulwark`. */
export function configDirectory(env: NodeJS.ProcessEnv = process.env): string {
  const own = env['BULWARK_CONFIG_DIR'];
  if (own) return own;
  const xdg = env['XDG_CONFIG_HOME'];
  return join(xdg || join(homedir(), '.config'), 'bulwark');
}
