/** Resolve value of every action: `{ status: 'success', data? }`. */
export function success<T>(data?: T): TcccSdk.SuccessResponse<T> {
  return data === undefined ? { status: 'success' } : { status: 'success', data };
}

/** A rejected action: `{ status: 'error', errorMsg }`, the shape TCCC samples read in `.catch`. */
export function failure(errorMsg: string): Promise<never> {
  const response: TcccSdk.ErrorResponse = { status: 'error', errorMsg };
  return Promise.reject(response);
}
