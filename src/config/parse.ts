// From text to a checked document: JSON syntax, then the schema, then the core's rules; every
// problem is reported at once, each at its JSON path and line, before any server is touched.
import type { ConfigurationDocument } from './document.js';
import { ConfigurationDocumentError } from './errors.js';
import { readJsonText } from './json-text.js';
import { ruleIssues } from './rules.js';
import { schemaIssues } from './schema.js';
import type { DocumentIssue } from './errors.js';

/** In the order a reader meets them in the file. */
function inTextOrder(issues: readonly DocumentIssue[]): DocumentIssue[] {
  return [...issues].sort((a, b) => a.line - b.line || a.column - b.column);
}

/** The document in `text`; a ConfigurationDocumentError listing every problem otherwise. `source` names the file in messages. */
export function parseConfiguration(text: string, source = 'the document'): ConfigurationDocument {
  const { json, issues } = readJsonText(text);
  if (issues.length > 0) throw new ConfigurationDocumentError(source, issues);
  const schema = schemaIssues(json);
  if (schema.length > 0) throw new ConfigurationDocumentError(source, inTextOrder(schema));
  // The schema has held, so the value has the document's shape.
  const document = json.value as ConfigurationDocument;
  const rules = ruleIssues(document, json);
  if (rules.length > 0) throw new ConfigurationDocumentError(source, inTextOrder(rules));
  return document;
}

/** A document given as a value (PowerShell's -InputObject, a library caller): checked the same way, through its JSON text. */
export function checkConfiguration(value: unknown, source = 'the document'): ConfigurationDocument {
  const text = JSON.stringify(value, null, 2);
  if (text === undefined) throw new ConfigurationDocumentError(source, [{ path: '$', line: 1, column: 1, message: 'expected a JSON object' }]);
  return parseConfiguration(text, source);
}
