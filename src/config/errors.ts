// What is wrong with a configuration document, each problem at its JSON path and line.

export interface DocumentIssue {
  /** JSONPath of the value concerned: $.servers[0].ports[1].rings */
  readonly path: string;
  /** 1-based line and column of that value in the text (of its key, for an unknown property). */
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

/** The document was refused before anything was read from or written to a server. */
export class ConfigurationDocumentError extends Error {
  override readonly name = 'ConfigurationDocumentError';
  readonly source: string;
  readonly issues: readonly DocumentIssue[];

  constructor(source: string, issues: readonly DocumentIssue[]) {
    const lines = issues.map((issue) => `  ${source}:${issue.line}:${issue.column} ${issue.path}: ${issue.message}`);
    super(`Not a valid configuration document: ${source} (${issues.length} problem${issues.length === 1 ? '' : 's'}):\n${lines.join('\n')}`);
    this.source = source;
    this.issues = issues;
  }
}
