import { ValidationPipe, type ValidationError } from '@nestjs/common';

export enum InputErrorCode {
  InvalidArguments = 'INVALID_ARGUMENTS',
}

/** An argument failed its class-validator constraints (a page size over 100, ...). */
export class InputException extends Error {
  constructor(
    readonly code: InputErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'InputException';
  }
}

function constraintMessages(errors: readonly ValidationError[]): string[] {
  return errors.flatMap((e) => [...Object.values(e.constraints ?? {}), ...constraintMessages(e.children ?? [])]);
}

/** The validation pipe every resolver uses: transforms inputs, fails with the constraint messages. */
export function inputValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    forbidUnknownValues: true,
    exceptionFactory: (errors) => new InputException(InputErrorCode.InvalidArguments, constraintMessages(errors).join('; ')),
  });
}
