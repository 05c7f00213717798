// {Server} and {DeviceName} in a TSID or CSID, replaced for each server and port a template reaches.

export const PLACEHOLDERS = ['Server', 'DeviceName'] as const;
const PLACEHOLDER = /\{([A-Za-z]+)\}/g;

/** Placeholder names the text uses that FaxBridge does not know (a typo would otherwise be sent as text). */
export function unknownPlaceholders(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((match) => match[1] ?? '').filter((name) => !PLACEHOLDERS.some((known) => known.toLowerCase() === name.toLowerCase()));
}

export function hasPlaceholders(text: string): boolean {
  return [...text.matchAll(PLACEHOLDER)].length > 0;
}

export function expandPlaceholders(text: string, values: { readonly server: string; readonly deviceName: string }): string {
  return text.replace(PLACEHOLDER, (whole, name: string) => {
    const lower = name.toLowerCase();
    if (lower === 'server') return values.server;
    if (lower === 'devicename') return values.deviceName;
    return whole;
  });
}

/** The text as it is whatever the placeholders become, for the checks that can be made before: its characters. */
export function withoutPlaceholders(text: string): string {
  return text.replace(PLACEHOLDER, '');
}
