// The names this machine answers to: its host name, its DNS name, its IP addresses.
import { createRequire } from 'node:module';
import os from 'node:os';

/** ComputerNameDnsFullyQualified in GetComputerNameExW's COMPUTER_NAME_FORMAT. */
const COMPUTER_NAME_DNS_FULLY_QUALIFIED = 3;

let fullyQualified: string | null | undefined;

/** Windows' own DNS name for this machine (faxsrv01.contoso.com), asked of kernel32 once. */
function windowsDnsName(): string | null {
  if (fullyQualified !== undefined) return fullyQualified;
  fullyQualified = null;
  try {
    // Loaded only here, for a dotted name that may be this machine's: choosing a backend must not
    // load koffi otherwise (see backends/choice.ts).
    const koffi = createRequire(import.meta.url)('koffi') as typeof import('koffi');
    const getName = koffi
      .load('kernel32.dll')
      .func('bool __stdcall GetComputerNameExW(int format, _Out_ uint16_t *buffer, _Inout_ uint32_t *size)') as (
      format: number,
      buffer: Uint16Array,
      size: number[],
    ) => boolean;
    const buffer = new Uint16Array(256);
    const size = [buffer.length];
    if (getName(COMPUTER_NAME_DNS_FULLY_QUALIFIED, buffer, size)) {
      fullyQualified = String.fromCharCode(...buffer.subarray(0, size[0])).toLowerCase();
    }
  } catch {
    // No koffi or no kernel32: the other names still count.
  }
  return fullyQualified;
}

/** What this machine is called; the DNS name is looked up only when a name may be it. */
export interface MachineIdentity {
  readonly hostName: string;
  readonly dnsDomain: string | undefined;
  dnsName(): string | null;
  addresses(): readonly string[];
}

function ownAddresses(): readonly string[] {
  try {
    return Object.values(os.networkInterfaces()).flatMap((entries) => (entries ?? []).map((entry) => entry.address));
  } catch {
    // libuv could not list the interfaces (seen under Wine): the loopback names still count, and
    // an address of another interface is then taken for a remote server, whose library says so.
    return [];
  }
}

export function currentMachine(platform: NodeJS.Platform = process.platform): MachineIdentity {
  return {
    hostName: os.hostname(),
    dnsDomain: process.env['USERDNSDOMAIN'],
    dnsName: () => (platform === 'win32' ? windowsDnsName() : null),
    addresses: ownAddresses,
  };
}

function withoutZone(address: string): string {
  return address.toLowerCase().split('%')[0] ?? '';
}

/** Only hex digits, dots and colons: what an IPv4 or IPv6 address can be, once unbracketed and unzoned. */
const ADDRESS_LIKE = /^[0-9a-f.:]+$/;

function isOwnAddress(name: string, machine: MachineIdentity): boolean {
  const address = withoutZone(name.replace(/^\[(.*)\]$/, '$1'));
  // A server name such as FAXSRV02 cannot be an address: the interfaces are not even listed.
  if (!ADDRESS_LIKE.test(address)) return false;
  if (/^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(address) || address === '::1') return true;
  return machine.addresses().some((own) => withoutZone(own) === address);
}

/**
 * True when `name` (no leading backslashes) names this machine: its host name, that name in the
 * user's DNS domain, on Windows its fully qualified DNS name, or one of its addresses.
 */
export function isThisMachine(name: string, machine: MachineIdentity = currentMachine()): boolean {
  const wanted = name.trim().toLowerCase();
  const host = machine.hostName.toLowerCase();
  if (wanted === host) return true;
  if (isOwnAddress(wanted, machine)) return true;
  const dot = wanted.indexOf('.');
  // Only a dotted name whose first label is this host name can be its DNS name.
  if (dot <= 0 || wanted.slice(0, dot) !== host.split('.')[0]) return false;
  const domain = machine.dnsDomain?.toLowerCase();
  if (domain && wanted === `${wanted.slice(0, dot)}.${domain}`) return true;
  return wanted === machine.dnsName();
}
