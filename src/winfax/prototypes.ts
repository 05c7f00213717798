// The winfax.dll functions FaxBridge calls, declared as in winfax.h (wide-character variants).
// WINAPI is __stdcall on x86 and the only convention on x64; koffi honours it where it matters.
// Buffers a FaxGet*/FaxEnum* call allocates come back as opaque pointers (void **) because the
// caller must keep the pointer to hand it to FaxFreeBuffer after decoding the structs in it.
import type { FaxConfigurationW, FaxPortInfoW } from './types.js';

/** An opaque pointer owned by the fax library: a HANDLE or a buffer to release with FaxFreeBuffer. */
export type FaxPointer = { readonly __faxPointer: unique symbol };

/** An out parameter: koffi writes the value into the array's first element. */
export type Out<T> = [T];

export const PROTOTYPES = {
  FaxConnectFaxServerW: 'BOOL __stdcall FaxConnectFaxServerW(LPCWSTR MachineName, _Out_ HANDLE *FaxHandle)',
  FaxClose: 'BOOL __stdcall FaxClose(HANDLE FaxHandle)',
  FaxEnumPortsW: 'BOOL __stdcall FaxEnumPortsW(HANDLE FaxHandle, _Out_ void **PortInfo, _Out_ DWORD *PortsReturned)',
  FaxOpenPort: 'BOOL __stdcall FaxOpenPort(HANDLE FaxHandle, DWORD DeviceId, DWORD Flags, _Out_ HANDLE *FaxPortHandle)',
  FaxGetPortW: 'BOOL __stdcall FaxGetPortW(HANDLE FaxPortHandle, _Out_ void **PortInfo)',
  FaxSetPortW: 'BOOL __stdcall FaxSetPortW(HANDLE FaxPortHandle, const FAX_PORT_INFOW *PortInfo)',
  FaxGetDeviceStatusW: 'BOOL __stdcall FaxGetDeviceStatusW(HANDLE FaxPortHandle, _Out_ void **DeviceStatus)',
  FaxFreeBuffer: 'void __stdcall FaxFreeBuffer(void *Buffer)',
  FaxEnumRoutingMethodsW:
    'BOOL __stdcall FaxEnumRoutingMethodsW(HANDLE FaxPortHandle, _Out_ void **RoutingMethod, _Out_ DWORD *MethodsReturned)',
  FaxEnableRoutingMethodW: 'BOOL __stdcall FaxEnableRoutingMethodW(HANDLE FaxPortHandle, LPCWSTR RoutingGuid, BOOL Enabled)',
  FaxGetConfigurationW: 'BOOL __stdcall FaxGetConfigurationW(HANDLE FaxHandle, _Out_ void **FaxConfig)',
  FaxSetConfigurationW: 'BOOL __stdcall FaxSetConfigurationW(HANDLE FaxHandle, const FAX_CONFIGURATIONW *FaxConfig)',
  FaxEnumJobsW: 'BOOL __stdcall FaxEnumJobsW(HANDLE FaxHandle, _Out_ void **JobEntry, _Out_ DWORD *JobsReturned)',
  FaxGetJobW: 'BOOL __stdcall FaxGetJobW(HANDLE FaxHandle, DWORD JobId, _Out_ void **JobEntry)',
  // JobEntry is reserved: winfax.h says it is not used and must be NULL.
  FaxSetJobW: 'BOOL __stdcall FaxSetJobW(HANDLE FaxHandle, DWORD JobId, DWORD Command, const FAX_JOB_ENTRYW *JobEntry)',
  FaxAbort: 'BOOL __stdcall FaxAbort(HANDLE FaxHandle, DWORD JobId)',
} as const;

export type WinFaxFunctionName = keyof typeof PROTOTYPES;

/** The functions with the C signatures above, as koffi exposes them. BOOL results are numbers. */
export interface WinFaxFunctions {
  FaxConnectFaxServerW(machineName: string | null, faxHandle: Out<FaxPointer | null>): number;
  FaxClose(faxHandle: FaxPointer | null): number;
  FaxEnumPortsW(faxHandle: FaxPointer, portInfo: Out<FaxPointer | null>, portsReturned: Out<number>): number;
  FaxOpenPort(faxHandle: FaxPointer, deviceId: number, flags: number, faxPortHandle: Out<FaxPointer | null>): number;
  FaxGetPortW(faxPortHandle: FaxPointer, portInfo: Out<FaxPointer | null>): number;
  FaxSetPortW(faxPortHandle: FaxPointer, portInfo: FaxPortInfoW | null): number;
  FaxGetDeviceStatusW(faxPortHandle: FaxPointer, deviceStatus: Out<FaxPointer | null>): number;
  FaxFreeBuffer(buffer: FaxPointer): void;
  FaxEnumRoutingMethodsW(faxPortHandle: FaxPointer, routingMethod: Out<FaxPointer | null>, methodsReturned: Out<number>): number;
  FaxEnableRoutingMethodW(faxPortHandle: FaxPointer, routingGuid: string, enabled: number): number;
  FaxGetConfigurationW(faxHandle: FaxPointer, faxConfig: Out<FaxPointer | null>): number;
  FaxSetConfigurationW(faxHandle: FaxPointer, faxConfig: FaxConfigurationW | null): number;
  FaxEnumJobsW(faxHandle: FaxPointer | null, jobEntry: Out<FaxPointer | null> | null, jobsReturned: Out<number> | null): number;
  FaxGetJobW(faxHandle: FaxPointer | null, jobId: number, jobEntry: Out<FaxPointer | null> | null): number;
  FaxSetJobW(faxHandle: FaxPointer | null, jobId: number, command: number, jobEntry: null): number;
  FaxAbort(faxHandle: FaxPointer | null, jobId: number): number;
}

/** Functions that return BOOL and report failure through the last error. */
export type BoolFunctionName = Exclude<WinFaxFunctionName, 'FaxFreeBuffer'>;

// Exports of the simulator only (absent from winfax.dll): its last error and diagnostic, its leak counters.
export const SIMULATOR_PROTOTYPES = {
  FaxSimGetLastError: 'DWORD FaxSimGetLastError()',
  FaxSimGetStats: 'BOOL FaxSimGetStats(_Out_ DWORD *serverHandles, _Out_ DWORD *portHandles, _Out_ DWORD *unfreedBuffers)',
  FaxSimInjectFault: 'BOOL FaxSimInjectFault(const char *functionName, DWORD nth, DWORD errorCode)',
  FaxSimClearFaults: 'void FaxSimClearFaults()',
  FaxSimGetLastDiagnostic: 'const char *FaxSimGetLastDiagnostic()',
  FaxSimReturnJobToQueue: 'BOOL FaxSimReturnJobToQueue(const char *serverName, DWORD jobId)',
} as const;

export interface SimulatorFunctions {
  FaxSimGetLastError(): number;
  FaxSimGetStats(serverHandles: Out<number>, portHandles: Out<number>, unfreedBuffers: Out<number>): number;
  FaxSimInjectFault(functionName: string, nth: number, errorCode: number): number;
  FaxSimClearFaults(): void;
  /** The calling thread's explanation of its last failure ("" when none), e.g. a state file's path and line. */
  FaxSimGetLastDiagnostic(): string | null;
  FaxSimReturnJobToQueue(serverName: string, jobId: number): number;
}
