/**
 * The message of the `InputError` an action refuses with. Not a test file itself.
 */
import * as assert from 'uvu/assert';
import { InputError } from '../../src/core/errors.ts';

/** The message `action` throws its `InputError` with; fails the test when it returns or throws anything else. */
export function refusal(action: () => unknown): string {
  try {
    action();
  } catch (error) {
    assert.instance(error, InputError);
    return (error as Error).message;
  }
  throw new Error('expected an InputError, but nothing was thrown');
}
