// How a caller names a fax server, and which names mean this machine.
import { isThisMachine } from './machine-names.js';

/** How results from the local server are labelled. */
export const LOCAL_SERVER = 'localhost';

/** `\\FAXSRV02` and `FAXSRV02` name the same machine. */
export function bareServerName(name: string): string {
  return name.replace(/^\\\\/, '');
}

export function isLocalServerName(name: string | null | undefined): boolean {
  if (name === null || name === undefined) return true;
  const bare = bareServerName(name).trim().toLowerCase();
  return bare === '' || bare === '.' || bare === 'localhost' || bare === 'local' || isThisMachine(bare);
}

export function displayServerName(name: string | null | undefined): string {
  return isLocalServerName(name) ? LOCAL_SERVER : bareServerName(name ?? '').trim();
}
