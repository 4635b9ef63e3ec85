export const id = 812;
export const ids = [812];
export const modules = {

/***/ 37812:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// UNUSED EXPORTS: failureMessage

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/files/atomic.ts
var atomic = __webpack_require__(46094);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 11 modules
var core = __webpack_require__(91659);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js
var github = __webpack_require__(61351);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(49735);
// EXTERNAL MODULE: ./src/config/load.ts + 2 modules
var load = __webpack_require__(56280);
// EXTERNAL MODULE: ./src/app/pipeline.ts + 12 modules
var pipeline = __webpack_require__(88399);
// EXTERNAL MODULE: ./src/render/markdown.ts + 1 modules
var markdown = __webpack_require__(52461);
// EXTERNAL MODULE: ./src/render/status-report.ts + 1 modules
var status_report = __webpack_require__(77619);
// EXTERNAL MODULE: ./src/core/types.ts + 1 modules
var types = __webpack_require__(87176);
// EXTERNAL MODULE: ./src/render/finding-words.ts
var finding_words = __webpack_require__(88169);
// EXTERNAL MODULE: ./src/render/units.ts
var units = __webpack_require__(33647);
;// CONCATENATED MODULE: ./src/action/annotations.ts
/**
 * Workflow annotations: one error or warning per finding, so each anomaly shows on the run's summary
 * page. Deciding which level is pure (annotationsFor); emitting goes through a small sink (core by default).
 */




/**
 * Findings at or above fail-on are errors (they decide the verdict), unless the gate is advisory;
 * the rest are warnings. Annotation text is plain (the runner does not render Markdown there).
 */
function annotationsFor(report) {
    const failRank = (0,types/* severityRank */.qs)(report.summary.failOn);
    return report.anomalies.map((f) => {
        const gating = (0,types/* severityRank */.qs)(f.severity) >= failRank && !report.summary.warnOnly;
        const where = (0,types/* serviceId */.fH)({ namespace: f.namespace, name: f.service });
        return {
            level: gating ? 'error' : 'warning',
            title: `SMAnalyzer: ${f.severity} ${f.type} in ${where}`,
            message: `${f.description.replace(/\.?\s*$/, '.')} Observed ${(0,units/* formatMetric */.gI)(f.metric, f.observed)}, expected ${(0,units/* formatMetric */.gI)(f.metric, f.expected)} ` +
                `(normal ${(0,units/* formatMetric */.gI)(f.metric, f.expectedRange[0])} – ${(0,units/* formatMetric */.gI)(f.metric, f.expectedRange[1])})` +
                `${(0,finding_words/* thresholdInUnits */._l)(f) ? `, threshold ${(0,finding_words/* thresholdInUnits */._l)(f)}` : ''} [${f.detector}].`,
        };
    });
}
function emitAnnotations(report, sink = core) {
    const annotations = annotationsFor(report);
    for (const a of annotations)
        sink[a.level](a.message, { title: a.title });
    return annotations.length;
}

// EXTERNAL MODULE: ./src/core/text-safety.ts
var text_safety = __webpack_require__(65471);
;// CONCATENATED MODULE: ./src/action/log.ts
/**
 * The Action's only way to the log. @actions/core escapes the data of the commands it builds (warning,
 * error, setFailed) but writes `core.info` text raw, so a service name or a Kubernetes message holding
 * "\n::add-mask::Learned" would become a command of its own. Every line goes through core/text-safety:
 * single lines escaped, multi-line blocks guarded, ANSI escapes and bidi overrides stripped everywhere.
 */


const log = {
    /** One line of the tool's log, untrusted values and all. */
    info(line) {
        core.info((0,text_safety/* escapeLogLine */._P)(line));
    },
    /** Text the tool laid out over several lines (a status table). */
    block(text) {
        core.info((0,text_safety/* safeBlock */.BW)(text));
    },
    warning(message, properties) {
        core.warning((0,text_safety/* stripTerminalControls */.ZB)(message), cleanProperties(properties));
    },
    error(message, properties) {
        core.error((0,text_safety/* stripTerminalControls */.ZB)(message), cleanProperties(properties));
    },
    setFailed(message) {
        core.setFailed((0,text_safety/* stripTerminalControls */.ZB)(message));
    },
    debug(message) {
        core.debug((0,text_safety/* stripTerminalControls */.ZB)(message));
    },
};
function cleanProperties(properties) {
    if (!properties?.title)
        return properties;
    return { ...properties, title: (0,text_safety/* stripTerminalControls */.ZB)(properties.title) };
}

;// CONCATENATED MODULE: ./src/action/output-limits.ts
/**
 * The limits of what the Action writes: the job summary (GitHub takes at most 1 MiB per step, counted in
 * bytes) and the files at paths the workflow chose (a read-only or missing directory is the workflow's
 * mistake, said as such, not an "unexpected error").
 */

/** GitHub's cap on one step's summary, in bytes. */
const STEP_SUMMARY_LIMIT_BYTES = 1024 * 1024;
const CUT_NOTE = '\n\n…the rest did not fit in the job summary (1 MiB per step); the JSON report has it all.\n';
/** The markdown within `budget` bytes, cut at a character boundary with a note when it is longer. */
function fitSummary(markdown, budget) {
    if (Buffer.byteLength(markdown) <= budget)
        return markdown;
    const room = Math.max(0, budget - Buffer.byteLength(CUT_NOTE));
    // A cut inside a multi-byte character decodes to U+FFFD: drop it.
    const cut = Buffer.from(markdown)
        .subarray(0, room)
        .toString('utf8')
        .replace(/\uFFFD+$/, '');
    return cut + CUT_NOTE;
}
const WRITE_PROBLEMS = {
    EACCES: 'permission denied',
    EPERM: 'not permitted',
    EROFS: 'the file system is read-only',
    ENOTDIR: 'a part of the path is a file, not a directory',
    // mkdir -p answers EEXIST when a directory it must create is already a file.
    EEXIST: 'a part of the path is a file, not a directory',
    EISDIR: 'it is a directory',
    ENOSPC: 'the disk is full',
    EDQUOT: 'the disk quota is exhausted',
    ENAMETOOLONG: 'the path is too long',
};
/** A failed write of `what` to `path` as a cause and a fix, when it is one the workflow can fix. */
function writeProblem(error, what, path, input) {
    const code = error?.code;
    if (!code || !(code in WRITE_PROBLEMS))
        return error;
    return new types/* UserFacingError */.Ui('config', `cannot write the ${what} to ${path}: ${WRITE_PROBLEMS[code]} (${code})`, `set ${input} to a writable path, like \${{ runner.temp }}/smanalyzer-report.json`);
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: ./node_modules/@actions/artifact/lib/artifact.js + 309 modules
var artifact = __webpack_require__(40111);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: ./node_modules/yauzl/index.js
var yauzl = __webpack_require__(20663);
;// CONCATENATED MODULE: ./src/action/artifact-zip.ts
/**
 * Downloading an artifact zip and taking one file out of it, within a byte cap. An artifact is data from
 * whoever could upload one, so a 2.6 MB zip that unpacks to gigabytes must stop before it is unpacked:
 * the download is counted as it streams, every entry's declared size is checked against the cap before
 * anything is extracted (yauzl reads the central directory first), and yauzl's size validation stops an
 * entry whose real size exceeds what it declared.
 */







/** What an artifact may weigh, zipped or unpacked, unless baseline-artifact-max-size says otherwise. */
const DEFAULT_ARTIFACT_MAX_BYTES = 64 * 1024 * 1024;
class ArtifactTooLargeError extends types/* UserFacingError */.Ui {
    constructor(what, capBytes) {
        super('github', `${what}, over the ${formatBytes(capBytes)} cap on baseline artifacts`, 'a baseline is a few MB: check which run uploaded this artifact, or raise the input baseline-artifact-max-size');
    }
}
function formatBytes(bytes) {
    const units = ['bytes', 'KiB', 'MiB', 'GiB', 'TiB'];
    let value = bytes;
    let unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
        value /= 1024;
        unit++;
    }
    return unit === 0 ? `${bytes} bytes` : `${Number(value.toFixed(1))} ${units[unit]}`;
}
/** "64MiB", "10 MB", "1048576" → bytes; null when it is not a size. */
function parseByteSize(text) {
    const m = /^(\d+(?:\.\d+)?)\s*(b|bytes?|kb|kib|mb|mib|gb|gib)?$/i.exec(text.trim());
    if (!m)
        return null;
    const factor = {
        b: 1,
        byte: 1,
        bytes: 1,
        kb: 1e3,
        kib: 1024,
        mb: 1e6,
        mib: 1024 ** 2,
        gb: 1e9,
        gib: 1024 ** 3,
    };
    const bytes = Math.floor(Number(m[1]) * factor[(m[2] ?? 'b').toLowerCase()]);
    return Number.isSafeInteger(bytes) && bytes > 0 ? bytes : null;
}
/** A pass-through that fails as soon as more than `cap` bytes went through it. */
function byteCap(cap, onExceeded) {
    let seen = 0;
    return new external_node_stream_.Transform({
        transform(chunk, _encoding, done) {
            seen += chunk.length;
            if (seen > cap)
                done(onExceeded());
            else
                done(null, chunk);
        },
    });
}
/** Streams `body` to `file`, failing (and leaving no file) past `cap` bytes. */
async function saveCapped(body, file, cap, onExceeded) {
    try {
        await (0,external_node_stream_promises_.pipeline)(body, byteCap(cap, onExceeded), (0,external_node_fs_.createWriteStream)(file));
    }
    catch (error) {
        await (0,promises_.rm)(file, { force: true });
        throw error;
    }
}
/**
 * Extracts the entry `pick` chooses (by name, from the list of file names) to `destination`, written next
 * to it first and renamed into place, so the destination is the whole file or untouched.
 * Returns the chosen entry's name, or null when `pick` chose none.
 */
async function extractOneEntry(zipPath, pick, destination, cap, label) {
    const zip = await yauzl/* openPromise */.sO(zipPath, {
        lazyEntries: true,
        validateEntrySizes: true,
        autoClose: false,
    });
    try {
        const entries = [];
        let declared = 0;
        for await (const entry of zip.eachEntry()) {
            declared += entry.uncompressedSize;
            if (entry.uncompressedSize > cap || declared > cap) {
                throw new ArtifactTooLargeError(`${label} declares ${formatBytes(declared)} of files (${zip.entryCount} entries)`, cap);
            }
            if (!entry.fileName.endsWith('/'))
                entries.push(entry);
        }
        const chosenName = pick(entries.map((e) => e.fileName));
        const chosen = entries.find((e) => e.fileName === chosenName);
        if (!chosen)
            return null;
        const partial = (0,external_node_path_.join)((0,external_node_path_.dirname)(destination), `.${process.pid}.${Date.now()}.smanalyzer-download`);
        const stream = await zip.openReadStreamPromise(chosen);
        const lied = () => new ArtifactTooLargeError(`${label} unpacks past its declared size`, cap);
        await saveCapped(stream, partial, cap, lied).catch((error) => {
            // yauzl's validateEntrySizes: the entry inflates to more bytes than it declared (a zip bomb).
            throw /too many bytes in the stream/.test(error?.message ?? '') ? lied() : error;
        });
        await (0,promises_.rename)(partial, destination);
        return chosen.fileName;
    }
    finally {
        zip.close();
    }
}

;// CONCATENATED MODULE: ./src/action/artifact.ts
/**
 * The baseline as a workflow artifact: `learn` uploads it (@actions/artifact, the runner's results
 * service), `scan` downloads the newest unexpired one of that name from this repository's trusted runs.
 * Finding "the newest across runs" is not something @actions/artifact offers (it looks inside one run),
 * so the search uses the public REST API (GET /repos/{o}/{r}/actions/artifacts?name=, then each candidate's
 * run), and the download is ours: the 302 to a signed blob URL, fetched and unpacked within a byte cap.
 *
 * Trust: anyone who can open a pull request can make a run upload an artifact of any name, with a branch
 * named `main` and the same workflow file; anyone with write access can push a branch whose workflow uploads one.
 * Only a run of this repository itself (head_repository), started by a trusted event (push, schedule,
 * workflow_dispatch by default), on the configured branch (by default the repository's default branch, whose
 * protection rules then guard the baseline) and workflow, may supply the baseline; every other candidate is
 * skipped with a line in the log saying why. Candidates are first sifted from the listing itself (repository and
 * branch), and at most MAX_RUN_LOOKUPS runs are looked up, so a flood of planted artifacts costs no more calls.
 */







/** A GitHub API or service problem the user can act on (permissions, names, retention). */
class GitHubError extends types/* UserFacingError */.Ui {
    constructor(message, fix) {
        super('github', message, fix);
    }
}
/** Events whose runs only people with write access can start: the default for baseline-trusted-events. */
const DEFAULT_TRUSTED_EVENTS = ['push', 'schedule', 'workflow_dispatch'];
/** Runs looked up (one API call each) for one artifact name: the newest candidates the listing left. */
const MAX_RUN_LOOKUPS = 20;
/** Artifacts of one name read from the listing (100 a page, newest first). */
const MAX_LISTED_ARTIFACTS = 1000;
/** Skipped candidates named one by one in the log; the rest are counted. */
const SKIPS_NAMED = 10;
/** What to write in place of `baseline-artifact-branch` to take artifacts from any branch. */
const ANY_BRANCH = '*';
function statusOf(error) {
    const status = error?.status;
    return typeof status === 'number' ? status : undefined;
}
function workflowMatches(wanted, run) {
    // A run's path may carry the ref it ran from (".github/workflows/x.yml@refs/heads/main").
    const path = (run.path ?? '').replace(/@.*$/, '');
    return wanted === path || wanted === (0,external_node_path_.basename)(path) || wanted === run.name;
}
/** Why this run may not supply the baseline, or null when it may. */
function untrustedBecause(run, selector) {
    const repository = `${selector.owner}/${selector.repo}`.toLowerCase();
    const head = run.head_repository?.full_name ?? '(unknown)';
    if (head.toLowerCase() !== repository)
        return `it ran on ${head}, not ${repository}`;
    const events = selector.trustedEvents ?? DEFAULT_TRUSTED_EVENTS;
    if (!events.includes(run.event ?? '')) {
        return `its event ${run.event ?? '(unknown)'} is not one of ${events.join(', ')} (baseline-trusted-events)`;
    }
    if (selector.branch && run.head_branch !== selector.branch) {
        return `it ran on branch ${run.head_branch ?? '(unknown)'}, not ${selector.branch}`;
    }
    if (selector.workflow && !workflowMatches(selector.workflow, run)) {
        return `it ran workflow ${run.path ?? run.name ?? '(unknown)'}, not ${selector.workflow}`;
    }
    return null;
}
/**
 * Why the listing alone rules this artifact out (another repository's run, another branch), or null when its run
 * must be looked up. The listing names the run's repository and head repository by id, and its branch.
 */
function listingSkip(artifact, selector) {
    const run = artifact.workflow_run;
    const repository = `${selector.owner}/${selector.repo}`;
    if (typeof run?.repository_id === 'number' &&
        typeof run.head_repository_id === 'number' &&
        run.head_repository_id !== run.repository_id) {
        return `it ran on another repository (id ${run.head_repository_id}, a fork), not ${repository}`;
    }
    if (selector.branch && typeof run?.head_branch === 'string' && run.head_branch !== selector.branch) {
        return `it ran on branch ${run.head_branch}, not ${selector.branch}`;
    }
    return null;
}
/**
 * The default branch of the repository: from the event (every event's payload names its repository), else the
 * repos API. The branch whose protection rules guard what lands on it: the baseline comes from there by default.
 */
async function defaultBranch(octokit, repository, payload) {
    const fromEvent = payload?.repository?.default_branch;
    if (typeof fromEvent === 'string' && fromEvent !== '')
        return { branch: fromEvent, from: 'event' };
    try {
        const { data } = await octokit.rest.repos.get(repository);
        if (typeof data.default_branch === 'string' && data.default_branch !== '')
            return { branch: data.default_branch, from: 'api' };
    }
    catch (error) {
        const status = statusOf(error);
        throw new GitHubError(`cannot tell the default branch of ${repository.owner}/${repository.repo}, which the baseline artifact must come from${status ? ` (HTTP ${status})` : ''}`, 'set baseline-artifact-branch to the branch whose runs may supply the baseline (e.g. main)');
    }
    throw new GitHubError(`cannot tell the default branch of ${repository.owner}/${repository.repo}, which the baseline artifact must come from`, 'set baseline-artifact-branch to the branch whose runs may supply the baseline (e.g. main)');
}
/** The run behind an artifact; null when GitHub no longer has it (a deleted run keeps no trust). */
async function runOf(octokit, selector, runId) {
    try {
        const { data } = await octokit.rest.actions.getWorkflowRun({
            owner: selector.owner,
            repo: selector.repo,
            run_id: runId,
        });
        return data;
    }
    catch (error) {
        const status = statusOf(error);
        if (status === 404 || status === 410)
            return null;
        throw new GitHubError(`cannot read workflow run ${runId}, which uploaded artifact "${selector.name}"${status ? ` (HTTP ${status})` : ''}`, status === 403
            ? 'give the job `permissions: actions: read` (and pass github-token)'
            : 'retry the job; check GitHub status if it persists');
    }
}
/**
 * The newest unexpired artifact with this name that a trusted run uploaded, with that run; or null.
 * `log` hears about every candidate skipped and why.
 */
async function findNewestArtifact(octokit, selector, log = () => undefined) {
    let candidates;
    let pagesRead = 0;
    try {
        candidates = (await octokit.paginate(octokit.rest.actions.listArtifactsForRepo, { owner: selector.owner, repo: selector.repo, name: selector.name, per_page: 100 }, (response, done) => {
            const page = response.data;
            // Enough for any real history of one name; a flood of planted ones is not read to its end.
            if (++pagesRead * 100 >= MAX_LISTED_ARTIFACTS)
                done();
            return page;
        }));
    }
    catch (error) {
        const status = statusOf(error);
        throw new GitHubError(`cannot list the artifacts of ${selector.owner}/${selector.repo}${status ? ` (HTTP ${status})` : ''}`, status === 403 || status === 404
            ? 'give the job `permissions: actions: read` (and pass github-token)'
            : 'retry the job; check GitHub status if it persists');
    }
    const newestFirst = candidates
        .filter((a) => a.name === selector.name && !a.expired)
        .sort((a, b) => Date.parse(b.created_at ?? '') - Date.parse(a.created_at ?? '') || b.id - a.id);
    let skipped = 0;
    const skip = (artifact, why) => {
        if (++skipped <= SKIPS_NAMED)
            log(`Skipped artifact "${selector.name}" (id ${artifact.id}, run ${artifact.workflow_run?.id ?? 'unknown'}): ${why}.`);
    };
    const summary = () => {
        if (skipped > SKIPS_NAMED)
            log(`Skipped ${skipped - SKIPS_NAMED} more artifacts named "${selector.name}" for the same kinds of reason.`);
    };
    let lookups = 0;
    for (const artifact of newestFirst) {
        const runId = artifact.workflow_run?.id;
        if (!runId) {
            skip(artifact, 'it names no workflow run');
            continue;
        }
        const ruledOut = listingSkip(artifact, selector);
        if (ruledOut) {
            skip(artifact, ruledOut);
            continue;
        }
        if (lookups++ >= MAX_RUN_LOOKUPS) {
            summary();
            log(`Looked up the runs of the newest ${MAX_RUN_LOOKUPS} candidates for "${selector.name}" only; older artifacts were not considered.`);
            return null;
        }
        const run = await runOf(octokit, selector, runId);
        if (!run) {
            skip(artifact, `its workflow run ${runId} no longer exists (HTTP 404)`);
            continue;
        }
        const reason = untrustedBecause(run, selector);
        if (reason)
            skip(artifact, reason);
        else {
            summary();
            return { artifact, run };
        }
    }
    summary();
    return null;
}
/** "run 9001 (event push, branch main, created 2026-…, sha 0123abc, https://…)": where a baseline came from. */
function describeRun(run) {
    return (`run ${run.id} (event ${run.event ?? 'unknown'}, branch ${run.head_branch ?? 'unknown'}, ` +
        `created ${run.created_at ?? 'unknown'}, sha ${(run.head_sha ?? 'unknown').slice(0, 12)}` +
        `${run.html_url ? `, ${run.html_url}` : ''})`);
}
/** The zip's signed blob URL: GitHub answers the download endpoint with a 302 that carries no token. */
async function downloadUrl(octokit, selector, artifactId) {
    let location;
    try {
        const response = await octokit.rest.actions.downloadArtifact({
            owner: selector.owner,
            repo: selector.repo,
            artifact_id: artifactId,
            archive_format: 'zip',
            request: { redirect: 'manual' },
        });
        location = response.headers.location;
    }
    catch (error) {
        const status = statusOf(error);
        // With redirect: manual, some fetch stacks surface the 302 as an error that still carries the header.
        location = error?.response?.headers?.location;
        if (!location) {
            throw new GitHubError(`cannot download artifact "${selector.name}" (id ${artifactId})${status ? `: HTTP ${status}` : ''}`, status === 403
                ? 'give the job `permissions: actions: read`'
                : 'retry the job; the artifact may have just expired');
        }
    }
    if (!location) {
        throw new GitHubError(`cannot download artifact "${selector.name}" (id ${artifactId}): GitHub gave no download address`, 'retry the job; the artifact may have just expired');
    }
    return location;
}
const BASELINE_FILE = {
    noun: 'baseline',
    extension: '.json',
    fix: 'upload it with this action in mode: learn and the same baseline-artifact name',
};
/**
 * Download the newest trusted baseline artifact (or another kind of file, same trust rules) and place its file
 * at `baselinePath`. Returns null when there is no such artifact (the caller decides whether that fails the step).
 */
async function downloadBaselineArtifact(octokit, selector, baselinePath, log, kind = BASELINE_FILE) {
    const found = await findNewestArtifact(octokit, selector, log);
    if (!found)
        return null;
    const { artifact, run } = found;
    const cap = selector.maxBytes ?? DEFAULT_ARTIFACT_MAX_BYTES;
    const label = `artifact "${selector.name}" (id ${artifact.id})`;
    const workDir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'smanalyzer-artifact-'));
    try {
        const url = await downloadUrl(octokit, selector, artifact.id);
        const zipPath = (0,external_node_path_.join)(workDir, 'artifact.zip');
        let response;
        try {
            response = await fetch(url, { redirect: 'error' });
        }
        catch (error) {
            throw new GitHubError(`cannot download ${label}: ${error?.message ?? String(error)}`, 'retry the job; the artifact may have just expired');
        }
        if (!response.ok || !response.body) {
            throw new GitHubError(`cannot download ${label}: HTTP ${response.status} from the artifact storage`, 'retry the job; the artifact may have just expired');
        }
        const declaredLength = Number(response.headers.get('content-length') ?? 0);
        if (declaredLength > cap) {
            await response.body.cancel();
            throw new ArtifactTooLargeError(`${label} is ${formatBytes(declaredLength)} zipped`, cap);
        }
        await saveCapped(external_node_stream_.Readable.fromWeb(response.body), zipPath, cap, () => new ArtifactTooLargeError(`${label} is more than ${formatBytes(cap)} zipped`, cap));
        const wanted = (0,external_node_path_.basename)(baselinePath);
        let chosen;
        try {
            chosen = await extractOneEntry(zipPath, (names) => {
                const byName = names.find((n) => (0,external_node_path_.basename)(n) === wanted);
                const json = names.filter((n) => n.endsWith(kind.extension));
                return byName ?? (json.length === 1 ? json[0] : undefined);
            }, (0,external_node_path_.resolve)(baselinePath), cap, label);
        }
        catch (error) {
            if (error instanceof types/* UserFacingError */.Ui)
                throw error;
            throw new GitHubError(`${label} is not a readable zip: ${error?.message ?? String(error)}`, 'learn and upload the baseline again (this action with mode: learn)');
        }
        if (!chosen) {
            throw new types/* BaselineError */.s$(`${label} holds no ${kind.noun} file named ${wanted}`, kind.fix);
        }
        const noun = kind.noun[0].toUpperCase() + kind.noun.slice(1);
        log(`${noun} from ${label}, uploaded by ${describeRun(run)}, written to ${baselinePath}.`);
        return { artifactId: artifact.id, createdAt: artifact.created_at ?? null, run };
    }
    finally {
        await (0,promises_.rm)(workDir, { recursive: true, force: true });
    }
}
/** Upload the baseline file (or another `noun`) as an artifact of this run (needs ACTIONS_RUNTIME_TOKEN). */
async function uploadBaselineArtifact(name, baselinePath, log, noun = 'baseline') {
    const absolute = (0,external_node_path_.resolve)(baselinePath);
    if (!process.env.ACTIONS_RUNTIME_TOKEN || !process.env.ACTIONS_RESULTS_URL) {
        throw new GitHubError(`cannot upload the ${noun} artifact: this is not a GitHub Actions job (no ACTIONS_RUNTIME_TOKEN)`, 'run it in a workflow, or leave baseline-artifact empty and keep the baseline-path file yourself');
    }
    try {
        const result = await new artifact/* DefaultArtifactClient */.t9().uploadArtifact(name, [absolute], (0,external_node_path_.dirname)(absolute));
        log(`Uploaded the ${noun} as artifact "${name}" (id ${result.id ?? 'unknown'}).`);
        return { artifactId: result.id ?? null };
    }
    catch (error) {
        throw new GitHubError(`cannot upload the ${noun} artifact "${name}": ${error?.message ?? String(error)}`, 'check the artifact name is unique in this run and the job can write artifacts');
    }
}

// EXTERNAL MODULE: ./src/app/history-file.ts + 1 modules
var history_file = __webpack_require__(66142);
// EXTERNAL MODULE: ./src/core/scan-history.ts
var scan_history = __webpack_require__(9931);
;// CONCATENATED MODULE: ./src/action/history-artifact.ts
/**
 * The scan history in the Action: before the scan's line is appended, the newest history artifact
 * from a trusted run is downloaded (the baseline artifact's trust rules: this repository, a trusted event, the
 * configured branch, by default the repository's default branch); after it, the file is uploaded as this run's artifact. A history problem is a warning: the
 * gate's verdict never depends on it.
 */






const HISTORY_FILE = {
    noun: 'scan history',
    extension: '.jsonl',
    fix: 'let the next scan write a fresh one (history-artifact names the artifact)',
};
/**
 * history-path (default `<baseline>.history.jsonl`), history-limit (default 1000), history-artifact (default
 * `<baseline-artifact>-history` when baseline-artifact is set; `none` keeps the file only).
 */
function historyInputs(baselinePath, inputs, read = (name) => core.getInput(name)) {
    const limitText = read('history-limit');
    const limit = limitText === '' ? scan_history/* DEFAULT_HISTORY_LIMIT */.ZI : Number(limitText);
    if (!Number.isInteger(limit) || limit < 1)
        throw new types/* ConfigError */.xL(`history-limit "${limitText}" is not a whole number ≥ 1`, 'set it like history-limit: 500');
    const named = read('history-artifact');
    if (named !== '' && named !== 'none' && !/^[A-Za-z0-9._-]{1,100}$/.test(named))
        throw new types/* ConfigError */.xL('history-artifact may use letters, digits, ".", "_" and "-" only', 'set it like history-artifact: mesh-history, or none');
    const artifact = named === 'none'
        ? null
        : named !== ''
            ? named
            : inputs.baselineArtifact
                ? `${inputs.baselineArtifact.name}-history`
                : null;
    return { path: read('history-path') || (0,history_file/* defaultHistoryPath */.vd)(baselinePath), limit, artifact };
}
function warnOnly(error) {
    if (!(error instanceof types/* UserFacingError */.Ui))
        throw error;
    log.warning(`Scan history: ${error.message}. To fix: ${error.fix}`);
}
/** The newest trusted history artifact into history.path (when one is named); problems are warnings. */
async function downloadHistory(history, selector, octokit) {
    if (!history.artifact || !selector)
        return;
    const logLine = (line) => log.info(line);
    try {
        // The history comes from whichever workflow scans, not the baseline refresh: only the workflow filter goes.
        const found = await downloadBaselineArtifact(octokit(), { ...selector, name: history.artifact, workflow: null, branch: await selector.branch() }, history.path, logLine, HISTORY_FILE);
        if (!found)
            logLine(`No trusted history artifact "${history.artifact}" yet: starting the scan history here.`);
    }
    catch (error) {
        warnOnly(error);
    }
}
/** Download the newest trusted history, append this scan, upload it again. Returns the history, oldest first. */
async function recordScanHistory(report, history, selector, octokit, now) {
    const logLine = (line) => log.info(line);
    const warn = warnOnly;
    await downloadHistory(history, selector, octokit);
    let entries = [(0,scan_history/* historyEntry */.xg)(report, now)];
    try {
        const written = (0,history_file/* appendHistory */.b8)(history.path, entries[0], history.limit);
        entries = written.entries;
        for (const note of written.notes)
            log.warning(`Scan history: ${note}`);
        logLine(`Scan history: ${entries.length} scan${entries.length === 1 ? '' : 's'} in ${history.path}.`);
    }
    catch (error) {
        warn(error);
        return entries;
    }
    if (history.artifact) {
        if (!process.env.ACTIONS_RUNTIME_TOKEN) {
            logLine(`Not in a workflow job (no ACTIONS_RUNTIME_TOKEN): the scan history stays in ${history.path}.`);
        }
        else {
            try {
                await uploadBaselineArtifact(history.artifact, history.path, logLine, 'scan history');
            }
            catch (error) {
                warn(error);
            }
        }
    }
    return entries;
}
/**
 * The baseline artifact's trust rules for the history artifact (this repository, a trusted event, the branch the
 * baseline comes from: the default branch unless baseline-artifact-branch says otherwise), or this repository's
 * defaults without a baseline artifact.
 */
function historySelector(repository, inputs, branch) {
    const b = inputs.baselineArtifact;
    return b
        ? { ...repository, workflow: null, branch, trustedEvents: b.trustedEvents, maxBytes: b.maxBytes }
        : { ...repository, workflow: null, branch };
}

;// CONCATENATED MODULE: ./src/action/comment-trust.ts
/** The identity of the job's GITHUB_TOKEN: the GitHub Actions app. */
const ACTIONS_BOT = { login: 'github-actions[bot]', bot: true };
function comment_trust_statusOf(error) {
    const status = error?.status;
    return typeof status === 'number' ? status : undefined;
}
/** Who the token is: GET /user, else GraphQL viewer (installation tokens), else the Actions bot. */
async function tokenIdentity(octokit, log = () => undefined) {
    try {
        const { data } = await octokit.rest.users.getAuthenticated();
        return { login: data.login, bot: data.type === 'Bot' };
    }
    catch (error) {
        if (comment_trust_statusOf(error) !== 403 && comment_trust_statusOf(error) !== 401)
            throw error;
    }
    try {
        const data = await octokit.graphql('query { viewer { login } }');
        const login = data.viewer.login;
        return { login: login.endsWith('[bot]') ? login : `${login}[bot]`, bot: true };
    }
    catch {
        log(`Could not tell which identity the token has; only comments by ${ACTIONS_BOT.login} are ours.`);
        return ACTIONS_BOT;
    }
}
/** True when the comment was written by this identity (login and, for an app, a Bot account). */
function writtenBy(comment, identity) {
    const user = comment.user;
    if (!user?.login)
        return false;
    return user.login === identity.login && (!identity.bot || user.type === 'Bot');
}
/** The head a workflow_run's pull request must have: the triggering run's repository, branch and commit. */
function runHead(run) {
    const repository = run.head_repository?.full_name;
    if (!repository || !run.head_branch || !run.head_sha)
        return null;
    return { repository, branch: run.head_branch, sha: run.head_sha };
}
/** Why this pull request's head is not the run's head, or null when it is. */
function headMismatch(pr, head) {
    const theirs = `${pr.head.repo?.full_name ?? '(deleted repository)'}:${pr.head.ref ?? '?'}@${(pr.head.sha ?? '?').slice(0, 12)}`;
    const ours = `${head.repository}:${head.branch}@${head.sha.slice(0, 12)}`;
    const same = pr.head.repo?.full_name?.toLowerCase() === head.repository.toLowerCase() &&
        pr.head.ref === head.branch &&
        pr.head.sha === head.sha;
    return same ? null : `its head is ${theirs}, not the run's ${ours}`;
}

;// CONCATENATED MODULE: ./src/action/comment.ts


const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target', 'pull_request_review']);
function comment_statusOf(error) {
    const status = error?.status;
    return typeof status === 'number' ? status : undefined;
}
/** The commit this run is about, for events that do not name a pull request. */
function commitOf(context) {
    return context.payload.workflow_run?.head_sha ?? context.payload.deployment?.sha ?? context.sha;
}
/**
 * The pull request this run belongs to: from a pull_request event directly; for a workflow_run, the one whose
 * head is the triggering run's (findRunPullRequest); otherwise the open PR whose head is this commit
 * (GET /repos/{owner}/{repo}/commits/{sha}/pulls). Null when there is none.
 */
async function findPullRequest(octokit, context, log = () => undefined) {
    if (PULL_REQUEST_EVENTS.has(context.eventName) && context.payload.pull_request) {
        return context.payload.pull_request.number;
    }
    if (context.payload.workflow_run)
        return findRunPullRequest(octokit, context, log);
    const sha = commitOf(context);
    if (!sha)
        return null;
    const { data } = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({
        ...context.repo,
        commit_sha: sha,
        per_page: 100,
    });
    return data.find((pr) => pr.state === 'open')?.number ?? null;
}
/**
 * A workflow_run posts the report of the run that triggered it, so the pull request must have that run's
 * head: repository, branch and commit (all from GitHub's event, nothing the fork wrote). Candidates, in order:
 * the run's `pull_requests` (empty for forks), the open PRs of its commit, the open PRs of its head
 * `owner:branch` (how a fork's PR is found). The first whose head matches is the one.
 */
async function findRunPullRequest(octokit, context, log) {
    const run = context.payload.workflow_run;
    const head = runHead(run);
    if (!head) {
        log('The workflow_run names no head repository, branch and commit: no pull request to comment on.');
        return null;
    }
    const seen = new Set();
    const accept = (candidates) => {
        for (const pr of candidates) {
            if (pr.state !== 'open' || seen.has(pr.number))
                continue;
            seen.add(pr.number);
            const mismatch = headMismatch(pr, head);
            if (!mismatch)
                return pr.number;
            log(`Not commenting on pull request #${pr.number}: ${mismatch}.`);
        }
        return null;
    };
    for (const { number } of run.pull_requests ?? []) {
        const { data } = await octokit.rest.pulls.get({ ...context.repo, pull_number: number });
        const found = accept([data]);
        if (found)
            return found;
    }
    const { data: ofCommit } = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({
        ...context.repo,
        commit_sha: head.sha,
        per_page: 100,
    });
    const fromCommit = accept(ofCommit);
    if (fromCommit)
        return fromCommit;
    const { data: ofBranch } = await octokit.rest.pulls.list({
        ...context.repo,
        state: 'open',
        head: `${head.repository.split('/')[0]}:${head.branch}`,
        per_page: 100,
    });
    return accept(ofBranch);
}
/** A pull_request run whose head lives in another repository: GitHub hands it a read-only token. */
function isForkPullRequest(context) {
    const pr = context.payload.pull_request;
    if (!PULL_REQUEST_EVENTS.has(context.eventName) || !pr?.base?.repo?.full_name)
        return false;
    return pr.head?.repo?.full_name !== pr.base.repo.full_name;
}
/**
 * Our comment on the PR: the body opens with the marker (another bot's comment quoting it is not ours), and the
 * token's own identity wrote it (paging through every comment).
 */
async function findStickyComment(octokit, target, commentId, identity) {
    const marker = (0,markdown.commentMarker)(commentId);
    const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
        owner: target.owner,
        repo: target.repo,
        issue_number: target.issueNumber,
        per_page: 100,
    });
    for await (const page of pages) {
        const found = page.data.find((c) => c.body?.startsWith(marker) && writtenBy(c, identity));
        if (found)
            return { id: found.id, body: found.body ?? '' };
    }
    return null;
}
function mapStrings(value, map) {
    const walk = (v) => {
        if (typeof v === 'string')
            return map(v);
        if (Array.isArray(v))
            return v.map(walk);
        if (v && typeof v === 'object')
            return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
        return v;
    };
    return walk(value);
}
/**
 * Post or refresh the sticky comment according to the policy:
 * - `always`: every run updates (or creates) it;
 * - `on-anomaly`: created when there are anomalies; once it exists every run updates it, so a passing
 *   run marks it resolved instead of leaving a stale failure on the PR;
 * - `never`: nothing.
 */
async function publishPrComment(octokit, request, log) {
    if (request.policy === 'never')
        return { action: 'skipped', reason: 'comment: never' };
    try {
        const pullRequest = await findPullRequest(octokit, request.context, (m) => log.info(m));
        if (pullRequest === null) {
            log.info('No pull request for this run: no PR comment.');
            return { action: 'skipped', reason: 'no pull request' };
        }
        const target = { ...request.context.repo, issueNumber: pullRequest };
        const identity = await tokenIdentity(octokit, (m) => log.info(m));
        const existing = await findStickyComment(octokit, target, request.commentId, identity);
        const hasAnomalies = request.report.anomalies.length > 0 || request.report.verdict !== 'pass';
        if (!existing && !hasAnomalies && request.policy === 'on-anomaly') {
            return { action: 'skipped', reason: 'no anomalies and no earlier comment' };
        }
        const earlierState = existing ? (0,markdown.readCommentState)(existing.body) : null;
        // Redact before rendering: the body is cut to GitHub's limit, and half a secret is no longer found.
        const report = request.redact ? mapStrings(request.report, request.redact) : request.report;
        const rendered = (0,markdown.renderPrComment)(report, {
            commentId: request.commentId,
            runUrl: request.runUrl,
            maxLength: request.maxLength,
            resolvesEarlierFailure: earlierState === 'anomalies' || earlierState === 'resolved',
        });
        const body = request.redact ? request.redact(rendered) : rendered;
        if (existing) {
            await octokit.rest.issues.updateComment({ ...request.context.repo, comment_id: existing.id, body });
            log.info(`Updated the SMAnalyzer comment on pull request #${pullRequest}.`);
            return { action: 'updated', commentId: existing.id, pullRequest };
        }
        const { data } = await octokit.rest.issues.createComment({
            ...request.context.repo,
            issue_number: pullRequest,
            body,
        });
        log.info(`Commented on pull request #${pullRequest}.`);
        return { action: 'created', commentId: data.id, pullRequest };
    }
    catch (error) {
        // The comment is a convenience; the gate's verdict must not depend on it.
        const status = comment_statusOf(error);
        const reason = (status === 403 || status === 404) && isForkPullRequest(request.context)
            ? `Could not comment on the pull request (HTTP ${status}): it comes from a fork, and GitHub gives fork pull requests a read-only token. ` +
                'Set comment: never here and post the comment from a workflow_run workflow (examples/fork-pr-comment.yml); the job summary has the full report.'
            : status === 403 || status === 404
                ? `Could not comment on the pull request (HTTP ${status}): the token is read-only here (fork pull requests get one). ` +
                    'Grant `permissions: pull-requests: write` to the job, or set comment: never; the job summary has the full report.'
                : `Could not comment on the pull request: ${status ? `HTTP ${status}` : (error?.message ?? String(error))}. ` +
                    'The job summary has the full report.';
        log.warning(reason);
        return { action: 'warned', reason };
    }
}

// EXTERNAL MODULE: ./src/config/secrets.ts
var secrets = __webpack_require__(38019);
// EXTERNAL MODULE: ./src/core/names.ts
var names = __webpack_require__(22483);
// EXTERNAL MODULE: ./src/config/headers.ts
var headers = __webpack_require__(68404);
// EXTERNAL MODULE: ./src/core/settings.ts + 5 modules
var settings = __webpack_require__(75959);
;// CONCATENATED MODULE: ./src/action/inputs.ts
/**
 * The Action's inputs: read once inside run(), secrets masked before anything is logged, every value
 * validated with one clear message, and the kebab-case inputs turned into config overrides.
 */












const defaultReader = (name) => core.getInput(name);
/** The environment variable a demo or test sets to inject simulated faults ("reviews:latency:3,ratings:error_rate"). */
const SIMULATE_FAULTS_ENV = 'SMANALYZER_SIMULATE_FAULTS';
/** The simulated mesh's rollouts for a demo or a test of the Action (like --rollout): SERVICE:VERSION[:SHARE]. */
const SIMULATE_ROLLOUTS_ENV = 'SMANALYZER_SIMULATE_ROLLOUTS';
function oneOf(name, value, allowed, fallback) {
    if (value === '')
        return fallback;
    if (allowed.includes(value))
        return value;
    throw new types/* ConfigError */.xL(`input ${name}: "${value}" is not one of ${allowed.join(', ')}`, `set ${name} to one of ${allowed.join(', ')}`);
}
function booleanInput(name, value) {
    if (value === '')
        return false;
    if (/^(true|yes|on|1)$/i.test(value))
        return true;
    if (/^(false|no|off|0)$/i.test(value))
        return false;
    throw new types/* ConfigError */.xL(`input ${name}: "${value}" is not a boolean`, `set ${name} to true or false`);
}
function listInput(value) {
    return value
        .split(/[,\n]/)
        .map((s) => s.trim())
        .filter((s) => s.length > 0);
}
function durationInput(name, value) {
    if (value === '')
        return undefined;
    try {
        return (0,load/* parseDuration */.E9)(value);
    }
    catch {
        throw new types/* ConfigError */.xL(`input ${name}: "${value}" is not a duration`, `write ${name} like 90s, 5m or 1h`);
    }
}
/** "Name: value" per line (HTTP style); every value is a secret as far as the logs are concerned. */
function parseHeaderInput(text) {
    return (0,headers/* parseHeaders */.Q)(text.split('\n'), 
    // Never echo the line: it may hold a credential.
    (_line, index) => new types/* ConfigError */.xL(`input prometheus-headers: line ${index + 1} is not "Name: value"`, 'write one header per line, like "Authorization: Bearer ${{ secrets.PROM_TOKEN }}"'), { skipBlank: true });
}
/** The kubeconfig text, decoded when it was given as base64 (null when the input is a path). */
function kubeconfigText(value) {
    const trimmed = value.trim();
    if (/^[A-Za-z0-9+/=\s]+$/.test(trimmed) && trimmed.length > 64) {
        const decoded = Buffer.from(trimmed.replace(/\s+/g, ''), 'base64').toString('utf8');
        if (/apiVersion|clusters/.test(decoded))
            return decoded;
    }
    return /\n/.test(trimmed) || /^\s*apiVersion\s*:/m.test(trimmed) ? value : null;
}

/** Mask a value; multi-line values line by line, because the runner masks per line. */
function mask(value) {
    if (value.trim() === '')
        return;
    core.setSecret(value);
    if (value.includes('\n')) {
        for (const line of value.split('\n'))
            if (line.trim().length >= 4)
                core.setSecret(line.trim());
    }
}
/** Mask every secret among the raw inputs. Runs before anything else logs. */
function maskSecrets(read, env) {
    mask(read('github-token'));
    const kubeconfig = read('kubeconfig');
    if (kubeconfig !== '') {
        const text = kubeconfigText(kubeconfig);
        if (text !== null) {
            if (text !== kubeconfig)
                mask(kubeconfig.trim()); // the base64 form as a whole
            for (const secret of (0,secrets/* kubeconfigSecrets */.hT)(text))
                mask(secret);
        }
    }
    const headers = read('prometheus-headers');
    for (const line of headers.split('\n')) {
        const colon = line.indexOf(':');
        if (colon > 0) {
            for (const secret of (0,secrets/* headerSecrets */.n3)(line.slice(0, colon), line.slice(colon + 1)))
                mask(secret);
        }
    }
    // A kubeconfig given as a path, or through KUBECONFIG, holds the same tokens and keys as an inline one.
    const files = kubeconfig !== '' && kubeconfigText(kubeconfig) === null ? [kubeconfig.trim()] : [];
    if (kubeconfig === '')
        files.push(...(env.KUBECONFIG ?? '').split(external_node_path_.delimiter).filter(Boolean));
    for (const file of files) {
        const text = readIfSmall(file);
        if (text !== null)
            for (const secret of (0,secrets/* kubeconfigSecrets */.hT)(text))
                mask(secret);
    }
}
/** A kubeconfig file's text, or null (absent, unreadable, or too big to be one: not our error to raise here). */
function readIfSmall(file) {
    try {
        return (0,external_node_fs_.statSync)(file).size <= secrets/* MAX_KUBECONFIG_BYTES */.PX ? (0,external_node_fs_.readFileSync)(file, 'utf8') : null;
    }
    catch {
        return null;
    }
}
/** The URL of a Prometheus: http(s), with no credentials in it (they would reach logs and reports). */
function prometheusUrl(value) {
    let url;
    try {
        url = new URL(value);
    }
    catch {
        throw new types/* ConfigError */.xL('input prometheus-url is not a URL', 'set it like https://prometheus.example.com');
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        throw new types/* ConfigError */.xL('input prometheus-url must be http or https', 'set it like https://prometheus.example.com');
    }
    if (url.username || url.password) {
        throw new types/* ConfigError */.xL('input prometheus-url carries a user name or password', 'put credentials in prometheus-headers (Authorization: ...) from a secret, not in the URL');
    }
    return value;
}
/** One input's value in its setting's unit, its message naming the input; undefined: not given. */
function inputValue(setting, name, value) {
    const trimmed = value.trim();
    switch (setting.unit) {
        case 'choice':
            return oneOf(name, trimmed, setting.choices ?? [], trimmed);
        case 'severity':
            return (0,load/* parseSeverity */.lv)(value);
        case 'boolean':
            return booleanInput(name, value);
        case 'duration':
            return setting.zeroTurnsOff && trimmed === '0' ? 0 : durationInput(name, trimmed);
        case 'count':
            if (!/^\d+$/.test(trimmed)) {
                throw new types/* ConfigError */.xL(`input ${name}: "${value}" is not a whole number`, `set ${name} to 0 or more`);
            }
            return Number(trimmed);
        case 'namespaces': {
            const namespaces = listInput(value);
            const bad = namespaces.find((n) => !(0,names/* isKubernetesName */.aN)(n));
            if (bad !== undefined) {
                throw new types/* ConfigError */.xL(`input ${name}: ${(0,names/* describeRefusedName */.Tk)(bad)} is not a Kubernetes namespace name`, 'list namespace names (lower-case letters, digits and "-"), comma or newline separated');
            }
            return namespaces.length > 0 ? namespaces : undefined;
        }
        case 'url':
            return prometheusUrl(value);
        case 'headers':
            return trimmed === '' ? undefined : parseHeaderInput(value);
        case 'version':
            if (!/^[A-Za-z0-9][A-Za-z0-9._+-]{0,127}$/.test(trimmed))
                throw new types/* ConfigError */.xL(`input ${name}: "${trimmed.slice(0, 64)}" is not a version label value`, 'give the value of the version label as the mesh shows it, like v2 or 7d9f8c6b5');
            return trimmed;
        case 'sigv4':
            return { region: value, service: 'aps' };
        default:
            return value;
    }
}
/**
 * The settings the inputs set, from their declaration (core/settings.ts): each input read once and parsed in
 * its setting's unit. One input may set two settings (`interval`: the series step and the sidecar scrape
 * interval, one sample per interval), and one is read by mode (`duration`: learn's window in mode learn).
 */
function settingsFromInputs(read, mode) {
    const overrides = {};
    const window = mode === 'learn' ? 'learn' : 'scan';
    for (const setting of settings/* SETTINGS */.yy) {
        const input = setting.input;
        if (!input || (input.for && input.for !== window))
            continue;
        const value = read(input.name);
        // The runner trims an input; one of spaces alone is not given, as an empty one is not.
        if (value.trim() === '')
            continue;
        const parsed = inputValue(setting, input.name, value);
        if (parsed !== undefined)
            (0,settings/* setAt */.ef)(overrides, setting.path, parsed);
    }
    return overrides;
}
const MODES = ['scan', 'learn', 'status', 'comment'];
const COMMENT_POLICIES = ['always', 'on-anomaly', 'never'];
/** The simulated mesh's rollouts and faults, from the environment (demos and tests). */
function simulatedInputs(env, overrides) {
    const rollouts = (env[SIMULATE_ROLLOUTS_ENV] ?? '').trim();
    if (rollouts !== '')
        overrides.simulated = { rollouts: listInput(rollouts).map(load/* parseRollout */.Z4) };
    const faults = (env[SIMULATE_FAULTS_ENV] ?? '').trim();
    if (faults !== '') {
        overrides.simulated = { ...overrides.simulated, faults: listInput(faults).map(load/* parseFault */.Gm) };
        if ((overrides.source ?? 'simulated') !== 'simulated') {
            log.warning(`${SIMULATE_FAULTS_ENV} only applies to source: simulated; it is ignored for ${overrides.source}.`);
        }
    }
}
/** The comment-id input: a short name per gate, so several gates keep their own sticky comment. */
function commentIdInput(read) {
    const commentId = read('comment-id') || 'default';
    if (!/^[A-Za-z0-9._-]{1,64}$/.test(commentId)) {
        throw new types/* ConfigError */.xL(`input comment-id: "${commentId.slice(0, 64)}" may only hold letters, digits, ".", "_" and "-"`, 'pick a short name per gate, like staging or canary');
    }
    return commentId;
}
/** The baseline artifact to download (null: none), and the branch whose runs may supply it. */
function artifactInputs(read, mode) {
    const artifactName = read('baseline-artifact').trim();
    if (artifactName !== '' && /[":<>|*?\\/\r\n]/.test(artifactName)) {
        throw new types/* ConfigError */.xL(`input baseline-artifact: "${artifactName}" is not a valid artifact name`, 'artifact names cannot contain " : < > | * ? \\ / or newlines');
    }
    if (mode === 'status' && artifactName !== '') {
        log.warning('baseline-artifact is not used in mode: status (it reads the local baseline-path).');
    }
    const trustedEvents = listInput(read('baseline-trusted-events'));
    if (trustedEvents.some((e) => !/^[a-z_]+$/.test(e))) {
        throw new types/* ConfigError */.xL('input baseline-trusted-events: not a list of event names', `list GitHub event names, like ${DEFAULT_TRUSTED_EVENTS.join(', ')}`);
    }
    const maxSizeText = read('baseline-artifact-max-size');
    const maxBytes = maxSizeText === '' ? DEFAULT_ARTIFACT_MAX_BYTES : parseByteSize(maxSizeText);
    if (maxBytes === null) {
        throw new types/* ConfigError */.xL(`input baseline-artifact-max-size: "${maxSizeText.slice(0, 32)}" is not a size`, 'write it like 64MiB, 10MB or a number of bytes');
    }
    const artifactBranch = read('baseline-artifact-branch').trim() || null;
    if (artifactBranch !== null &&
        /[\s~^:?*[\\]|\.\.|^-/.test(artifactBranch) &&
        artifactBranch !== ANY_BRANCH) {
        throw new types/* ConfigError */.xL(`input baseline-artifact-branch: "${artifactBranch.slice(0, 64)}" is not a branch name`, `name a branch like main, or ${ANY_BRANCH} for any branch (then any trusted run of this repository may supply the baseline)`);
    }
    return {
        artifactBranch,
        baselineArtifact: artifactName === ''
            ? null
            : {
                name: artifactName,
                workflow: read('baseline-artifact-workflow') || null,
                trustedEvents: trustedEvents.length > 0 ? trustedEvents : DEFAULT_TRUSTED_EVENTS,
                maxBytes,
            },
    };
}
/** Read, mask and validate every input. Call inside run()'s try block, never at import time. */
function getInputs(read = defaultReader, env = process.env) {
    maskSecrets(read, env);
    const mode = oneOf('mode', read('mode'), MODES, 'scan');
    const overrides = settingsFromInputs(read, mode);
    // As for the CLI, credentials from the step's environment (env: from secrets), kept out of the inputs: a bearer
    // token (Google, Azure) or a user and password (Grafana Cloud).
    const { bearerToken, basicAuth } = (0,load/* credentialsFromEnv */.kv)(env);
    if (bearerToken || basicAuth)
        overrides.prometheus = { ...overrides.prometheus, bearerToken, basicAuth };
    const gate = overrides.gate ?? {};
    simulatedInputs(env, overrides);
    const commentId = commentIdInput(read);
    const { artifactBranch, baselineArtifact } = artifactInputs(read, mode);
    const from = read('from');
    const to = read('to');
    if (mode === 'status' && (from !== '' || to !== ''))
        log.warning('from/to are ignored in mode: status.');
    const inputs = {
        mode,
        configFile: read('config') || null,
        overrides,
        window: { from: from || null, to: to || null },
        deployedAt: read('deployed-at').trim() || null,
        artifactBranch,
        baselineArtifact,
        comment: oneOf('comment', read('comment'), COMMENT_POLICIES, 'on-anomaly'),
        commentId,
        githubToken: read('github-token'),
        reportPath: read('report-path') || 'smanalyzer-report.json',
    };
    if (inputs.comment !== 'never' && inputs.githubToken === '' && (mode === 'scan' || mode === 'comment')) {
        log.warning('comment is enabled but github-token is empty: no PR comment will be posted.');
    }
    if (gate.warnOnly && gate.failOn !== undefined) {
        log.info('warn-only is set: fail-on only decides which findings are errors in annotations, never the step.');
    }
    return inputs;
}

;// CONCATENATED MODULE: ./src/action/redaction.ts


/**
 * Every credential in play: the github-token input, the environment's, the merged config's (Prometheus
 * auth and header values, kubeconfig tokens and keys), and the credential alone behind a scheme
 * ("Bearer abc" → "abc"), as the runner's masks have it.
 */
function actionRedactor(githubToken, config, env = process.env) {
    const redactor = new secrets/* SecretRedactor */.pE().addFromEnv(env).add(githubToken);
    if (config)
        redactor.addFromConfig(config, env);
    return redactor;
}
/** A string as the Action may write it: no known secret, no ANSI escape, no bidi override. */
const scrubText = (redactor, text) => (0,text_safety/* stripTerminalControls */.ZB)(redactor.redact(text));
const scrubStrings = (redactor) => (_key, v) => typeof v === 'string' ? scrubText(redactor, v) : v;
/** JSON with every string value scrubbed: a redaction can never break the document's syntax. */
function redactedJson(value, redactor) {
    return JSON.stringify(value, scrubStrings(redactor), 2) + '\n';
}
/**
 * A copy of a JSON-shaped value (a report) with every string scrubbed, numbers untouched. Scrub the data
 * before rendering it: Markdown escaping rewrites a secret ("ghs_x" → "ghs\\_x"), so a scrub of the
 * rendered text alone would miss it.
 */
function redactDeep(value, redactor) {
    const scrub = (v) => {
        if (typeof v === 'string')
            return scrubText(redactor, v);
        if (Array.isArray(v))
            return v.map(scrub);
        if (v && typeof v === 'object')
            return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, scrub(x)]));
        return v;
    };
    return scrub(value);
}

// EXTERNAL MODULE: ./src/core/report-schema.ts + 2 modules
var report_schema = __webpack_require__(29186);
;// CONCATENATED MODULE: ./src/action/report-input.ts
/**
 * Reads a JSON report that another run wrote (mode: comment, the fork PR pattern) as untrusted data:
 * a bounded regular file, valid JSON, and the report contract of schemaVersion 1 field by field, through the
 * schema the report's types come from (core/report-schema.ts) with caps on its sizes, so the Markdown renderer
 * only ever sees the types it escapes. Nothing from the file is echoed in an error.
 */



/** A real report of thousands of services is a few MB; anything far larger is not one of ours. */
const MAX_REPORT_BYTES = 20 * 1024 * 1024;
/**
 * The report contract with caps, so a hostile file cannot bloat a comment: bounded like the core builds it (at
 * most five charts of 60 points, a joint finding's combination of the nine signals, a rollout's six signals).
 */
const untrustedReport = (0,report_schema/* reportSchemas */.LB)({
    text: 10_000,
    version: 64,
    charts: 5,
    chartPoints: 60,
    rollouts: 1000,
    oldVersions: 50,
    rolloutEntries: 20,
    combination: 20,
}).report;
const FIX = 'point report-path at the JSON report the scan wrote (its report-path output, uploaded as an artifact)';
/** Where in the report a problem is, when the path is made of plain keys and indexes (never other text). */
function where(path) {
    const parts = path.map(String);
    return parts.every((p) => /^[A-Za-z0-9_-]{1,40}$/.test(p)) && parts.length > 0
        ? ` at ${parts.join('.')}`
        : '';
}
/** Validates already-parsed JSON; the result holds only the fields the contract names, each checked. */
function parseUntrustedReport(raw, file) {
    const version = typeof raw === 'object' && raw !== null && 'schemaVersion' in raw ? raw.schemaVersion : undefined;
    if (version !== 1) {
        throw new types/* ConfigError */.xL(`${file} is not a SMAnalyzer report of schemaVersion 1`, `${FIX}; a report from another SMAnalyzer major version needs the matching action version`);
    }
    const result = untrustedReport.safeParse(raw);
    if (!result.success) {
        const issue = result.error.issues[0];
        throw new types/* ConfigError */.xL(`${file} is not a valid SMAnalyzer report (${issue.code}${where(issue.path)})`, FIX);
    }
    return result.data;
}
/** Reads and validates the report file; a clear ConfigError for a missing, huge, non-JSON or foreign file. */
function readUntrustedReport(file) {
    let size;
    try {
        const stat = (0,external_node_fs_.lstatSync)(file);
        if (!stat.isFile())
            throw new types/* ConfigError */.xL(`${file} is not a regular file`, FIX);
        size = stat.size;
    }
    catch (error) {
        if (error instanceof types/* ConfigError */.xL)
            throw error;
        throw new types/* ConfigError */.xL(`no report at ${file}`, FIX);
    }
    if (size > MAX_REPORT_BYTES) {
        throw new types/* ConfigError */.xL(`${file} is larger than ${MAX_REPORT_BYTES / 1024 / 1024} MiB: not a report`, FIX);
    }
    let raw;
    try {
        raw = JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8'));
    }
    catch {
        // V8's message quotes the text around the error: never echo an untrusted file.
        throw new types/* ConfigError */.xL(`${file} is not valid JSON`, FIX);
    }
    return parseUntrustedReport(raw, file);
}

;// CONCATENATED MODULE: ./src/action/main.ts
/**
 * The Action's run(): inputs → config → the same pipeline as the CLI → outputs, job summary,
 * annotations, sticky PR comment, baseline artifact; or (mode: comment) the sticky comment for a report
 * another run wrote. The single place where an error becomes core.setFailed (one "cause / fix" message)
 * and the step's exit code. Every file it writes goes through the secret redactor first.
 */






















function runUrl() {
    const { GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_RUN_ID } = process.env;
    if (!GITHUB_REPOSITORY || !GITHUB_RUN_ID)
        return undefined;
    return `${GITHUB_SERVER_URL ?? 'https://github.com'}/${GITHUB_REPOSITORY}/actions/runs/${GITHUB_RUN_ID}`;
}
function octokitFor(token) {
    // Read the API URL at call time (GHES, tests): @actions/github captures it at import.
    // GitHub's API has passing 5xx hiccups: retried with backoff (1 s, 4 s, 9 s), never 4xx.
    return github/* getOctokit */.Q(token, { baseUrl: process.env.GITHUB_API_URL || 'https://api.github.com' }, dist_bundle/* retry */.L);
}
/**
 * The branch whose runs may supply the baseline and history artifacts: baseline-artifact-branch, else the
 * repository's default branch (its protection rules then guard the baseline: a push to another branch, with its
 * workflow file edited there, cannot supply one). `*`: any branch. Asked once per run, and only when needed.
 */
function artifactBranch(inputs) {
    let resolved;
    return () => (resolved ??= (async () => {
        if (inputs.artifactBranch === ANY_BRANCH) {
            log.info('Artifacts are taken from a trusted run on any branch (baseline-artifact-branch: *).');
            return null;
        }
        if (inputs.artifactBranch)
            return inputs.artifactBranch;
        const { branch, from } = await defaultBranch(octokitFor(inputs.githubToken), github/* context */._.repo, github/* context */._.payload);
        log.info(`Artifacts are taken from trusted runs on ${branch}, the repository's default branch (from the ${from === 'event' ? 'event' : 'repository API'}); baseline-artifact-branch chooses another.`);
        return branch;
    })());
}
function eventContext() {
    const context = github/* context */._;
    return { eventName: context.eventName, sha: context.sha, repo: context.repo, payload: context.payload };
}
/** The files the Action writes itself, each scrubbed of every known secret on the way out. */
class Output {
    redactor;
    constructor(redactor) {
        this.redactor = redactor;
    }
    redact = (text) => scrubText(this.redactor, text);
    /** Bytes this step wrote to its summary: GitHub's 1 MiB cap is per step, whatever the number of writes. */
    summaryBytes = 0;
    async summary(markdown) {
        // Outside a runner (local runs) there is no summary file; the report is still on disk and in the log.
        if (!process.env.GITHUB_STEP_SUMMARY)
            return;
        const text = fitSummary(this.redact(markdown), STEP_SUMMARY_LIMIT_BYTES - this.summaryBytes);
        this.summaryBytes += Buffer.byteLength(text);
        await core.summary.addRaw(text, true).write();
    }
    async text(path, text, input = 'report-html') {
        try {
            await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
            (0,atomic/* writeFileAtomically */.lo)(path, this.redact(text));
        }
        catch (error) {
            throw writeProblem(error, 'report', path, input);
        }
    }
    async json(path, value, input = 'report-path') {
        try {
            await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
            (0,atomic/* writeFileAtomically */.lo)(path, redactedJson(value, this.redactor));
        }
        catch (error) {
            throw writeProblem(error, 'report', path, input);
        }
    }
}
function context(config, inputs) {
    return {
        config,
        now: () => Date.now(),
        log: (line) => log.info(line),
        window: inputs.window,
        deployedAt: inputs.deployedAt,
        learnCommand: 'this action with mode: learn and the same source, prometheus-url, kubeconfig, namespaces and baseline-path inputs',
    };
}
async function learn(config, inputs, out) {
    const result = await (0,pipeline.runLearn)(context(config, inputs));
    core.setOutput('baseline-path', result.path);
    core.setOutput('services-scanned', String(result.services));
    core.setOutput('verdict', 'pass');
    core.setOutput('anomaly-count', '0');
    log.info(`Learned a baseline of ${result.services} services (${result.window.from} → ${result.window.to}) at ${result.path}.`);
    if (inputs.baselineArtifact) {
        await uploadBaselineArtifact(inputs.baselineArtifact.name, result.path, (line) => log.info(line));
    }
    await out.summary([
        '## 📚 SMAnalyzer: baseline learned',
        '',
        `${result.services} services, window ${result.window.from} → ${result.window.to}.`,
        inputs.baselineArtifact ? `Uploaded as artifact \`${inputs.baselineArtifact.name}\`.` : '',
        '',
    ].join('\n'));
}
async function main_status(config, inputs, out) {
    const view = await (0,pipeline/* runStatus */.e)(context(config, inputs));
    const history = historyInputs(config.baselinePath, inputs);
    await downloadHistory(history, historySelector(github/* context */._.repo, inputs, artifactBranch(inputs)), () => octokitFor(inputs.githubToken));
    view.activity = (0,history_file.readActivity)(history.path, Date.now());
    await out.json(inputs.reportPath, (0,status_report/* statusToJson */.sh)(view));
    core.setOutput('report-path', inputs.reportPath);
    core.setOutput('baseline-path', config.baselinePath);
    const text = (0,status_report/* renderStatusText */._c)(view);
    log.block(text);
    await out.summary(['## SMAnalyzer: status', '', '```text', text.replace(/```/g, "'''"), '```', ''].join('\n'));
}
/** The baseline for a scan: downloaded when an artifact is named; a clear answer when there is none. */
async function ensureBaseline(config, inputs, branchOf) {
    if (inputs.baselineArtifact) {
        const { owner, repo } = github/* context */._.repo;
        const branch = await branchOf();
        const downloaded = await downloadBaselineArtifact(octokitFor(inputs.githubToken), { owner, repo, ...inputs.baselineArtifact, branch }, config.baselinePath, (line) => log.info(line));
        if (!downloaded) {
            const { name, trustedEvents } = inputs.baselineArtifact;
            log.warning(`No unexpired artifact named "${name}" from a trusted run of ${owner}/${repo} (events ${trustedEvents.join(', ')}${branch ? `, branch ${branch}` : ''}) was found.`);
        }
    }
    if ((0,external_node_fs_.existsSync)(config.baselinePath))
        return true;
    const cause = `no baseline at ${config.baselinePath}`;
    const fix = inputs.baselineArtifact
        ? `run the baseline refresh workflow first (this action with mode: learn and baseline-artifact: ${inputs.baselineArtifact.name})`
        : `learn one first: \`smanalyzer learn --baseline ${config.baselinePath}\`, or this action with mode: learn`;
    if (config.gate.warnOnly) {
        log.warning(`${cause}: nothing to compare with, so this advisory run passes. To fix: ${fix}.`);
        return false;
    }
    throw new types/* UserFacingError */.Ui('baseline', cause, fix);
}
async function scan(config, inputs, out) {
    core.setOutput('baseline-path', config.baselinePath);
    const advisory = () => {
        core.setOutput('verdict', 'warn');
        core.setOutput('anomaly-count', '0');
        core.setOutput('services-scanned', '0');
    };
    const branchOf = artifactBranch(inputs);
    // compare-versions judges each rollout's versions against each other: no baseline to fetch.
    if (!config.rollout.compareVersions && !(await ensureBaseline(config, inputs, branchOf)))
        return advisory();
    let scanned;
    try {
        scanned = await (0,pipeline.runScan)(context(config, inputs));
    }
    catch (error) {
        // warn-only never fails the step: a baseline it cannot use (future-dated, from another mesh) is a warning.
        if (!(config.gate.warnOnly && error instanceof types/* BaselineError */.s$))
            throw error;
        log.warning(out.redact(`${error.message}: nothing to compare with, so this advisory run passes. To fix: ${error.fix}.`));
        return advisory();
    }
    const report = redactDeep(scanned, out.redactor);
    await out.json(inputs.reportPath, report);
    const history = await recordScanHistory(report, historyInputs(config.baselinePath, inputs), historySelector(github/* context */._.repo, inputs, branchOf), () => octokitFor(inputs.githubToken), Date.now());
    const htmlPath = core.getInput('report-html');
    if (htmlPath) {
        const { renderHtmlReport } = await __webpack_require__.e(/* import() */ 732).then(__webpack_require__.bind(__webpack_require__, 75351));
        await out.text(htmlPath, renderHtmlReport(report, { history }));
        core.setOutput('report-html', htmlPath);
    }
    core.setOutput('verdict', report.verdict);
    core.setOutput('anomaly-count', String(report.summary.anomalyCount));
    core.setOutput('services-scanned', String(report.summary.servicesScanned));
    core.setOutput('report-path', inputs.reportPath);
    emitAnnotations(report, log);
    const partialNotice = report.partial
        ? '> ⚠️ **Partial data:** the scan could not read everything it needed, so this is not a full check.\n\n'
        : '';
    await out.summary(partialNotice + (0,markdown.renderSummaryMarkdown)(report, { runUrl: runUrl(), history }));
    if (inputs.githubToken !== '' && inputs.comment !== 'never') {
        await publishPrComment(octokitFor(inputs.githubToken), {
            report,
            context: eventContext(),
            policy: inputs.comment,
            commentId: inputs.commentId,
            runUrl: runUrl(),
            redact: out.redact,
        }, { info: (m) => log.info(m), warning: (m) => log.warning(m) });
    }
    log.info(`Verdict: ${report.verdict}. ${report.summary.reason}`);
    if (report.partial) {
        // on-error: warn turned an environment fault into this report: say so where people look.
        const fix = report.notes.find((n) => n.startsWith('fix: '))?.slice('fix: '.length);
        log.warning(out.redact(`Partial data: ${report.summary.reason}${fix ? `\nTo fix: ${fix}` : ''}`));
    }
    if (report.verdict === 'fail')
        log.setFailed(`SMAnalyzer: ${report.summary.reason}`);
}
/** The triggering run's page (workflow_run events), when it is on this GitHub server; else this run's. */
function reportRunUrl(context) {
    const server = process.env.GITHUB_SERVER_URL ?? 'https://github.com';
    const url = context.payload.workflow_run?.html_url;
    if (typeof url === 'string' && url.startsWith(`${server}/`) && /^https?:\/\/[^\s()<>]+$/.test(url))
        return url;
    return runUrl();
}
/**
 * mode: comment — the second half of the fork PR pattern. Runs in the base repository (workflow_run) with
 * a write token, never runs the fork's code: it reads the report the PR's run uploaded, validates it,
 * renders it with the same escaping as every report, and posts or updates the sticky comment.
 */
async function commentFromReport(inputs, out) {
    const report = redactDeep(readUntrustedReport(inputs.reportPath), out.redactor);
    core.setOutput('verdict', report.verdict);
    core.setOutput('anomaly-count', String(report.summary.anomalyCount));
    core.setOutput('services-scanned', String(report.summary.servicesScanned));
    core.setOutput('report-path', inputs.reportPath);
    const context = eventContext();
    const sourceRun = reportRunUrl(context);
    await out.summary(`> Report of the pull request's run${sourceRun ? ` ([run](${encodeURI(sourceRun)}))` : ''}, posted as a comment.\n\n` +
        (0,markdown.renderSummaryMarkdown)(report, { runUrl: sourceRun }));
    if (inputs.comment === 'never') {
        log.info('comment: never, so mode: comment has nothing to post.');
        return;
    }
    if (inputs.githubToken === '') {
        throw new types/* UserFacingError */.Ui('github', 'mode: comment needs a github-token', 'pass github-token (the default github.token) with permissions: pull-requests: write');
    }
    const outcome = await publishPrComment(octokitFor(inputs.githubToken), {
        report,
        context,
        policy: inputs.comment,
        commentId: inputs.commentId,
        runUrl: sourceRun,
        redact: out.redact,
    }, 
    // Posting is this mode's whole job: a failure fails the step (below) instead of a warning.
    { info: (m) => log.info(m), warning: () => undefined });
    if (outcome.action === 'warned')
        log.setFailed(out.redact(outcome.reason));
}
/** Cause and fix on two lines; anything that is not a UserFacingError is still a failure, never silent. */
function failureMessage(error) {
    if (error instanceof types/* UserFacingError */.Ui)
        return `${error.message}\nTo fix: ${error.fix}`;
    if (error instanceof Error)
        return `unexpected error: ${error.message}`;
    return `unexpected error: ${String(error)}`;
}
/** The job summary of a run that could not finish: the same cause and fix as the log, escaped. */
function failureSummary(message) {
    const [cause, ...fix] = message.split('\n');
    return [
        '## ❌ SMAnalyzer: could not finish',
        '',
        (0,markdown.escapeMarkdown)(cause),
        '',
        ...fix.map(markdown.escapeMarkdown),
        '',
    ].join('\n');
}
async function run() {
    const out = new Output(actionRedactor(core.getInput('github-token'), null));
    try {
        const inputs = getInputs();
        log.info(`SMAnalyzer ${inputs.mode} starting.`);
        // No config in mode: comment: it reads no cluster, and a workflow_run job has no checkout to read one from.
        if (inputs.mode === 'comment')
            return await commentFromReport(inputs, out);
        const config = (0,load/* loadConfig */.Z9)({
            file: inputs.configFile,
            overrides: inputs.overrides,
            inferSource: {
                clusterGiven: Boolean(process.env.KUBECONFIG || process.env.KUBERNETES_SERVICE_HOST),
                surface: 'action',
                optional: inputs.mode === 'status',
            },
        });
        out.redactor = actionRedactor(inputs.githubToken, config);
        // The config file's and kubeconfig's secrets (and their base64/URL forms) are masked in the log too.
        for (const secret of out.redactor.values())
            core.setSecret(secret);
        if (inputs.mode === 'learn')
            await learn(config, inputs, out);
        else if (inputs.mode === 'status')
            await main_status(config, inputs, out);
        else
            await scan(config, inputs, out);
    }
    catch (error) {
        if (error instanceof Error && !(error instanceof types/* UserFacingError */.Ui) && error.stack)
            log.debug(error.stack);
        const message = out.redact(failureMessage(error));
        log.setFailed(message);
        await out.summary(failureSummary(message)).catch(() => undefined);
    }
}


/***/ })

};
