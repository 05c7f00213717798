// faxbridge server get | set: the fax server's configuration (retries, discount period, archive…).
// Each setting is declared once below; the options, the change and the text output derive from it.
import type { Argv } from 'yargs';
import { withBackend } from '../../backends/index.js';
import type { ConfigurationChange, FaxServerConfiguration } from '../../core/model.js';
import { validateConfigurationChange } from '../../core/validate.js';
import { backendOptions, withFaxServerOptions } from '../options.js';
import { printResult } from '../output.js';
import { renderRecord } from '../table.js';
import { OptionValueError, UsageError } from '../errors.js';
import { MAX_DWORD, namingOptions, wholeNumber } from '../values.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
type FieldOfType<V> = { [K in keyof ConfigurationChange]-?: NonNullable<ConfigurationChange[K]> extends V ? K : never }[keyof ConfigurationChange];

interface SettingBase {
  /** The option, kebab-case; yargs also accepts it camelCased. */
  readonly option: string;
  readonly label: string;
  readonly describe: string;
}
type SettingSpec =
  | (SettingBase & { readonly kind: 'count'; readonly field: FieldOfType<number> })
  | (SettingBase & { readonly kind: 'switch'; readonly field: FieldOfType<boolean> })
  | (SettingBase & { readonly kind: 'time' | 'text'; readonly field: FieldOfType<string> });

const SETTINGS: readonly SettingSpec[] = [
  { field: 'retries', option: 'retries', kind: 'count', label: 'Retries', describe: 'Times a failed transmission is retried' },
  { field: 'retryDelay', option: 'retry-delay', kind: 'count', label: 'Retry delay (minutes)', describe: 'Minutes between retries' },
  { field: 'dirtyDays', option: 'dirty-days', kind: 'count', label: 'Dirty days', describe: 'Days a failed job stays in the queue' },
  { field: 'branding', option: 'branding', kind: 'switch', label: 'Branding', describe: 'Print a banner at the top of each sent page (--no-branding: do not)' },
  { field: 'useDeviceTsid', option: 'use-device-tsid', kind: 'switch', label: 'Use device TSID', describe: "Send the device's TSID (--no-use-device-tsid: the user's)" },
  { field: 'serverCp', option: 'server-cp', kind: 'switch', label: 'Server cover pages only', describe: 'Allow only server cover pages (--no-server-cp: personal ones too)' },
  { field: 'pauseServerQueue', option: 'pause-server-queue', kind: 'switch', label: 'Queue paused', describe: 'Pause the outgoing queue (--no-pause-server-queue resumes it)' },
  { field: 'startCheapTime', option: 'start-cheap-time', kind: 'time', label: 'Discount starts', describe: 'Start of the discount rate period, HH:MM (24-hour)' },
  { field: 'stopCheapTime', option: 'stop-cheap-time', kind: 'time', label: 'Discount ends', describe: 'End of the discount rate period, HH:MM (24-hour)' },
  { field: 'archiveOutgoingFaxes', option: 'archive-outgoing-faxes', kind: 'switch', label: 'Archive outgoing faxes', describe: 'Archive sent faxes (--no-archive-outgoing-faxes: do not)' },
  { field: 'archiveDirectory', option: 'archive-directory', kind: 'text', label: 'Archive directory', describe: 'Folder that sent faxes are archived in' },
];

const OPTION_OF_FIELD: Readonly<Record<string, string>> = Object.fromEntries(SETTINGS.map((s) => [s.field, `--${s.option}`]));

function configurationRecord(configuration: FaxServerConfiguration): string {
  return renderRecord([['Server', configuration.server], ...SETTINGS.map((s): [string, string | number | boolean | null] => [s.label, configuration[s.field]])]);
}

function settingOption(spec: SettingSpec) {
  if (spec.kind === 'switch') return { type: 'boolean', describe: spec.describe } as const;
  // Counts are left untyped, so that help shows no [string] and the text reaches wholeNumber as typed.
  if (spec.kind === 'count') return { requiresArg: true, describe: `${spec.describe} (0 to ${MAX_DWORD})` } as const;
  return { type: 'string', requiresArg: true, describe: spec.describe } as const;
}

/** The change the options given ask for, each value converted and checked, naming its option. */
function requestedChange(argv: Readonly<Record<string, unknown>>): ConfigurationChange {
  const change: Mutable<ConfigurationChange> = {};
  for (const spec of SETTINGS) {
    const raw = argv[spec.option];
    if (raw === undefined) continue;
    const option = `--${spec.option}`;
    if (spec.kind === 'count') change[spec.field] = wholeNumber(option, spec.field, raw, 0, MAX_DWORD);
    else if (spec.kind === 'switch' && typeof raw === 'boolean') change[spec.field] = raw;
    else if (spec.kind !== 'switch' && typeof raw === 'string') change[spec.field] = raw;
    else throw new OptionValueError(option, spec.field, raw, `${option} was given a value it does not take: '${String(raw)}'`);
  }
  return change;
}

export function registerServerCommands<T>(yargs: Argv<T>): Argv<T> {
  return yargs.command('server', "Show and change the fax server's configuration", (server) =>
    withFaxServerOptions(server)
      .command(
        'get',
        "Show the fax server's configuration",
        (y) => y,
        async (argv) => {
          const configuration = await withBackend(backendOptions(argv), (backend) => backend.getConfiguration());
          printResult(argv.json, configuration, () => configurationRecord(configuration));
        },
      )
      .command(
        'set',
        "Change the fax server's configuration; only the options given are changed",
        (y) => {
          let command = y;
          for (const spec of SETTINGS) command = command.option(spec.option, settingOption(spec));
          return command.group(SETTINGS.map((s) => s.option), 'Settings:');
        },
        async (argv) => {
          const configuration = await namingOptions(OPTION_OF_FIELD, () => {
            const change = requestedChange(argv);
            if (Object.keys(change).length === 0) {
              throw new UsageError(`Nothing to change: give at least one of ${SETTINGS.map((s) => `--${s.option}`).join(', ')}`);
            }
            // Every value is judged before connecting; a refused one changes nothing.
            validateConfigurationChange(change);
            return withBackend(backendOptions(argv), (backend) => backend.setConfiguration(change));
          });
          printResult(argv.json, configuration, () => `Updated the configuration of ${configuration.server}:\n${configurationRecord(configuration)}`);
        },
      )
      .demandCommand(1, 'Name a server command: get or set'),
  );
}
