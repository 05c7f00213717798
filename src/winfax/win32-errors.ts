// Win32 error codes a fax client meets, with their symbolic names and the system's message text.

interface Win32ErrorInfo {
  readonly name: string;
  readonly message: string;
}

const KNOWN: Readonly<Record<number, Win32ErrorInfo>> = {
  0: { name: 'ERROR_SUCCESS', message: 'The operation completed successfully.' },
  2: { name: 'ERROR_FILE_NOT_FOUND', message: 'The system cannot find the file specified.' },
  5: { name: 'ERROR_ACCESS_DENIED', message: 'Access is denied.' },
  6: { name: 'ERROR_INVALID_HANDLE', message: 'The handle is invalid.' },
  8: { name: 'ERROR_NOT_ENOUGH_MEMORY', message: 'Not enough memory resources are available to process this command.' },
  13: { name: 'ERROR_INVALID_DATA', message: 'The data is invalid.' },
  20: { name: 'ERROR_BAD_UNIT', message: 'The system cannot find the device specified.' },
  50: { name: 'ERROR_NOT_SUPPORTED', message: 'The request is not supported.' },
  87: { name: 'ERROR_INVALID_PARAMETER', message: 'The parameter is incorrect.' },
  122: { name: 'ERROR_INSUFFICIENT_BUFFER', message: 'The data area passed to a system call is too small.' },
  1722: { name: 'RPC_S_SERVER_UNAVAILABLE', message: 'The RPC server is unavailable.' },
  1726: { name: 'RPC_S_CALL_FAILED', message: 'The remote procedure call failed.' },
  2404: { name: 'ERROR_DEVICE_IN_USE', message: 'The device is in use by an active process and cannot be disconnected.' },
  4317: { name: 'ERROR_INVALID_OPERATION', message: 'The operation identifier is not valid.' },
  7001: { name: 'FAX_ERR_SRV_OUTOFMEMORY', message: 'The fax server ran out of memory.' },
  7002: { name: 'FAX_ERR_GROUP_NOT_FOUND', message: 'The outbound routing group was not found.' },
  7003: { name: 'FAX_ERR_BAD_GROUP_CONFIGURATION', message: 'The outbound routing group is badly configured.' },
  7004: { name: 'FAX_ERR_GROUP_IN_USE', message: 'The outbound routing group is in use.' },
  7005: { name: 'FAX_ERR_RULE_NOT_FOUND', message: 'The outbound routing rule was not found.' },
  7006: { name: 'FAX_ERR_NOT_NTFS', message: 'The fax server requires an NTFS folder.' },
  7007: { name: 'FAX_ERR_DIRECTORY_IN_USE', message: 'The folder is already used by the fax server.' },
  7008: { name: 'FAX_ERR_FILE_ACCESS_DENIED', message: 'The fax server cannot access the file.' },
  7009: { name: 'FAX_ERR_MESSAGE_NOT_FOUND', message: 'The fax message was not found.' },
  7010: { name: 'FAX_ERR_DEVICE_NUM_LIMIT_EXCEEDED', message: 'The fax server has reached its device limit.' },
  7011: { name: 'FAX_ERR_NOT_SUPPORTED_ON_THIS_SKU', message: 'The operation is not supported on this edition of Windows.' },
  7012: { name: 'FAX_ERR_VERSION_MISMATCH', message: 'The fax server and client versions do not match.' },
  7013: { name: 'FAX_ERR_RECIPIENTS_LIMIT', message: 'The recipient limit was exceeded.' },
};

/** The symbolic name of a Win32 error code, e.g. 5 → ERROR_ACCESS_DENIED; unknown codes read WIN32_ERROR_<n>. */
export function win32ErrorName(code: number): string {
  return KNOWN[code]?.name ?? `WIN32_ERROR_${code}`;
}

/** The system message for a Win32 error code, or a neutral sentence for one not listed. */
export function win32ErrorMessage(code: number): string {
  return KNOWN[code]?.message ?? `Win32 error ${code}.`;
}

export const ERROR_ACCESS_DENIED = 5;
export const ERROR_INVALID_HANDLE = 6;
export const ERROR_NOT_ENOUGH_MEMORY = 8;
export const ERROR_INVALID_DATA = 13;
export const ERROR_BAD_UNIT = 20;
export const ERROR_INVALID_PARAMETER = 87;
export const RPC_S_SERVER_UNAVAILABLE = 1722;
export const RPC_S_CALL_FAILED = 1726;
export const ERROR_DEVICE_IN_USE = 2404;
export const ERROR_INVALID_OPERATION = 4317;
