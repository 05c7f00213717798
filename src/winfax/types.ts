// Struct types of the legacy Fax Client API, declared once with winfax.h's names and field order.
// koffi applies the platform C ABI, which for these structs gives the Windows x64 layout
// (test/winfax/abi.test.ts checks every size and offset against the reference).
import koffi from 'koffi';

export const DWORD = koffi.alias('DWORD', 'uint32_t');
export const WORD = koffi.alias('WORD', 'uint16_t');
// BOOL is a 32-bit int on Windows; koffi's 'bool' is one byte and would misread it.
export const BOOL = koffi.alias('BOOL', 'int32_t');
export const LPCWSTR = koffi.alias('LPCWSTR', 'const char16_t *');
export const HANDLE = koffi.pointer('HANDLE', koffi.opaque());

// Two DWORDs, 4-byte aligned: a uint64_t here would shift every field after it.
export const FILETIME = koffi.struct('FILETIME', {
  dwLowDateTime: 'DWORD',
  dwHighDateTime: 'DWORD',
});

export const SYSTEMTIME = koffi.struct('SYSTEMTIME', {
  wYear: 'WORD',
  wMonth: 'WORD',
  wDayOfWeek: 'WORD',
  wDay: 'WORD',
  wHour: 'WORD',
  wMinute: 'WORD',
  wSecond: 'WORD',
  wMilliseconds: 'WORD',
});

export const FAX_TIME = koffi.struct('FAX_TIME', {
  Hour: 'WORD',
  Minute: 'WORD',
});

export const FAX_PORT_INFOW = koffi.struct('FAX_PORT_INFOW', {
  SizeOfStruct: 'DWORD',
  DeviceId: 'DWORD',
  State: 'DWORD',
  Flags: 'DWORD',
  Rings: 'DWORD',
  Priority: 'DWORD',
  DeviceName: 'LPCWSTR',
  Tsid: 'LPCWSTR',
  Csid: 'LPCWSTR',
});

export const FAX_DEVICE_STATUSW = koffi.struct('FAX_DEVICE_STATUSW', {
  SizeOfStruct: 'DWORD',
  CallerId: 'LPCWSTR',
  Csid: 'LPCWSTR',
  CurrentPage: 'DWORD',
  DeviceId: 'DWORD',
  DeviceName: 'LPCWSTR',
  DocumentName: 'LPCWSTR',
  JobType: 'DWORD',
  PhoneNumber: 'LPCWSTR',
  RoutingString: 'LPCWSTR',
  SenderName: 'LPCWSTR',
  RecipientName: 'LPCWSTR',
  Size: 'DWORD',
  StartTime: 'FILETIME',
  Status: 'DWORD',
  StatusString: 'LPCWSTR',
  SubmittedTime: 'FILETIME',
  TotalPages: 'DWORD',
  Tsid: 'LPCWSTR',
  UserName: 'LPCWSTR',
});

export const FAX_CONFIGURATIONW = koffi.struct('FAX_CONFIGURATIONW', {
  SizeOfStruct: 'DWORD',
  Retries: 'DWORD',
  RetryDelay: 'DWORD',
  DirtyDays: 'DWORD',
  Branding: 'BOOL',
  UseDeviceTsid: 'BOOL',
  ServerCp: 'BOOL',
  PauseServerQueue: 'BOOL',
  StartCheapTime: 'FAX_TIME',
  StopCheapTime: 'FAX_TIME',
  ArchiveOutgoingFaxes: 'BOOL',
  ArchiveDirectory: 'LPCWSTR',
  Reserved: 'LPCWSTR',
});

export const FAX_ROUTING_METHODW = koffi.struct('FAX_ROUTING_METHODW', {
  SizeOfStruct: 'DWORD',
  DeviceId: 'DWORD',
  Enabled: 'BOOL',
  DeviceName: 'LPCWSTR',
  Guid: 'LPCWSTR',
  FriendlyName: 'LPCWSTR',
  FunctionName: 'LPCWSTR',
  ExtensionImageName: 'LPCWSTR',
  ExtensionFriendlyName: 'LPCWSTR',
});

export const FAX_GLOBAL_ROUTING_INFOW = koffi.struct('FAX_GLOBAL_ROUTING_INFOW', {
  SizeOfStruct: 'DWORD',
  Priority: 'DWORD',
  Guid: 'LPCWSTR',
  FriendlyName: 'LPCWSTR',
  FunctionName: 'LPCWSTR',
  ExtensionImageName: 'LPCWSTR',
  ExtensionFriendlyName: 'LPCWSTR',
});

export const FAX_LOG_CATEGORYW = koffi.struct('FAX_LOG_CATEGORYW', {
  Name: 'LPCWSTR',
  Category: 'DWORD',
  Level: 'DWORD',
});

export const FAX_JOB_ENTRYW = koffi.struct('FAX_JOB_ENTRYW', {
  SizeOfStruct: 'DWORD',
  JobId: 'DWORD',
  UserName: 'LPCWSTR',
  JobType: 'DWORD',
  QueueStatus: 'DWORD',
  Status: 'DWORD',
  Size: 'DWORD',
  PageCount: 'DWORD',
  RecipientNumber: 'LPCWSTR',
  RecipientName: 'LPCWSTR',
  Tsid: 'LPCWSTR',
  SenderName: 'LPCWSTR',
  SenderCompany: 'LPCWSTR',
  SenderDept: 'LPCWSTR',
  BillingCode: 'LPCWSTR',
  ScheduleAction: 'DWORD',
  ScheduleTime: 'SYSTEMTIME',
  DeliveryReportType: 'DWORD',
  DeliveryReportAddress: 'LPCWSTR',
  DocumentName: 'LPCWSTR',
});

/** Every struct type by its Windows name, for the ABI test and introspection. */
export const structTypes = {
  FILETIME,
  SYSTEMTIME,
  FAX_TIME,
  FAX_PORT_INFOW,
  FAX_DEVICE_STATUSW,
  FAX_CONFIGURATIONW,
  FAX_ROUTING_METHODW,
  FAX_GLOBAL_ROUTING_INFOW,
  FAX_LOG_CATEGORYW,
  FAX_JOB_ENTRYW,
} as const;

export type StructName = keyof typeof structTypes;

// The JS shapes koffi produces and accepts for these structs. LPCWSTR decodes to a string or null.
export interface FileTime {
  dwLowDateTime: number;
  dwHighDateTime: number;
}

export interface FaxTime {
  Hour: number;
  Minute: number;
}

export interface FaxPortInfoW {
  SizeOfStruct: number;
  DeviceId: number;
  State: number;
  Flags: number;
  Rings: number;
  Priority: number;
  DeviceName: string | null;
  Tsid: string | null;
  Csid: string | null;
}

export interface FaxDeviceStatusW {
  SizeOfStruct: number;
  CallerId: string | null;
  Csid: string | null;
  CurrentPage: number;
  DeviceId: number;
  DeviceName: string | null;
  DocumentName: string | null;
  JobType: number;
  PhoneNumber: string | null;
  RoutingString: string | null;
  SenderName: string | null;
  RecipientName: string | null;
  Size: number;
  StartTime: FileTime;
  Status: number;
  StatusString: string | null;
  SubmittedTime: FileTime;
  TotalPages: number;
  Tsid: string | null;
  UserName: string | null;
}

export interface FaxConfigurationW {
  SizeOfStruct: number;
  Retries: number;
  RetryDelay: number;
  DirtyDays: number;
  Branding: number;
  UseDeviceTsid: number;
  ServerCp: number;
  PauseServerQueue: number;
  StartCheapTime: FaxTime;
  StopCheapTime: FaxTime;
  ArchiveOutgoingFaxes: number;
  ArchiveDirectory: string | null;
  Reserved: string | null;
}

export interface FaxRoutingMethodW {
  SizeOfStruct: number;
  DeviceId: number;
  Enabled: number;
  DeviceName: string | null;
  Guid: string | null;
  FriendlyName: string | null;
  FunctionName: string | null;
  ExtensionImageName: string | null;
  ExtensionFriendlyName: string | null;
}

export interface SystemTime {
  wYear: number;
  wMonth: number;
  wDayOfWeek: number;
  wDay: number;
  wHour: number;
  wMinute: number;
  wSecond: number;
  wMilliseconds: number;
}

export interface FaxJobEntryW {
  SizeOfStruct: number;
  JobId: number;
  UserName: string | null;
  JobType: number;
  QueueStatus: number;
  Status: number;
  Size: number;
  PageCount: number;
  RecipientNumber: string | null;
  RecipientName: string | null;
  Tsid: string | null;
  SenderName: string | null;
  SenderCompany: string | null;
  SenderDept: string | null;
  BillingCode: string | null;
  ScheduleAction: number;
  ScheduleTime: SystemTime;
  DeliveryReportType: number;
  DeliveryReportAddress: string | null;
  DocumentName: string | null;
}
