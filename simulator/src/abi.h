/* Windows x64 layouts of the winfax.h structs the simulator serves, with the header's names.
 * DWORD is 32-bit, BOOL is a 32-bit int, strings are UTF-16 (char16_t), HANDLE is a pointer. */
#ifndef FAXSIM_ABI_H
#define FAXSIM_ABI_H

#include <stddef.h>
#include <stdint.h>
#include <uchar.h>

typedef uint32_t DWORD;
typedef uint16_t WORD;
typedef int32_t BOOL;
typedef const char16_t *LPCWSTR;
typedef void *HANDLE;

#define TRUE 1
#define FALSE 0

typedef struct { DWORD dwLowDateTime; DWORD dwHighDateTime; } FILETIME;
typedef struct { WORD Hour; WORD Minute; } FAX_TIME;
typedef struct {
    WORD wYear, wMonth, wDayOfWeek, wDay, wHour, wMinute, wSecond, wMilliseconds;
} SYSTEMTIME;

typedef struct {
    DWORD SizeOfStruct;
    DWORD DeviceId;
    DWORD State;
    DWORD Flags;
    DWORD Rings;
    DWORD Priority;
    LPCWSTR DeviceName;
    LPCWSTR Tsid;
    LPCWSTR Csid;
} FAX_PORT_INFOW;

typedef struct {
    DWORD SizeOfStruct;
    LPCWSTR CallerId;
    LPCWSTR Csid;
    DWORD CurrentPage;
    DWORD DeviceId;
    LPCWSTR DeviceName;
    LPCWSTR DocumentName;
    DWORD JobType;
    LPCWSTR PhoneNumber;
    LPCWSTR RoutingString;
    LPCWSTR SenderName;
    LPCWSTR RecipientName;
    DWORD Size;
    FILETIME StartTime;
    DWORD Status;
    LPCWSTR StatusString;
    FILETIME SubmittedTime;
    DWORD TotalPages;
    LPCWSTR Tsid;
    LPCWSTR UserName;
} FAX_DEVICE_STATUSW;

typedef struct {
    DWORD SizeOfStruct;
    DWORD DeviceId;
    BOOL Enabled;
    LPCWSTR DeviceName;
    LPCWSTR Guid;
    LPCWSTR FriendlyName;
    LPCWSTR FunctionName;
    LPCWSTR ExtensionImageName;
    LPCWSTR ExtensionFriendlyName;
} FAX_ROUTING_METHODW;

typedef struct {
    DWORD SizeOfStruct;
    DWORD Retries;
    DWORD RetryDelay;
    DWORD DirtyDays;
    BOOL Branding;
    BOOL UseDeviceTsid;
    BOOL ServerCp;
    BOOL PauseServerQueue;
    FAX_TIME StartCheapTime;
    FAX_TIME StopCheapTime;
    BOOL ArchiveOutgoingFaxes;
    LPCWSTR ArchiveDirectory;
    LPCWSTR Reserved;
} FAX_CONFIGURATIONW;

typedef struct {
    DWORD SizeOfStruct;
    DWORD JobId;
    LPCWSTR UserName;
    DWORD JobType;
    DWORD QueueStatus;
    DWORD Status;
    DWORD Size;
    DWORD PageCount;
    LPCWSTR RecipientNumber;
    LPCWSTR RecipientName;
    LPCWSTR Tsid;
    LPCWSTR SenderName;
    LPCWSTR SenderCompany;
    LPCWSTR SenderDept;
    LPCWSTR BillingCode;
    DWORD ScheduleAction;
    SYSTEMTIME ScheduleTime;
    DWORD DeliveryReportType;
    LPCWSTR DeliveryReportAddress;
    LPCWSTR DocumentName;
} FAX_JOB_ENTRYW;

/* The reference layouts (shared/reference/winfax-abi.json, x64); 64-bit targets only. */
#if UINTPTR_MAX == 0xffffffffffffffffu
_Static_assert(sizeof(FILETIME) == 8 && _Alignof(FILETIME) == 4, "FILETIME");
_Static_assert(sizeof(FAX_TIME) == 4, "FAX_TIME");
_Static_assert(sizeof(FAX_PORT_INFOW) == 48, "FAX_PORT_INFOW size");
_Static_assert(offsetof(FAX_PORT_INFOW, DeviceName) == 24 && offsetof(FAX_PORT_INFOW, Csid) == 40, "FAX_PORT_INFOW offsets");
_Static_assert(sizeof(FAX_DEVICE_STATUSW) == 144, "FAX_DEVICE_STATUSW size");
_Static_assert(offsetof(FAX_DEVICE_STATUSW, CallerId) == 8 && offsetof(FAX_DEVICE_STATUSW, StartTime) == 92 &&
               offsetof(FAX_DEVICE_STATUSW, Status) == 100 && offsetof(FAX_DEVICE_STATUSW, SubmittedTime) == 112 &&
               offsetof(FAX_DEVICE_STATUSW, UserName) == 136, "FAX_DEVICE_STATUSW offsets");
_Static_assert(sizeof(FAX_ROUTING_METHODW) == 64 && offsetof(FAX_ROUTING_METHODW, DeviceName) == 16, "FAX_ROUTING_METHODW");
_Static_assert(sizeof(FAX_CONFIGURATIONW) == 64 && offsetof(FAX_CONFIGURATIONW, ArchiveDirectory) == 48 &&
               offsetof(FAX_CONFIGURATIONW, Reserved) == 56, "FAX_CONFIGURATIONW");
_Static_assert(sizeof(SYSTEMTIME) == 16 && _Alignof(SYSTEMTIME) == 2, "SYSTEMTIME");
_Static_assert(sizeof(FAX_JOB_ENTRYW) == 136 && offsetof(FAX_JOB_ENTRYW, UserName) == 8 && offsetof(FAX_JOB_ENTRYW, PageCount) == 32 &&
               offsetof(FAX_JOB_ENTRYW, RecipientNumber) == 40 && offsetof(FAX_JOB_ENTRYW, ScheduleAction) == 96 &&
               offsetof(FAX_JOB_ENTRYW, ScheduleTime) == 100 && offsetof(FAX_JOB_ENTRYW, DeliveryReportType) == 116 &&
               offsetof(FAX_JOB_ENTRYW, DocumentName) == 128, "FAX_JOB_ENTRYW");
#endif

#define PORT_OPEN_QUERY 0x1u
#define PORT_OPEN_MODIFY 0x2u
#define FPF_RECEIVE 0x1u
#define FPF_SEND 0x2u
#define FPF_VIRTUAL 0x4u

#define FPS_DIALING 0x20000001u
#define FPS_SENDING 0x20000002u
#define FPS_RECEIVING 0x20000004u
#define FPS_RINGING 0x20020000u
#define FPS_AVAILABLE 0x20100000u
#define FPS_ABORTING 0x20200000u

/* FaxSetJobW commands; winfax.h defines JC_RESTART as JC_RESUME. */
#define JC_DELETE 1u
#define JC_PAUSE 2u
#define JC_RESUME 3u

/* FAX_JOB_ENTRYW.QueueStatus bits (winfax.h); JS_PENDING is no bit at all. */
#define JS_PENDING 0x00u
#define JS_INPROGRESS 0x01u
#define JS_DELETING 0x02u
#define JS_FAILED 0x04u
#define JS_PAUSED 0x08u
#define JS_NOLINE 0x10u
#define JS_RETRYING 0x20u
#define JS_RETRIES_EXCEEDED 0x40u
#define JS_ALL 0x7Fu

#define JT_SEND 1u
#define JT_RECEIVE 2u
#define JT_ROUTING 3u
#define JT_FAIL_RECEIVE 4u

#define ERROR_SUCCESS 0u
#define ERROR_ACCESS_DENIED 5u
#define ERROR_INVALID_HANDLE 6u
#define ERROR_NOT_ENOUGH_MEMORY 8u
#define ERROR_INVALID_DATA 13u
#define ERROR_BAD_UNIT 20u
#define ERROR_INVALID_PARAMETER 87u
#define RPC_S_SERVER_UNAVAILABLE 1722u
#define ERROR_DEVICE_IN_USE 2404u
#define ERROR_INVALID_OPERATION 4317u

#endif
