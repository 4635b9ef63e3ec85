/**
 * The `smanalyzer` command line: learn, scan, status, monitor (and demo). Flags → config, one error
 * boundary that turns every failure into a cause, a fix and an exit code: 0 pass/warn, 1 gate failed,
 * 2 bad input or environment error.
 */
import { writeFileAtomically } from '../files/atomic.js';
import { sleep } from '../net/retry.js';
import { Command, CommanderError, Option } from 'commander';
import { loadConfig } from '../config/load.js';
import { durationFlag, integer, overridesFrom, settingOption, type Flags } from './flags.js';
import { REPORT_FORMAT_NAMES, reportFormat } from '../render/formats.js';
import { reportJson } from '../render/json.js';
import { STATUS_FORMAT_NAMES } from '../render/status-report.js';
import { wantsAscii } from '../render/sparkline.js';
import { historyOptions, historyPath, recordScan, type HistoryFlags } from './keep-history.js';
import type { ScanHistoryEntry } from '../core/scan-history.js';
import { SecretRedactor } from '../config/secrets.js';
import { escapeLogLine, safeBlock, stripTerminalControls } from '../core/text-safety.js';
import { safeStream } from './safe-output.js';
import { UserFacingError, type Report } from '../core/types.js';
import { TOOL_VERSION } from '../core/version.js';
import { colourReport, wantsColour } from './colour.js';
import { createProgress } from './progress.js';
import { learnCommandFrom } from './learn-command.js';

export interface CliIo {
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  /** Set by main: stdout redacted but not stripped of colour, for text that was made safe before it was painted. */
  paintedOut?: { write(text: string): unknown };
}

export const EXIT = { ok: 0, gateFailed: 1, error: 2 } as const;

/** Thrown inside an action to end with a given exit code after the report has been printed. */
class ExitSignal extends Error {
  constructor(readonly code: number) {
    super(`exit ${code}`);
  }
}

/** What every command that reads the mesh takes: where from, which part of it, which baseline. */
function connectionOptions(command: Command): Command {
  return command
    .addOption(settingOption('--source'))
    .addOption(settingOption('--mesh'))
    .addOption(settingOption('--namespace'))
    .option('-c, --config <file>', 'YAML config file')
    .addOption(settingOption('--baseline'))
    .addOption(settingOption('--kubeconfig'))
    .addOption(settingOption('--context'))
    .addOption(settingOption('--prometheus-url'))
    .addOption(settingOption('--prometheus-header'))
    .addOption(settingOption('--prometheus-ca'))
    .addOption(settingOption('--insecure-skip-tls-verify'))
    .addOption(settingOption('--prometheus-sigv4-region'))
    .addOption(settingOption('--prometheus-sigv4-service'))
    .addOption(settingOption('--timeout'))
    .addOption(settingOption('--deadline'))
    .option('-q, --quiet', 'print only the result, warnings and errors (no progress or notes)')
    .option('--debug', 'print stack traces');
}

/** learn, scan and monitor read a window; the simulated mesh's flags go with them. */
function commonOptions(command: Command): Command {
  return connectionOptions(command)
    .option('--from <time>', 'start of a past window: RFC3339, unix seconds, or relative like -15m')
    .option('--to <time>', 'end of a past window (default: now)')
    .addOption(settingOption('--duration'))
    .addOption(settingOption('--step'))
    .addOption(settingOption('--interval'))
    .addOption(settingOption('--topology'))
    .addOption(settingOption('--seed'))
    .addOption(settingOption('--inject'))
    .addOption(settingOption('--rollout'));
}

function scanOptions(command: Command): Command {
  return historyOptions(command)
    .option('--report-html <path>', 'also write the HTML report (one self-contained file) to this path')
    .addOption(
      new Option('-o, --output <format>', 'report format').choices(REPORT_FORMAT_NAMES).default('text'),
    )
    .option('--report <path>', 'also write the JSON report to this file')
    .option(
      '--verbose',
      "text report: show the model's internals (distance, threshold, score) beside each finding",
    )
    .addOption(settingOption('--fail-on'))
    .addOption(settingOption('--max-anomalies'))
    .addOption(settingOption('--sensitivity'))
    .addOption(settingOption('--min-requests'))
    .addOption(settingOption('--warn-only'))
    .option('--deployed-at <time>', 'when the deploy happened, like --from (default: the scan window start)')
    .addOption(settingOption('--before'))
    .addOption(settingOption('--new-version'))
    .addOption(settingOption('--old-version'))
    .addOption(settingOption('--compare-versions'))
    .addOption(settingOption('--on-error'));
}

export async function main(argv: string[], cliIo: CliIo): Promise<number> {
  // Every byte this command prints or writes passes the redactor: no credential reaches a log or a file.
  const redactor = new SecretRedactor().addFromEnv(cliIo.env);
  // And no terminal control or workflow command that untrusted text carried (progress draws its own bar).
  const redactedErr = redactor.wrap(cliIo.stderr);
  const io: CliIo = {
    ...cliIo,
    stdout: safeStream(redactor.wrap(cliIo.stdout)),
    stderr: safeStream(redactedErr),
    paintedOut: redactor.wrap(cliIo.stdout),
  };
  const log = (line: string) => io.stderr.write(escapeLogLine(line) + '\n');
  const state = { debug: argv.includes('--debug') };

  const program = new Command('smanalyzer')
    .description(
      'Gate deploys on service-mesh health (Istio, ambient, Linkerd): learn a baseline, scan, fail on anomalies.',
    )
    .version(TOOL_VERSION)
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
    .showSuggestionAfterError(true);

  const context = commandContext(io, redactor, redactedErr, log, state);
  const kit: CommandKit = { io, log, context, runScanCommand: scanRunner(io, redactor, context) };
  addLearnAndScan(program, kit);
  addStatus(program, kit);
  addMonitor(program, kit);
  addVersionAndDemo(program, kit);

  try {
    await program.parseAsync(argv, { from: 'user' });
    return EXIT.ok;
  } catch (error) {
    return exitCodeFor(
      error,
      io,
      state.debug,
      program.commands.map((c) => c.name()).find((name) => argv.includes(name)),
    );
  }
}

/** What every command's action shares: the redacted streams, the clock, the log, its run context, a scan. */
interface CommandKit {
  io: CliIo;
  log: (line: string) => void;
  context: ReturnType<typeof commandContext>;
  runScanCommand: (flags: ScanFlags, lines?: boolean) => Promise<Report>;
}

/**
 * The run context a command's flags make: the settings (loaded once, their secrets added to the redactor), the
 * clock, the log (quiet: warnings only), progress, and the learn command a fix line offers.
 */
function commandContext(
  io: CliIo,
  redactor: SecretRedactor,
  redactedErr: CliIo['stderr'],
  log: (line: string) => void,
  state: { debug: boolean },
) {
  const now = io.now ?? Date.now;
  return (flags: Flags, command: 'learn' | 'scan' | 'status') => {
    state.debug = Boolean(flags.debug);
    // Quiet keeps what needs a person: warnings (and errors, which the boundary below prints).
    const quiet = Boolean(flags.quiet);
    const config = loadConfig({
      file: flags.config,
      overrides: overridesFrom(flags, io.env, command),
      // One rule for every command: learn and scan judge a mesh, so they never fall back to the simulator;
      // status only describes, so with nothing named it says so.
      inferSource: {
        clusterGiven: Boolean(io.env.KUBECONFIG || io.env.KUBERNETES_SERVICE_HOST),
        surface: 'cli',
        optional: command === 'status',
      },
    });
    redactor.addFromConfig(config, io.env);
    return {
      config,
      now,
      log: quiet ? (line: string) => void (line.startsWith('Warning:') && log(line)) : log,
      sleep: io.sleep,
      window: { from: flags.from, to: flags.to },
      deployedAt: flags.deployedAt,
      onProgress: quiet ? undefined : createProgress(redactedErr, now),
      learnCommand: learnCommandFrom(flags),
    };
  };
}

/** A scan as the scan, monitor and demo commands run it: settings, the pipeline, the history, the report out. */
function scanRunner(io: CliIo, redactor: SecretRedactor, context: CommandKit['context']) {
  const now = io.now ?? Date.now;
  /** monitor: the notes already printed, so each is said once per run, not in every round's report. */
  const notesShown = new Set<string>();
  return async (flags: ScanFlags, lines = false) => {
    const ctx = context(flags, 'scan');
    const outputs = flags.report ? [{ path: flags.report, what: 'the report', flag: '--report' }] : [];
    const { runScan } = await import('../app/pipeline.js');
    if (flags.reportHtml)
      outputs.push({ path: flags.reportHtml, what: 'the HTML report', flag: '--report-html' });
    const report = await runScan({ ...ctx, outputs });
    const history = recordScan(report, flags, ctx.config.baselinePath, now(), ctx.log);
    // The JSON documents keep every note (a reader of one line needs them); what a person reads says each once.
    const shown = lines ? { ...report, notes: report.notes.filter((note) => !notesShown.has(note)) } : report;
    for (const note of report.notes) notesShown.add(note);
    await emitReport(report, flags, io, (text) => redactor.redact(text), history, lines ? now : null, shown);
    return report;
  };
}

function addLearnAndScan(program: Command, { context, runScanCommand }: CommandKit): void {
  commonOptions(
    program.command('learn').description('learn a baseline of normal behaviour and write it atomically'),
  ).action(async (flags: Flags) => {
    const { runLearn } = await import('../app/pipeline.js');
    await runLearn(context(flags, 'learn'));
  });

  scanOptions(
    commonOptions(program.command('scan').description('scan the mesh against the baseline and judge it')),
  ).action(async (flags: ScanFlags) => {
    const report = await runScanCommand(flags);
    if (report.verdict === 'fail') throw new ExitSignal(EXIT.gateFailed);
  });
}

function addStatus(program: Command, { io, context }: CommandKit): void {
  historyOptions(
    connectionOptions(
      program.command('status').description('cluster, mesh, baseline and thresholds at a glance'),
    ),
  )
    .addOption(
      new Option('-o, --output <format>', 'output format').choices(STATUS_FORMAT_NAMES).default('text'),
    )
    .action(async (flags: Flags & HistoryFlags & { output: string }) => {
      const { runStatus } = await import('./status-command.js');
      const ctx = context(flags, 'status');
      const { text, connectionError } = await runStatus(
        ctx,
        flags.output,
        historyPath(flags, ctx.config.baselinePath),
      );
      io.stdout.write(text);
      // The rest of the status is still worth printing, but a cluster we could not read is an error.
      if (connectionError) throw connectionError;
    });
}

function addMonitor(program: Command, { io, runScanCommand }: CommandKit): void {
  scanOptions(commonOptions(program.command('monitor').description('scan repeatedly until stopped (Ctrl-C)')))
    .option('--every <duration>', 'time between scans (default 1m)')
    .option('--count <n>', 'stop after this many scans')
    .action(async (flags: ScanFlags & { every?: string; count?: string }) => {
      const every = flags.every ? durationFlag(flags.every, '--every') : 60_000;
      const count = integer(flags.count, '--count') ?? Infinity;
      const pause = io.sleep ?? sleep;
      let last: Report | null = null;
      for (let i = 0; i < count; i++) {
        if (i > 0) await pause(every);
        // A monitor has no deploy of its own: it compares with the time before one only when told when.
        last = await runScanCommand(flags.deployedAt ? flags : { ...flags, before: '0' }, true);
      }
      if (last?.verdict === 'fail') throw new ExitSignal(EXIT.gateFailed);
    });
}

function addVersionAndDemo(program: Command, { io, log, context, runScanCommand }: CommandKit): void {
  program
    .command('version')
    .description('print the version')
    .action(() => {
      io.stdout.write(TOOL_VERSION + '\n');
    });

  program
    .command('demo')
    .description('learn a simulated Bookinfo mesh, then scan it with a fault injected (no cluster needed)')
    .option('--inject <fault>', 'fault to inject, SERVICE:TYPE[:MAGNITUDE]', 'reviews:latency')
    .option('--baseline <path>', 'where to write the demo baseline', 'smanalyzer-demo-baseline.json')
    .addOption(settingOption('--mesh'))
    .addOption(settingOption('--rollout'))
    .action(async (flags: { inject: string; baseline: string; mesh?: string; rollout?: string[] }) => {
      const { runLearn } = await import('../app/pipeline.js');
      // The same mesh for both steps; the rollout and the fault only in the scan, as after a deploy.
      const mesh = flags.mesh ? { mesh: flags.mesh } : {};
      const meshFlag = flags.mesh ? ` --mesh ${flags.mesh}` : '';
      const rolloutFlags = (flags.rollout ?? []).map((rollout) => ` --rollout ${rollout}`).join('');
      log(`$ smanalyzer learn --source simulated${meshFlag} --baseline ${flags.baseline}`);
      await runLearn(context({ source: 'simulated', baseline: flags.baseline, ...mesh }, 'learn'));
      log(
        `$ smanalyzer scan --source simulated${meshFlag} --baseline ${flags.baseline}${rolloutFlags} --inject ${flags.inject}`,
      );
      const report = await runScanCommand({
        source: 'simulated',
        baseline: flags.baseline,
        inject: [flags.inject],
        output: 'text',
        ...mesh,
        ...(flags.rollout ? { rollout: flags.rollout } : {}),
      });
      if (report.verdict === 'fail') throw new ExitSignal(EXIT.gateFailed);
    });
}

type ScanFlags = Flags &
  HistoryFlags & { output: string; report?: string; reportHtml?: string; verbose?: boolean };

async function emitReport(
  report: Report,
  flags: ScanFlags,
  io: CliIo,
  redact: (text: string) => string,
  history: ScanHistoryEntry[],
  /** monitor: one JSON document per line, stamped with its time (NDJSON), so a log can be streamed. */
  jsonLinesClock: (() => number) | null = null,
  /** What a person reads on stdout (text, table, Markdown, HTML): the report less notes already printed. */
  shown: Report = report,
): Promise<void> {
  const path = flags.report;
  const format = reportFormat(flags.output);
  const text = await format.render(format.reads === 'whole' ? report : shown, {
    ascii: wantsAscii(io.stdout, io.env),
    verbose: Boolean(flags.verbose),
    history,
    ...(jsonLinesClock ? { lines: jsonLinesClock } : {}),
  });
  if (format.colour && io.paintedOut && wantsColour(io.stdout, io.env))
    io.paintedOut.write(colourReport(safeBlock(text)));
  else io.stdout.write(text);
  if (flags.reportHtml) {
    try {
      const html = await reportFormat('html').render(report, { ascii: false, verbose: false, history });
      // Files are read with cat and less too: no terminal control or bidi override from Prometheus text, as on stdout.
      writeFileAtomically(flags.reportHtml, redact(stripTerminalControls(html)));
    } catch (e) {
      throw new UserFacingError(
        'config',
        `cannot write the HTML report to ${flags.reportHtml}: ${(e as NodeJS.ErrnoException).code}`,
        'check the --report-html path',
      );
    }
  }
  if (path) {
    try {
      writeFileAtomically(path, redact(reportJson(report)));
    } catch (e) {
      throw new UserFacingError(
        'config',
        `cannot write the report to ${path}: ${(e as NodeJS.ErrnoException).code}`,
        'check the --report path',
      );
    }
  }
}

/** The one place a failure becomes a message and an exit code. */
function exitCodeFor(error: unknown, io: CliIo, debug: boolean, command?: string): number {
  if (error instanceof ExitSignal) return error.code;
  if (error instanceof CommanderError) {
    // --help and --version end here too, with code 0; commander already printed its message.
    if (
      error.exitCode === 0 ||
      error.code === 'commander.helpDisplayed' ||
      error.code === 'commander.version'
    )
      return EXIT.ok;
    io.stderr.write(
      `Fix: run "smanalyzer ${command ? `${command} ` : ''}--help" for the ${command ? 'flags' : 'commands and flags'}.\n`,
    );
    return EXIT.error;
  }
  if (error instanceof UserFacingError) {
    io.stderr.write(`Error: ${error.message}\nFix: ${error.fix}\n`);
    if (debug && error.stack) io.stderr.write(error.stack + '\n');
    return EXIT.error;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.stderr.write(
    `Error: unexpected failure: ${message.split('\n')[0]}\nFix: rerun with --debug and report it with the output\n`,
  );
  if (debug && error instanceof Error && error.stack) io.stderr.write(error.stack + '\n');
  return EXIT.error;
}
