// Device-name patterns as PowerShell's -like reads them: * any run, ? one character, case-insensitive.

export function isWildcardPattern(pattern: string): boolean {
  return /[*?]/.test(pattern);
}

export function matchesDeviceName(pattern: string, name: string): boolean {
  if (!isWildcardPattern(pattern)) return pattern.toLowerCase() === name.toLowerCase();
  const source = [...pattern].map((char) => (char === '*' ? '.*' : char === '?' ? '.' : char.replace(/[.+^${}()|[\]\\]/g, '\\$&'))).join('');
  return new RegExp(`^${source}$`, 'isu').test(name);
}
