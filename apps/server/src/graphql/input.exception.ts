import { ValidationPipe, type ValidationError } from '@nestjs/common';

export enum InputErrorCode {
  InvalidArguments = 'INVALID_ARGUMENTS',
}

/** An argument failed its class-validator constraints (a page size over 100, ...). */
export class InputException extends Error {
  constructor(
    readonly code: InputErrorCode,
    message: string,
    /** Path of the first argument field at fault (`input.height`), when there is one. */
    readonly field?: string,
  ) {
    super(message);
    this.name = 'InputException';
  }
}

function constraintMessages(errors: readonly ValidationError[]): string[] {
  return errors.flatMap((e) => [...Object.values(e.constraints ?? {}), ...constraintMessages(e.children ?? [])]);
}

/** Path of the first field with a failed constraint: `input.height`. */
function firstFailedPath(errors: readonly ValidationError[], prefix = ''): string | undefined {
  for (const e of errors) {
    const path = prefix === '' ? e.property : `${prefix}.${e.property}`;
    if (Object.keys(e.constraints ?? {}).length > 0) return path;
    const inner = firstFailedPath(e.children ?? [], path);
    if (inner !== undefined) return inner;
  }
  return undefined;
}

/** The validation pipe every resolver uses: transforms inputs, fails with the constraint messages (naming the first field at fault). */
export function inputValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    forbidUnknownValues: true,
    exceptionFactory: (errors) => new InputException(InputErrorCode.InvalidArguments, constraintMessages(errors).join('; '), firstFailedPath(errors)),
  });
}
