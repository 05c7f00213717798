// Turning option values typed on the command line into the values the core takes, with errors
// that name the option as the user typed it (--rings), not the field the core knows (rings).
import { ValidationError } from '../core/errors.js';
import { OptionValueError, UsageError } from './errors.js';

/** The largest value of a Win32 DWORD, the type of every count the fax API takes. */
export const MAX_DWORD = 0xffff_ffff;

const DECIMAL = /^[+-]?\d+$/;

/** A whole decimal number from `min` to `max`; anything else is refused naming the option. */
export function wholeNumber(option: string, field: string, raw: unknown, min: number, max: number): number {
  // yargs gives the text as typed; a number can only come from a default, which is trusted.
  const text = typeof raw === 'number' ? String(raw) : typeof raw === 'string' ? raw.trim() : '';
  const value = DECIMAL.test(text) ? Number(text) : Number.NaN;
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    throw new OptionValueError(option, field, raw, `${option} must be a whole number from ${min} to ${max}, got '${String(raw)}'`);
  }
  return value;
}

/**
 * Runs `work`, naming the option instead of the core's field in any ValidationError it raises
 * (a value the core refused before or after connecting).
 */
export async function namingOptions<T>(options: Readonly<Record<string, string>>, work: () => T | Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const option = error instanceof ValidationError && !(error instanceof OptionValueError) ? options[error.field] : undefined;
    if (option === undefined || !(error instanceof ValidationError)) throw error;
    const prefix = `Invalid ${error.field}: `;
    const reason = error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message;
    throw new OptionValueError(option, error.field, error.value, `Invalid ${option}: ${reason}`);
  }
}

/**
 * yargs keeps the last of `--send --no-send` and turns `--rings 3 --rings 4` into an array:
 * both are refused here, before parsing, so that nothing runs on a guess. Arguments after `--`
 * are values, not options.
 */
export function refuseRepeatedOptions(args: readonly string[]): void {
  const seen = new Map<string, { typed: string; negated: boolean }>();
  for (const arg of args) {
    if (arg === '--') break;
    if (!arg.startsWith('--') || arg.length === 2) continue;
    const typed = `--${arg.slice(2).split('=')[0] ?? ''}`;
    const kebab = typed.slice(2).replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
    const negated = kebab.startsWith('no-');
    const name = negated ? kebab.slice(3) : kebab;
    const earlier = seen.get(name);
    if (earlier === undefined) seen.set(name, { typed, negated });
    else if (earlier.negated === negated) throw new UsageError(`${typed} was given twice; give it once`);
    else throw new UsageError(`${earlier.typed} and ${typed} contradict each other; give one of them`);
  }
}
