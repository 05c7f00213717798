export { FaxServerSession, withSession } from './session.js';
export type { ConnectOptions } from './session.js';
export * from './model.js';
export * from './errors.js';
export { LOCAL_SERVER, isLocalServerName, displayServerName } from './server-name.js';
export { MAX_STATION_ID_LENGTH, MIN_RINGS, MAX_RINGS, validatePortChange, validateConfigurationChange, checkJobId, checkJobCommand } from './validate.js';
export { normalizeRoutingGuid } from './routing-guid.js';
