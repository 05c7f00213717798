// Reads JSON text keeping where each value is, so every complaint can name its line and column.
// jsonc-parser (the parser VS Code uses for its JSON editor) gives the tree with offsets;
// comments and trailing commas are refused, as JSON has neither.
import { type Node, type ParseError, findNodeAtLocation, getNodeValue, parseTree, printParseErrorCode } from 'jsonc-parser';
import { formatPath, parsePath, type PathSegment } from './json-path.js';
import type { DocumentIssue } from './errors.js';

export interface PositionedJson {
  readonly value: unknown;
  /** Where a value is; with `key`, where its property name is (for unknown properties). */
  locate(segments: readonly PathSegment[], key?: boolean): { line: number; column: number };
  issueAt(segments: readonly PathSegment[], message: string, key?: boolean): DocumentIssue;
}

/** The parsed value, or the syntax errors (each with its line and column) when the text is not JSON. */
export function readJsonText(text: string): { json: PositionedJson; issues: DocumentIssue[] } {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i += 1) if (text[i] === '\n') lineStarts.push(i + 1);
  const position = (offset: number): { line: number; column: number } => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((lineStarts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - (lineStarts[low] ?? 0) + 1 };
  };

  const errors: ParseError[] = [];
  const root = parseTree(text.replace(/^\uFEFF/, ' '), errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  // After the first syntax error the parser's guesses at recovery are noise: report that one.
  const issues: DocumentIssue[] = errors.slice(0, 1).map((error) => ({
    path: '$',
    ...position(error.offset),
    message: `not valid JSON: ${describeParseError(printParseErrorCode(error.error))}`,
  }));

  const locate = (segments: readonly PathSegment[], key = false): { line: number; column: number } => {
    if (!root) return { line: 1, column: 1 };
    // The deepest node that exists: a missing property is reported where its object is.
    for (let depth = segments.length; depth >= 0; depth -= 1) {
      const node = findNodeAtLocation(root, [...segments.slice(0, depth)]);
      if (!node) continue;
      const target: Node = key && depth === segments.length && node.parent?.type === 'property' ? (node.parent.children?.[0] ?? node) : node;
      return position(target.offset);
    }
    return position(root.offset);
  };

  if (root && issues.length === 0) issues.push(...duplicateKeys(root, [], (segments, offset, message) => ({ path: formatPath(segments), ...position(offset), message })));
  const json: PositionedJson = {
    value: root && errors.length === 0 ? getNodeValue(root) : undefined,
    locate,
    issueAt: (segments, message, key = false) => ({ path: formatPath(segments), ...locate(segments, key), message }),
  };
  return { json, issues };
}

/** JSON.parse keeps the last of two equal keys silently; a configuration that says two things is refused. */
function duplicateKeys(node: Node, at: PathSegment[], issue: (segments: PathSegment[], offset: number, message: string) => DocumentIssue): DocumentIssue[] {
  const found: DocumentIssue[] = [];
  if (node.type === 'object') {
    const seen = new Set<string>();
    for (const property of node.children ?? []) {
      const [keyNode, valueNode] = property.children ?? [];
      const key = typeof keyNode?.value === 'string' ? keyNode.value : '';
      if (seen.has(key)) found.push(issue([...at, key], keyNode?.offset ?? property.offset, `the property "${key}" is given twice`));
      seen.add(key);
      if (valueNode) found.push(...duplicateKeys(valueNode, [...at, key], issue));
    }
  } else if (node.type === 'array') {
    (node.children ?? []).forEach((child, index) => found.push(...duplicateKeys(child, [...at, index], issue)));
  }
  return found;
}

function describeParseError(code: string): string {
  const words: Record<string, string> = {
    InvalidSymbol: 'unexpected character',
    InvalidNumberFormat: 'malformed number',
    PropertyNameExpected: 'a property name in double quotes was expected',
    ValueExpected: 'a value was expected',
    ColonExpected: 'a colon was expected',
    CommaExpected: 'a comma was expected',
    CloseBraceExpected: 'a closing brace } was expected',
    CloseBracketExpected: 'a closing bracket ] was expected',
    EndOfFileExpected: 'nothing may follow the document',
    InvalidCommentToken: 'comments are not allowed in JSON',
    UnexpectedEndOfComment: 'unterminated comment',
    UnexpectedEndOfString: 'unterminated string',
    UnexpectedEndOfNumber: 'unterminated number',
    InvalidUnicode: 'malformed \\u escape',
    InvalidEscapeCharacter: 'unknown escape sequence',
    InvalidCharacter: 'a control character must be escaped in a string',
  };
  return words[code] ?? code;
}

/**
 * Where a path a comparison reports (a difference's, a missing port's or a problem's) is in the
 * document's text, so the caller can show "fleet.json:12:9" beside it.
 */
export function positionOf(text: string, path: string): { line: number; column: number } {
  return readJsonText(text).json.locate(parsePath(path));
}
