/** A failed API call, carrying the API's own sentence (`{"error","message"}`) for the user to read. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

interface ErrorBody {
  error?: unknown;
  message?: unknown;
}

export function apiErrorFrom(status: number, body: unknown): ApiError {
  const { error, message } = (typeof body === 'object' && body !== null ? body : {}) as ErrorBody;
  if (typeof message === 'string' && message.trim()) {
    return new ApiError(status, typeof error === 'string' ? error : 'error', message);
  }
  return new ApiError(status, 'unexpected_answer', `The server answered with status ${status}; try again.`);
}

export const unreachable = () =>
  new ApiError(0, 'unreachable', 'The server cannot be reached; check the connection and try again.');

/** A sentence for any thrown value, for error states and notifications. */
export function sentenceOf(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return 'Something went wrong in the browser; reload the page and try again.';
}
