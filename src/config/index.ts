// Configuration as code (issue 14): a fleet's fax settings as a JSON document, checked, exported,
// compared and applied. The CLI, the sidecar and (through it) the cmdlets call these; none of them
// needs its own copy of a rule.
export { SCHEMA_ID, SCHEMA_VERSION, type ConfigurationDocument, type PortEntry, type RoutingMethodEntry, type ServerEntry, type ServerSettings } from './document.js';
export { ConfigurationDocumentError, type DocumentIssue } from './errors.js';
export { parseConfiguration, checkConfiguration } from './parse.js';
export { positionOf } from './json-text.js';
export { SCHEMA_FILE, loadSchema } from './schema.js';
export { readSnapshot, type ServerSnapshot, type SnapshotSource } from './snapshot.js';
export { exportConfiguration, type ExportOptions } from './export.js';
export {
  compareConfiguration,
  serversToCompare,
  type ConfigurationComparison,
  type ConfigurationDifference,
  type ConfigurationProblem,
  type DifferenceScope,
  type MissingPort,
  type PriorityTarget,
  type ServerComparison,
  type SettingValue,
} from './compare.js';
export { planChanges, ConfigurationPlanError, type ConfigurationPlan, type PlannedWrite, type PropertyChange } from './plan.js';
export { applyPlan, type ApplyOptions, type ConfigurationTarget, type WriteResult, type WriteStatus } from './apply.js';
export { diffServer, importServer, type ServerDiff, type ServerImport } from './server-run.js';
export {
  compareFleet,
  importFleet,
  exportFleet,
  boundedAll,
  writeId,
  DEFAULT_THROTTLE_LIMIT,
  type ConfigurationSession,
  type SessionOpener,
  type ServerReport,
  type WriteOutcome,
  type WriteSummary,
} from './fleet.js';
