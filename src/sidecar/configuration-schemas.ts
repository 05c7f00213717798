// The params of the configuration methods (configuration.ts), apart from their handlers so that
// the sidecar checks requests without loading the document layer (ajv, jsonc-parser) at start-up.
import * as v from 'valibot';
import { BACKENDS } from '../backends/choice.js';
import { MAX_NAME, boundedString } from '../backends/operations.js';

/** 8 Mi characters: about 27,000 ports (4,000 export as 1.2 MB), a fleet of hundreds of servers;
 * escaped as JSON (quotes and line breaks take two bytes) such a document fits a request line
 * (16 MiB), and the module refuses one that does not before sending it. */
const MAX_DOCUMENT = 8 * 1024 * 1024;
const MAX_SERVERS = 1024;

const servers = v.optional(v.pipe(v.array(boundedString(MAX_NAME)), v.maxLength(MAX_SERVERS)));
const backend = v.optional(v.picklist(BACKENDS));
const throttleLimit = v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_SERVERS)));
const documentEntries = {
  /** The document's JSON text, as read from the file (or as ConvertTo-Json wrote an -InputObject). */
  document: v.pipe(v.string(), v.maxLength(MAX_DOCUMENT, (issue) => `the document is ${issue.received} characters long; one request carries at most ${MAX_DOCUMENT}`)),
  /** The file it came from, for messages; absent for a document given as an object. */
  path: v.optional(boundedString(4096)),
  server: servers,
  backend,
  throttleLimit,
};

export const configurationSchemas = {
  'configuration.export': v.strictObject({ server: servers, backend, throttleLimit }),
  'configuration.compare': v.strictObject(documentEntries),
  'configuration.import': v.strictObject({
    ...documentEntries,
    /** The writes approved, each by its server and the id a compare gave it; absent: every write. */
    approved: v.optional(v.pipe(v.array(v.strictObject({ server: boundedString(MAX_NAME), id: boundedString(4096) })), v.maxLength(1_000_000))),
  }),
} as const;

type Schemas = typeof configurationSchemas;
export type ConfigurationMethodName = keyof Schemas;
export type ConfigurationParams<M extends ConfigurationMethodName> = v.InferOutput<Schemas[M]>;

