// Constants of winfax.h, with the values Microsoft documents.

export const PORT_OPEN_QUERY = 0x1;
export const PORT_OPEN_MODIFY = 0x2;

export const FPF_RECEIVE = 0x1;
export const FPF_SEND = 0x2;
export const FPF_VIRTUAL = 0x4;

export const FAX_JOB_SUBMIT = 0x1;
export const FAX_JOB_QUERY = 0x2;
export const FAX_CONFIG_QUERY = 0x4;
export const FAX_CONFIG_SET = 0x8;
export const FAX_PORT_QUERY = 0x10;
export const FAX_PORT_SET = 0x20;
export const FAX_JOB_MANAGE = 0x40;

export const JT_UNKNOWN = 0;
export const JT_SEND = 1;
export const JT_RECEIVE = 2;
export const JT_ROUTING = 3;
export const JT_FAIL_RECEIVE = 4;

export const JOB_TYPE_NAMES: Readonly<Record<number, string>> = {
  [JT_UNKNOWN]: 'JT_UNKNOWN',
  [JT_SEND]: 'JT_SEND',
  [JT_RECEIVE]: 'JT_RECEIVE',
  [JT_ROUTING]: 'JT_ROUTING',
  [JT_FAIL_RECEIVE]: 'JT_FAIL_RECEIVE',
};

/** FaxSetJobW commands. winfax.h defines JC_RESTART as JC_RESUME: the legacy API cannot tell them apart. */
export const JC_UNKNOWN = 0;
export const JC_DELETE = 1;
export const JC_PAUSE = 2;
export const JC_RESUME = 3;
export const JC_RESTART = JC_RESUME;

/** FAX_JOB_ENTRYW.QueueStatus bits (winfax.h's values; fxsapip.h's differ). JS_PENDING is no bit. */
export const JS_PENDING = 0x00;
export const JS = {
  JS_INPROGRESS: 0x01,
  JS_DELETING: 0x02,
  JS_FAILED: 0x04,
  JS_PAUSED: 0x08,
  JS_NOLINE: 0x10,
  JS_RETRYING: 0x20,
  JS_RETRIES_EXCEEDED: 0x40,
} as const;

/** FAX_JOB_ENTRYW.ScheduleAction. */
export const JSA_NOW = 0;
export const JSA_SPECIFIC_TIME = 1;
export const JSA_DISCOUNT_PERIOD = 2;

/** FAX_JOB_ENTRYW.DeliveryReportType. */
export const DRT_NONE = 0;
export const DRT_EMAIL = 1;
export const DRT_INBOX = 2;

/** FAX_PORT_INFOW.State and FAX_DEVICE_STATUSW.Status values. */
export const FPS = {
  FPS_DIALING: 0x20000001,
  FPS_SENDING: 0x20000002,
  FPS_RECEIVING: 0x20000004,
  FPS_COMPLETED: 0x20000008,
  FPS_HANDLED: 0x20000010,
  FPS_UNAVAILABLE: 0x20000020,
  FPS_BUSY: 0x20000040,
  FPS_NO_ANSWER: 0x20000080,
  FPS_BAD_ADDRESS: 0x20000100,
  FPS_NO_DIAL_TONE: 0x20000200,
  FPS_DISCONNECTED: 0x20000400,
  FPS_FATAL_ERROR: 0x20000800,
  FPS_NOT_FAX_CALL: 0x20001000,
  FPS_CALL_DELAYED: 0x20002000,
  FPS_CALL_BLACKLISTED: 0x20004000,
  FPS_INITIALIZING: 0x20008000,
  FPS_OFFLINE: 0x20010000,
  FPS_RINGING: 0x20020000,
  FPS_AVAILABLE: 0x20100000,
  FPS_ABORTING: 0x20200000,
  FPS_ROUTING: 0x20400000,
  FPS_ANSWERED: 0x20800000,
} as const;

export type DeviceStateName = keyof typeof FPS;

const stateNamesByValue = new Map<number, DeviceStateName>(
  (Object.entries(FPS) as [DeviceStateName, number][]).map(([name, value]) => [value, name]),
);

/** The FPS_* name of a state value, or undefined for a value winfax.h does not define. */
export function deviceStateName(value: number): DeviceStateName | undefined {
  return stateNamesByValue.get(value);
}

export const FAXLOG_LEVEL_NONE = 0;
export const FAXLOG_LEVEL_MIN = 1;
export const FAXLOG_LEVEL_MED = 2;
export const FAXLOG_LEVEL_MAX = 3;

export const FAXLOG_CATEGORY_INIT = 1;
export const FAXLOG_CATEGORY_OUTBOUND = 2;
export const FAXLOG_CATEGORY_INBOUND = 3;
export const FAXLOG_CATEGORY_UNKNOWN = 4;
