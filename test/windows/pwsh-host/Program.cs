// pwsh.exe for the Wine test runs: PowerShell 7 (Microsoft.PowerShell.SDK) taking pwsh's own
// `-NoProfile -NonInteractive -Command ...` and `-File path args...`, for processes without a console.
//
// Wine gives a process a console only when it starts on a tty; started by a test with its output
// redirected, the real ConsoleHost dies ("Invalid handle ... active console output buffer"). So by
// default this host runs the command in a runspace of its own with a minimal PSHost: output and
// host writes (Write-Host, -WhatIf messages, warnings) go to stdout as UTF-8, errors to stderr,
// and the exit code follows pwsh: `exit N`; else, for -Command, 1 when an error was written.
// `pwsh.exe -ConsoleHost ...` starts the real console host instead (it needs a tty).
using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Management.Automation;
using System.Management.Automation.Host;
using System.Management.Automation.Runspaces;
using System.Security;
using System.Text;
using Microsoft.PowerShell;

public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length >= 1 && string.Equals(args[0], "-ConsoleHost", StringComparison.OrdinalIgnoreCase))
            return ConsoleShell.Start("FaxBridge test host", "", args[1..]);
        var utf8 = new UTF8Encoding(false);
        var stdout = new StreamWriter(Console.OpenStandardOutput(), utf8) { AutoFlush = true };
        var stderr = new StreamWriter(Console.OpenStandardError(), utf8) { AutoFlush = true };
        if (!TryParse(args, out var invocation, out var problem))
        {
            stderr.WriteLine(problem);
            return 64;
        }
        return Run(invocation, stdout, stderr);
    }

    sealed record Invocation(string? Command, string? File, string[] FileArguments);

    // The pwsh switches the tests use; the rest of pwsh's command line is refused, not ignored.
    static bool TryParse(string[] args, out Invocation invocation, out string problem)
    {
        invocation = new Invocation(null, null, Array.Empty<string>());
        problem = "";
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i].ToLowerInvariant();
            switch (arg)
            {
                case "-noprofile" or "-nop" or "-noninteractive" or "-nologo":
                    continue;
                case "-executionpolicy" or "-ep" when i + 1 < args.Length:
                    i++; // always Bypass: the runspace sets it
                    continue;
                case "-command" or "-c" when i + 1 < args.Length:
                    invocation = invocation with { Command = string.Join(' ', args[(i + 1)..]) };
                    return true;
                case "-file" or "-f" when i + 1 < args.Length:
                    invocation = invocation with { File = args[i + 1], FileArguments = args[(i + 2)..] };
                    return true;
                default:
                    problem = $"the test host does not take '{args[i]}' (it runs -Command or -File; -ConsoleHost for the console host)";
                    return false;
            }
        }
        problem = "the test host needs -Command <script> or -File <path>";
        return false;
    }

    static int Run(Invocation invocation, TextWriter stdout, TextWriter stderr)
    {
        var host = new PlainHost(stdout, stderr);
        var state = InitialSessionState.CreateDefault2();
        state.ExecutionPolicy = Microsoft.PowerShell.ExecutionPolicy.Bypass;
        using var runspace = RunspaceFactory.CreateRunspace(host, state);
        runspace.Open();
        using (var setup = PowerShell.Create(runspace))
        {
            // pwsh renders plain text when its output is redirected, as it always is here.
            setup.AddScript("$PSStyle.OutputRendering = 'PlainText'").Invoke();
        }
        using var ps = PowerShell.Create(runspace);
        if (invocation.File is not null)
        {
            // As pwsh -File: `-Name` arguments name parameters, the others are literal values; and a
            // script's `exit N` sets $LASTEXITCODE in its caller.
            var line = new StringBuilder("$global:LASTEXITCODE = 0; & ").Append(Quote(Path.GetFullPath(invocation.File)));
            foreach (var argument in invocation.FileArguments)
            {
                var isName = argument.Length > 1 && argument[0] == '-' && char.IsLetter(argument[1]);
                line.Append(' ').Append(isName ? argument : Quote(argument));
            }
            ps.AddScript(line.ToString());
        }
        else
        {
            ps.AddScript(invocation.Command);
        }
        ps.AddCommand("Out-Default");
        var errors = 0;
        ps.Streams.Error.DataAdded += (_, e) =>
        {
            errors++;
            stderr.WriteLine(Describe(ps.Streams.Error[e.Index]));
        };
        try
        {
            ps.Invoke();
        }
        catch (RuntimeException ex)
        {
            stderr.WriteLine(Describe(ex.ErrorRecord));
            return host.ExitCode ?? 1;
        }
        if (host.ExitCode is int code) return code;
        // -File: the script's `exit N` (0 without one), errors it wrote or not, as pwsh -File does.
        if (invocation.File is not null)
            return runspace.SessionStateProxy.GetVariable("LASTEXITCODE") is int fileCode ? fileCode : 0;
        return errors > 0 ? 1 : 0;
    }

    static string Quote(string value) => "'" + value.Replace("'", "''") + "'";

    // pwsh's concise view: "Command: message".
    static string Describe(ErrorRecord record)
    {
        var command = record.InvocationInfo?.MyCommand?.Name;
        var message = record.ErrorDetails?.Message ?? record.Exception.Message;
        return string.IsNullOrEmpty(command) ? message : $"{command}: {message}";
    }
}

sealed class PlainHost : PSHost
{
    readonly PlainUserInterface ui;

    public PlainHost(TextWriter stdout, TextWriter stderr) => ui = new PlainUserInterface(stdout, stderr);

    public int? ExitCode { get; private set; }
    public override string Name => "FaxBridgeTestHost";
    public override Version Version => typeof(PSObject).Assembly.GetName().Version ?? new Version(7, 6);
    public override Guid InstanceId { get; } = Guid.NewGuid();
    public override PSHostUserInterface UI => ui;
    public override CultureInfo CurrentCulture => CultureInfo.CurrentCulture;
    public override CultureInfo CurrentUICulture => CultureInfo.CurrentUICulture;
    public override void SetShouldExit(int exitCode) => ExitCode = exitCode;
    public override void EnterNestedPrompt() => throw new NotSupportedException("no nested prompts in the test host");
    public override void ExitNestedPrompt() => throw new NotSupportedException("no nested prompts in the test host");
    public override void NotifyBeginApplication() { }
    public override void NotifyEndApplication() { }
}

sealed class PlainUserInterface : PSHostUserInterface
{
    readonly TextWriter stdout;
    readonly TextWriter stderr;

    public PlainUserInterface(TextWriter stdout, TextWriter stderr)
    {
        this.stdout = stdout;
        this.stderr = stderr;
    }

    // The formatter styles table headers even with $PSStyle.OutputRendering = 'PlainText' when it
    // writes to a host; pwsh's own console host drops the styling for redirected output, so do we.
    static readonly System.Text.RegularExpressions.Regex Styling = new("\u001b\\[[0-9;?]*[A-Za-z]");

    static string Plain(string value) => Styling.Replace(value, "");

    public override PSHostRawUserInterface RawUI { get; } = new PlainRawUserInterface();
    public override void Write(string value) => stdout.Write(Plain(value));
    public override void Write(ConsoleColor foregroundColor, ConsoleColor backgroundColor, string value) => stdout.Write(Plain(value));
    public override void WriteLine(string value) => stdout.WriteLine(Plain(value));
    public override void WriteErrorLine(string value) => stderr.WriteLine(value);
    public override void WriteDebugLine(string message) => stdout.WriteLine("DEBUG: " + message);
    public override void WriteVerboseLine(string message) => stdout.WriteLine("VERBOSE: " + message);
    public override void WriteWarningLine(string message) => stdout.WriteLine("WARNING: " + message);
    public override void WriteProgress(long sourceId, ProgressRecord record) { }
    public override string ReadLine() => Console.In.ReadLine() ?? "";
    public override SecureString ReadLineAsSecureString() => throw NonInteractive();
    public override Dictionary<string, PSObject> Prompt(string caption, string message, System.Collections.ObjectModel.Collection<FieldDescription> descriptions) => throw NonInteractive();
    public override PSCredential PromptForCredential(string caption, string message, string userName, string targetName) => throw NonInteractive();
    public override PSCredential PromptForCredential(string caption, string message, string userName, string targetName, PSCredentialTypes allowedCredentialTypes, PSCredentialUIOptions options) => throw NonInteractive();
    public override int PromptForChoice(string caption, string message, System.Collections.ObjectModel.Collection<ChoiceDescription> choices, int defaultChoice) => throw NonInteractive();

    static PSInvalidOperationException NonInteractive() => new("the test host is non-interactive: it cannot prompt");
}

sealed class PlainRawUserInterface : PSHostRawUserInterface
{
    public override ConsoleColor BackgroundColor { get; set; } = ConsoleColor.Black;
    public override ConsoleColor ForegroundColor { get; set; } = ConsoleColor.Gray;
    public override Size BufferSize { get; set; } = new(120, 9999);
    public override Coordinates CursorPosition { get; set; }
    public override int CursorSize { get; set; } = 25;
    public override bool KeyAvailable => false;
    public override Size MaxPhysicalWindowSize => new(120, 50);
    public override Size MaxWindowSize => new(120, 50);
    public override Coordinates WindowPosition { get; set; }
    public override Size WindowSize { get; set; } = new(120, 50);
    public override string WindowTitle { get; set; } = "";
    public override void FlushInputBuffer() { }
    public override BufferCell[,] GetBufferContents(Rectangle rectangle) => throw new NotSupportedException();
    public override KeyInfo ReadKey(ReadKeyOptions options) => throw new PSInvalidOperationException("the test host is non-interactive: it cannot read keys");
    public override void ScrollBufferContents(Rectangle source, Coordinates destination, Rectangle clip, BufferCell fill) { }
    public override void SetBufferContents(Coordinates origin, BufferCell[,] contents) { }
    public override void SetBufferContents(Rectangle rectangle, BufferCell fill) { }
}
