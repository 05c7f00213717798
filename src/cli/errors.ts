// The command line's own errors: both exit 2, since nothing was attempted or changed.
import { ValidationError } from '../core/errors.js';

/** The command line itself was wrong (unknown command or option, missing argument). */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** A value the user gave for an option was refused; nothing was changed. */
export class OptionValueError extends ValidationError {
  /** The option (or argument) as the user typed it: --rings, <guid>. */
  readonly option: string;

  constructor(option: string, field: string, value: unknown, message: string) {
    super(field, value, message);
    this.option = option;
    this.message = message;
  }
}
