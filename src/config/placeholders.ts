// {Server} and {DeviceName} in a TSID or CSID, replaced for each server and port a template
// reaches; {{ and }} stand for literal braces, so any station id an export finds reads back as itself.

export const PLACEHOLDERS = ['Server', 'DeviceName'] as const;
const TOKEN = /\{\{|\}\}|\{([A-Za-z]+)\}/g;

/** Placeholder names the text uses that FaxBridge does not know (a typo would otherwise be sent as text). */
export function unknownPlaceholders(text: string): string[] {
  return [...text.matchAll(TOKEN)]
    .map((match) => match[1])
    .filter((name): name is string => name !== undefined && !PLACEHOLDERS.some((known) => known.toLowerCase() === name.toLowerCase()));
}

export function expandPlaceholders(text: string, values: { readonly server: string; readonly deviceName: string }): string {
  return replaceTokens(text, (name) => (name.toLowerCase() === 'server' ? values.server : values.deviceName));
}

/** The text with its placeholders taken out and its braces unescaped: what can be checked before a server is known. */
export function withoutPlaceholders(text: string): string {
  return replaceTokens(text, () => '');
}

/** A station id as a document must spell it to mean exactly that text. */
export function escapePlaceholders(text: string): string {
  return text.replace(/[{}]/g, (brace) => brace + brace);
}

function replaceTokens(text: string, value: (name: string) => string): string {
  return text.replace(TOKEN, (whole, name: string | undefined) => {
    if (whole === '{{') return '{';
    if (whole === '}}') return '}';
    const known = name !== undefined && PLACEHOLDERS.some((p) => p.toLowerCase() === name.toLowerCase());
    return known && name !== undefined ? value(name) : whole;
  });
}
