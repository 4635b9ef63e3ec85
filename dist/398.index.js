export const id = 398;
export const ids = [398,495,20];
export const modules = {

/***/ 6398:
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
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 11 modules
var core = __webpack_require__(91659);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js
var github = __webpack_require__(61351);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(49735);
// EXTERNAL MODULE: ./src/config/load.ts
var load = __webpack_require__(61036);
// EXTERNAL MODULE: ./src/app/pipeline.ts + 12 modules
var pipeline = __webpack_require__(55976);
// EXTERNAL MODULE: ./src/render/markdown.ts
var markdown = __webpack_require__(42495);
// EXTERNAL MODULE: ./src/render/status.ts
var render_status = __webpack_require__(46020);
// EXTERNAL MODULE: ./src/core/types.ts
var types = __webpack_require__(73054);
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
                `(normal ${(0,units/* formatMetric */.gI)(f.metric, f.expectedRange[0])} – ${(0,units/* formatMetric */.gI)(f.metric, f.expectedRange[1])}), ` +
                `threshold ${(0,markdown/* formatThreshold */.B6)(f)} [${f.detector}].`,
        };
    });
}
function emitAnnotations(report, sink = core) {
    const annotations = annotationsFor(report);
    for (const a of annotations)
        sink[a.level](a.message, { title: a.title });
    return annotations.length;
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./node_modules/@actions/artifact/lib/artifact.js + 309 modules
var lib_artifact = __webpack_require__(40111);
;// CONCATENATED MODULE: ./src/action/artifact.ts
/**
 * The baseline as a workflow artifact: `learn` uploads it (@actions/artifact, the runner's results
 * service), `scan` downloads the newest unexpired one of that name from this repository's runs.
 * Finding "the newest across runs" is not something @actions/artifact offers (it looks inside one run),
 * so the search uses the public REST API (GET /repos/{o}/{r}/actions/artifacts?name=) and the download
 * reuses @actions/artifact's public-API path (302 to a blob URL, streamed unzip).
 */





/** A GitHub API or service problem the user can act on (permissions, names, retention). */
class GitHubError extends types/* UserFacingError */.Ui {
    constructor(message, fix) {
        super('github', message, fix);
    }
}
function statusOf(error) {
    const status = error?.status;
    return typeof status === 'number' ? status : undefined;
}
function workflowMatches(wanted, run) {
    const path = run.path ?? '';
    return wanted === path || wanted === (0,external_node_path_.basename)(path) || wanted === run.name;
}
/** The newest unexpired artifact with this name (and branch / workflow), or null. */
async function findNewestArtifact(octokit, selector) {
    let candidates;
    try {
        candidates = (await octokit.paginate(octokit.rest.actions.listArtifactsForRepo, {
            owner: selector.owner,
            repo: selector.repo,
            name: selector.name,
            per_page: 100,
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
        .filter((a) => !selector.branch || a.workflow_run?.head_branch === selector.branch)
        .sort((a, b) => Date.parse(b.created_at ?? '') - Date.parse(a.created_at ?? '') || b.id - a.id);
    if (!selector.workflow)
        return newestFirst[0] ?? null;
    for (const artifact of newestFirst) {
        const runId = artifact.workflow_run?.id;
        if (!runId)
            continue;
        const { data: run } = await octokit.rest.actions.getWorkflowRun({
            owner: selector.owner,
            repo: selector.repo,
            run_id: runId,
        });
        if (workflowMatches(selector.workflow, run))
            return artifact;
    }
    return null;
}
/**
 * Download the newest baseline artifact and place its file at `baselinePath`.
 * Returns null when there is no such artifact (the caller decides whether that fails the step).
 */
async function downloadBaselineArtifact(octokit, token, selector, baselinePath, log) {
    const artifact = await findNewestArtifact(octokit, selector);
    if (!artifact)
        return null;
    const workDir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'smanalyzer-artifact-'));
    try {
        try {
            await new lib_artifact/* DefaultArtifactClient */.t9().downloadArtifact(artifact.id, {
                path: workDir,
                findBy: {
                    token,
                    repositoryOwner: selector.owner,
                    repositoryName: selector.repo,
                    workflowRunId: artifact.workflow_run?.id ?? 0,
                },
            });
        }
        catch (error) {
            const status = statusOf(error);
            throw new GitHubError(`cannot download artifact "${selector.name}" (id ${artifact.id})${status ? `: HTTP ${status}` : ''}`, status === 403
                ? 'give the job `permissions: actions: read`'
                : 'retry the job; the artifact may have just expired');
        }
        const files = (await (0,promises_.readdir)(workDir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile());
        const wanted = (0,external_node_path_.basename)(baselinePath);
        const chosen = files.find((f) => f.name === wanted) ??
            (files.filter((f) => f.name.endsWith('.json')).length === 1
                ? files.find((f) => f.name.endsWith('.json'))
                : undefined);
        if (!chosen) {
            throw new types/* BaselineError */.s$(`artifact "${selector.name}" (id ${artifact.id}) holds no baseline file named ${wanted}`, 'upload it with this action in mode: learn and the same baseline-artifact name');
        }
        await (0,promises_.copyFile)((0,external_node_path_.join)(chosen.parentPath, chosen.name), baselinePath);
        log(`Downloaded baseline artifact "${selector.name}" (id ${artifact.id}, created ${artifact.created_at ?? 'unknown'}) to ${baselinePath}.`);
        return { artifactId: artifact.id, createdAt: artifact.created_at ?? null };
    }
    finally {
        await (0,promises_.rm)(workDir, { recursive: true, force: true });
    }
}
/** Upload the baseline file as an artifact of this run (needs the runner's ACTIONS_RUNTIME_TOKEN). */
async function uploadBaselineArtifact(name, baselinePath, log) {
    const absolute = (0,external_node_path_.resolve)(baselinePath);
    if (!process.env.ACTIONS_RUNTIME_TOKEN || !process.env.ACTIONS_RESULTS_URL) {
        throw new GitHubError('cannot upload the baseline artifact: this is not a GitHub Actions job (no ACTIONS_RUNTIME_TOKEN)', 'run it in a workflow, or leave baseline-artifact empty and keep the baseline-path file yourself');
    }
    try {
        const result = await new lib_artifact/* DefaultArtifactClient */.t9().uploadArtifact(name, [absolute], (0,external_node_path_.dirname)(absolute));
        log(`Uploaded the baseline as artifact "${name}" (id ${result.id ?? 'unknown'}).`);
        return { artifactId: result.id ?? null };
    }
    catch (error) {
        throw new GitHubError(`cannot upload the baseline artifact "${name}": ${error?.message ?? String(error)}`, 'check the artifact name is unique in this run and the job can write artifacts');
    }
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
 * The pull request this run belongs to: from a pull_request event directly, otherwise the open PR
 * whose head is this commit (GET /repos/{owner}/{repo}/commits/{sha}/pulls). Null when there is none.
 */
async function findPullRequest(octokit, context) {
    if (PULL_REQUEST_EVENTS.has(context.eventName) && context.payload.pull_request) {
        return context.payload.pull_request.number;
    }
    const fromRun = context.payload.workflow_run?.pull_requests?.[0]?.number;
    if (fromRun)
        return fromRun;
    const sha = commitOf(context);
    if (!sha)
        return null;
    const { data } = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({
        ...context.repo,
        commit_sha: sha,
        per_page: 100,
    });
    const open = data.filter((pr) => pr.state === 'open');
    if (open[0])
        return open[0].number;
    return findForkPullRequest(octokit, context, sha);
}
/**
 * A workflow_run for a fork's pull request carries no `pull_requests` (GitHub leaves it empty for forks):
 * ask for the open PR whose head is the run's head repository owner and branch, and accept it only when its
 * head is still the run's commit. Both come from GitHub's event, not from anything the fork wrote.
 */
async function findForkPullRequest(octokit, context, sha) {
    const run = context.payload.workflow_run;
    const owner = run?.head_repository?.owner?.login;
    const branch = run?.head_branch;
    if (!owner || !branch)
        return null;
    const { data } = await octokit.rest.pulls.list({
        ...context.repo,
        state: 'open',
        head: `${owner}:${branch}`,
        per_page: 100,
    });
    return data.find((pr) => pr.head.sha === sha)?.number ?? null;
}
/** A pull_request run whose head lives in another repository: GitHub hands it a read-only token. */
function isForkPullRequest(context) {
    const pr = context.payload.pull_request;
    if (!PULL_REQUEST_EVENTS.has(context.eventName) || !pr?.base?.repo?.full_name)
        return false;
    return pr.head?.repo?.full_name !== pr.base.repo.full_name;
}
/** Our comment on the PR (paging through every comment), or null. */
async function findStickyComment(octokit, target, commentId) {
    const marker = (0,markdown/* commentMarker */.Ql)(commentId);
    const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
        owner: target.owner,
        repo: target.repo,
        issue_number: target.issueNumber,
        per_page: 100,
    });
    for await (const page of pages) {
        const found = page.data.find((c) => c.body?.includes(marker));
        if (found)
            return { id: found.id, body: found.body ?? '' };
    }
    return null;
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
        const pullRequest = await findPullRequest(octokit, request.context);
        if (pullRequest === null) {
            log.info('No pull request for this run: no PR comment.');
            return { action: 'skipped', reason: 'no pull request' };
        }
        const target = { ...request.context.repo, issueNumber: pullRequest };
        const existing = await findStickyComment(octokit, target, request.commentId);
        const hasAnomalies = request.report.anomalies.length > 0 || request.report.verdict !== 'pass';
        if (!existing && !hasAnomalies && request.policy === 'on-anomaly') {
            return { action: 'skipped', reason: 'no anomalies and no earlier comment' };
        }
        const earlierState = existing ? (0,markdown/* readCommentState */.nk)(existing.body) : null;
        const rendered = (0,markdown/* renderPrComment */.Q1)(request.report, {
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
;// CONCATENATED MODULE: ./src/action/inputs.ts
/**
 * The Action's inputs: read once inside run(), secrets masked before anything is logged, every value
 * validated with one clear message, and the kebab-case inputs turned into config overrides.
 */




const defaultReader = (name) => core.getInput(name);
/** The environment variable a demo or test sets to inject simulated faults ("reviews:latency:3,ratings:error_rate"). */
const SIMULATE_FAULTS_ENV = 'SMANALYZER_SIMULATE_FAULTS';
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
function parseHeaders(text) {
    const headers = {};
    for (const [index, raw] of text.split('\n').entries()) {
        const line = raw.trim();
        if (line === '')
            continue;
        const colon = line.indexOf(':');
        const name = colon > 0 ? line.slice(0, colon).trim() : '';
        if (!/^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/.test(name)) {
            // Never echo the line: it may hold a credential.
            throw new types/* ConfigError */.xL(`input prometheus-headers: line ${index + 1} is not "Name: value"`, 'write one header per line, like "Authorization: Bearer ${{ secrets.PROM_TOKEN }}"');
        }
        headers[name] = line.slice(colon + 1).trim();
    }
    return headers;
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
function maskSecrets(read) {
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
            const value = line.slice(colon + 1).trim();
            mask(value);
            // "Bearer abc": the credential alone may also be printed by some library.
            const parts = value.split(/\s+/);
            if (parts.length > 1)
                mask(parts.slice(1).join(' '));
        }
    }
}
const MODES = ['scan', 'learn', 'status', 'comment'];
const ERROR_POLICIES = ['fail', 'warn'];
const SOURCES = ['simulated', 'prometheus', 'sidecars'];
const COMMENT_POLICIES = ['always', 'on-anomaly', 'never'];
/** Read, mask and validate every input. Call inside run()'s try block, never at import time. */
function getInputs(read = defaultReader, env = process.env) {
    maskSecrets(read);
    const mode = oneOf('mode', read('mode'), MODES, 'scan');
    const overrides = {};
    const source = read('source');
    if (source !== '')
        overrides.source = oneOf('source', source, SOURCES, 'simulated');
    const namespaces = listInput(read('namespaces'));
    if (namespaces.length > 0)
        overrides.namespaces = namespaces;
    const kubeconfig = read('kubeconfig');
    const context = read('context');
    if (kubeconfig !== '' || context !== '') {
        overrides.kube = {
            kubeconfig: kubeconfig === '' ? null : kubeconfig,
            context: context === '' ? null : context,
        };
    }
    const prometheusUrl = read('prometheus-url');
    const headers = read('prometheus-headers');
    if (prometheusUrl !== '' || headers.trim() !== '') {
        overrides.prometheus = {};
        if (prometheusUrl !== '') {
            let url;
            try {
                url = new URL(prometheusUrl);
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
            overrides.prometheus.url = prometheusUrl;
        }
        if (headers.trim() !== '')
            overrides.prometheus.headers = parseHeaders(headers);
    }
    const duration = durationInput('duration', read('duration'));
    if (duration !== undefined) {
        if (mode === 'learn')
            overrides.learnDurationMs = duration;
        else
            overrides.scanDurationMs = duration;
    }
    const interval = durationInput('interval', read('interval'));
    if (interval !== undefined) {
        // One sample per interval: the series step and, for sidecars, the scrape interval.
        overrides.stepMs = interval;
        overrides.sidecars = { intervalMs: interval };
    }
    const baselinePath = read('baseline-path');
    if (baselinePath !== '')
        overrides.baselinePath = baselinePath;
    const gate = {};
    const failOn = read('fail-on');
    if (failOn !== '')
        gate.failOn = (0,load/* parseSeverity */.lv)(failOn);
    const maxAnomalies = read('max-anomalies');
    if (maxAnomalies !== '') {
        if (!/^\d+$/.test(maxAnomalies.trim())) {
            throw new types/* ConfigError */.xL(`input max-anomalies: "${maxAnomalies}" is not a whole number`, 'set max-anomalies to 0 or more');
        }
        gate.maxAnomalies = Number(maxAnomalies.trim());
    }
    const warnOnly = read('warn-only');
    if (warnOnly !== '')
        gate.warnOnly = booleanInput('warn-only', warnOnly);
    const onError = read('on-error');
    if (onError !== '')
        gate.onError = oneOf('on-error', onError.trim(), ERROR_POLICIES, 'fail');
    if (Object.keys(gate).length > 0)
        overrides.gate = gate;
    const faults = (env[SIMULATE_FAULTS_ENV] ?? '').trim();
    if (faults !== '') {
        overrides.simulated = { faults: listInput(faults).map(load/* parseFault */.Gm) };
        if ((overrides.source ?? 'simulated') !== 'simulated') {
            core.warning(`${SIMULATE_FAULTS_ENV} only applies to source: simulated; it is ignored for ${overrides.source}.`);
        }
    }
    const commentId = read('comment-id') || 'default';
    if (!/^[A-Za-z0-9._-]{1,64}$/.test(commentId)) {
        throw new types/* ConfigError */.xL(`input comment-id: "${commentId.slice(0, 64)}" may only hold letters, digits, ".", "_" and "-"`, 'pick a short name per gate, like staging or canary');
    }
    const artifactName = read('baseline-artifact').trim();
    if (artifactName !== '' && /[":<>|*?\\/\r\n]/.test(artifactName)) {
        throw new types/* ConfigError */.xL(`input baseline-artifact: "${artifactName}" is not a valid artifact name`, 'artifact names cannot contain " : < > | * ? \\ / or newlines');
    }
    if (mode === 'status' && artifactName !== '') {
        core.warning('baseline-artifact is not used in mode: status (it reads the local baseline-path).');
    }
    const from = read('from');
    const to = read('to');
    if (mode === 'status' && (from !== '' || to !== ''))
        core.warning('from/to are ignored in mode: status.');
    const inputs = {
        mode,
        configFile: read('config') || null,
        overrides,
        window: { from: from || null, to: to || null },
        baselineArtifact: artifactName === ''
            ? null
            : {
                name: artifactName,
                workflow: read('baseline-artifact-workflow') || null,
                branch: read('baseline-artifact-branch') || null,
            },
        comment: oneOf('comment', read('comment'), COMMENT_POLICIES, 'on-anomaly'),
        commentId,
        githubToken: read('github-token'),
        reportPath: read('report-path') || 'smanalyzer-report.json',
    };
    if (inputs.comment !== 'never' && inputs.githubToken === '' && (mode === 'scan' || mode === 'comment')) {
        core.warning('comment is enabled but github-token is empty: no PR comment will be posted.');
    }
    if (gate.warnOnly && gate.failOn !== undefined) {
        core.info('warn-only is set: fail-on only decides which findings are errors in annotations, never the step.');
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
    if (config) {
        redactor.addFromConfig(config, env);
        for (const value of Object.values(config.prometheus.headers)) {
            const parts = value.trim().split(/\s+/);
            if (parts.length > 1)
                redactor.add(parts.slice(1).join(' '));
        }
    }
    return redactor;
}
const scrubStrings = (redactor) => (_key, v) => typeof v === 'string' ? redactor.redact(v) : v;
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
            return redactor.redact(v);
        if (Array.isArray(v))
            return v.map(scrub);
        if (v && typeof v === 'object')
            return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, scrub(x)]));
        return v;
    };
    return scrub(value);
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
;// CONCATENATED MODULE: ./src/action/report-input.ts
/**
 * Reads a JSON report that another run wrote (mode: comment, the fork PR pattern) as untrusted data:
 * a bounded regular file, valid JSON, and the report contract of schemaVersion 1 field by field, so the
 * Markdown renderer only ever sees the types it escapes. Nothing from the file is echoed in an error.
 */



/** A real report of thousands of services is a few MB; anything far larger is not one of ours. */
const MAX_REPORT_BYTES = 20 * 1024 * 1024;
const report_input_text = schemas/* string */.YjP().max(10_000);
const count = schemas/* number */.aig().int().min(0);
// JSON has no Infinity: an unbounded value arrives as null, which the renderer shows as "–".
const value = schemas/* number */.aig().nullable();
const severity = schemas/* enum */.k5n(types/* SEVERITIES */.oC);
const source = schemas/* enum */.k5n(['simulated', 'prometheus', 'sidecars']);
const report_input_window = schemas/* object */.Ikc({ from: report_input_text, to: report_input_text });
const finding = schemas/* object */.Ikc({
    namespace: report_input_text,
    service: report_input_text,
    type: schemas/* enum */.k5n(types/* ANOMALY_TYPES */.Al),
    severity,
    detector: schemas/* enum */.k5n(['rule', 'model']),
    metric: schemas/* enum */.k5n(types/* METRIC_NAMES */.Uw),
    observed: value,
    expected: value,
    expectedRange: schemas/* tuple */.PVZ([value, value]),
    threshold: schemas/* number */.aig(),
    score: schemas/* number */.aig(),
    description: report_input_text,
});
const metricSummary = schemas/* object */.Ikc({
    observed: value,
    expected: value,
    band: schemas/* tuple */.PVZ([value, value]).nullable(),
});
const service = schemas/* object */.Ikc({
    namespace: report_input_text,
    name: report_input_text,
    status: schemas/* enum */.k5n(['ok', 'anomalous', 'new', 'insufficient-data', 'missing']),
    requests: schemas/* number */.aig(),
    metrics: schemas/* partialRecord */.jgl(schemas/* enum */.k5n(types/* METRIC_NAMES */.Uw), metricSummary),
    reason: report_input_text.optional(),
});
const reportSchema = schemas/* object */.Ikc({
    schemaVersion: schemas/* literal */.euz(1),
    tool: schemas/* object */.Ikc({ name: schemas/* literal */.euz('smanalyzer'), version: schemas/* string */.YjP().max(64) }),
    verdict: schemas/* enum */.k5n(['pass', 'warn', 'fail']),
    window: report_input_window,
    source,
    partial: schemas/* boolean */.zMY(),
    baseline: schemas/* object */.Ikc({
        path: report_input_text,
        createdAt: report_input_text,
        source,
        window: report_input_window,
        ageSeconds: schemas/* number */.aig(),
        services: count,
    })
        .nullable(),
    services: schemas/* array */.YOg(service),
    anomalies: schemas/* array */.YOg(finding),
    summary: schemas/* object */.Ikc({
        servicesScanned: count,
        anomalous: count,
        insufficientData: count,
        new: count,
        missing: count,
        anomalyCount: count,
        gatingAnomalies: count,
        bySeverity: schemas/* object */.Ikc({ low: count, medium: count, high: count, critical: count }),
        failOn: severity,
        maxAnomalies: count,
        warnOnly: schemas/* boolean */.zMY(),
        reason: report_input_text,
    }),
    notes: schemas/* array */.YOg(report_input_text),
});
const FIX = 'point report-path at the JSON report the scan wrote (its report-path output, uploaded as an artifact)';
/** Where in the report a problem is, when the path is made of plain keys and indexes (never other text). */
function where(path) {
    const parts = path.map(String);
    return parts.every((p) => /^[A-Za-z0-9_-]{1,40}$/.test(p)) && parts.length > 0
        ? ` at ${parts.join('.')}`
        : '';
}
/** Validates already-parsed JSON; the result holds only the fields the contract names. */
function parseUntrustedReport(raw, file) {
    const version = raw?.schemaVersion;
    if (version !== 1) {
        throw new types/* ConfigError */.xL(`${file} is not a SMAnalyzer report of schemaVersion 1`, `${FIX}; a report from another SMAnalyzer major version needs the matching action version`);
    }
    const result = reportSchema.safeParse(raw);
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
    redact = (text) => this.redactor.redact(text);
    async summary(markdown) {
        // Outside a runner (local runs) there is no summary file; the report is still on disk and in the log.
        if (!process.env.GITHUB_STEP_SUMMARY)
            return;
        await core.summary.addRaw(this.redact(markdown), true).write();
    }
    async json(path, value) {
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
        await (0,promises_.writeFile)(path, redactedJson(value, this.redactor));
    }
}
function context(config, inputs) {
    return {
        config,
        now: () => Date.now(),
        log: (line) => core.info(line),
        window: inputs.window,
    };
}
async function learn(config, inputs, out) {
    const result = await (0,pipeline.runLearn)(context(config, inputs));
    core.setOutput('baseline-path', result.path);
    core.setOutput('services-scanned', String(result.services));
    core.setOutput('verdict', 'pass');
    core.setOutput('anomaly-count', '0');
    core.info(`Learned a baseline of ${result.services} services (${result.window.from} → ${result.window.to}) at ${result.path}.`);
    if (inputs.baselineArtifact) {
        await uploadBaselineArtifact(inputs.baselineArtifact.name, result.path, (line) => core.info(line));
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
    await out.json(inputs.reportPath, (0,render_status.statusToJson)(view));
    core.setOutput('report-path', inputs.reportPath);
    core.setOutput('baseline-path', config.baselinePath);
    const text = (0,render_status.renderStatusText)(view);
    core.info(text);
    await out.summary(['## SMAnalyzer: status', '', '```text', text.replace(/```/g, "'''"), '```', ''].join('\n'));
}
/** The baseline for a scan: downloaded when an artifact is named; a clear answer when there is none. */
async function ensureBaseline(config, inputs) {
    if (inputs.baselineArtifact) {
        const { owner, repo } = github/* context */._.repo;
        const downloaded = await downloadBaselineArtifact(octokitFor(inputs.githubToken), inputs.githubToken, { owner, repo, ...inputs.baselineArtifact }, config.baselinePath, (line) => core.info(line));
        if (!downloaded)
            core.warning(`No unexpired artifact named "${inputs.baselineArtifact.name}" was found.`);
    }
    if ((0,external_node_fs_.existsSync)(config.baselinePath))
        return true;
    const cause = `no baseline at ${config.baselinePath}`;
    const fix = inputs.baselineArtifact
        ? `run the baseline refresh workflow first (this action with mode: learn and baseline-artifact: ${inputs.baselineArtifact.name})`
        : `learn one first: \`smanalyzer learn --baseline ${config.baselinePath}\`, or this action with mode: learn`;
    if (config.gate.warnOnly) {
        core.warning(`${cause}: nothing to compare with, so this advisory run passes. To fix: ${fix}.`);
        return false;
    }
    throw new types/* UserFacingError */.Ui('baseline', cause, fix);
}
async function scan(config, inputs, out) {
    core.setOutput('baseline-path', config.baselinePath);
    if (!(await ensureBaseline(config, inputs))) {
        core.setOutput('verdict', 'warn');
        core.setOutput('anomaly-count', '0');
        core.setOutput('services-scanned', '0');
        return;
    }
    const report = redactDeep(await (0,pipeline.runScan)(context(config, inputs)), out.redactor);
    await out.json(inputs.reportPath, report);
    core.setOutput('verdict', report.verdict);
    core.setOutput('anomaly-count', String(report.summary.anomalyCount));
    core.setOutput('services-scanned', String(report.summary.servicesScanned));
    core.setOutput('report-path', inputs.reportPath);
    emitAnnotations(report);
    const partialNotice = report.partial
        ? '> ⚠️ **Partial data:** the scan could not read everything it needed, so this is not a full check.\n\n'
        : '';
    await out.summary(partialNotice + (0,markdown.renderSummaryMarkdown)(report, { runUrl: runUrl() }));
    if (inputs.githubToken !== '' && inputs.comment !== 'never') {
        await publishPrComment(octokitFor(inputs.githubToken), {
            report,
            context: eventContext(),
            policy: inputs.comment,
            commentId: inputs.commentId,
            runUrl: runUrl(),
            redact: out.redact,
        }, { info: (m) => core.info(m), warning: (m) => core.warning(m) });
    }
    core.info(`Verdict: ${report.verdict}. ${report.summary.reason}`);
    if (report.partial) {
        // on-error: warn turned an environment fault into this report: say so where people look.
        const fix = report.notes.find((n) => n.startsWith('fix: '))?.slice('fix: '.length);
        core.warning(out.redact(`Partial data: ${report.summary.reason}${fix ? `\nTo fix: ${fix}` : ''}`));
    }
    if (report.verdict === 'fail')
        core.setFailed(`SMAnalyzer: ${report.summary.reason}`);
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
        core.info('comment: never, so mode: comment has nothing to post.');
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
    { info: (m) => core.info(m), warning: () => undefined });
    if (outcome.action === 'warned')
        core.setFailed(out.redact(outcome.reason));
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
        (0,markdown/* escapeMarkdown */.FV)(cause),
        '',
        ...fix.map(markdown/* escapeMarkdown */.FV),
        '',
    ].join('\n');
}
async function run() {
    const out = new Output(actionRedactor(core.getInput('github-token'), null));
    try {
        const inputs = getInputs();
        core.info(`SMAnalyzer ${inputs.mode} starting.`);
        // No config in mode: comment: it reads no cluster, and a workflow_run job has no checkout to read one from.
        if (inputs.mode === 'comment')
            return await commentFromReport(inputs, out);
        const config = (0,load/* loadConfig */.Z9)({ file: inputs.configFile, overrides: inputs.overrides });
        out.redactor = actionRedactor(inputs.githubToken, config);
        if (inputs.mode === 'learn')
            await learn(config, inputs, out);
        else if (inputs.mode === 'status')
            await main_status(config, inputs, out);
        else
            await scan(config, inputs, out);
    }
    catch (error) {
        if (error instanceof Error && !(error instanceof types/* UserFacingError */.Ui) && error.stack)
            core.debug(error.stack);
        const message = out.redact(failureMessage(error));
        core.setFailed(message);
        await out.summary(failureSummary(message)).catch(() => undefined);
    }
}


/***/ }),

/***/ 42495:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B6: () => (/* binding */ formatThreshold),
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   Q1: () => (/* binding */ renderPrComment),
/* harmony export */   Ql: () => (/* binding */ commentMarker),
/* harmony export */   nk: () => (/* binding */ readCommentState),
/* harmony export */   renderSummaryMarkdown: () => (/* binding */ renderSummaryMarkdown)
/* harmony export */ });
/* unused harmony exports GITHUB_COMMENT_LIMIT, stateMarker */
/* harmony import */ var _units_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33647);
/* harmony import */ var _core_types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73054);
/**
 * Markdown renderings of a scan report: the job summary (also the CLI's `--output markdown`) and the
 * sticky PR comment. Pure: a report in, a string out. Every value that comes from the cluster is
 * escaped so a service name cannot inject Markdown or HTML, break a table, or mention anyone.
 */


/** GitHub's limit on an issue/PR comment body. */
const GITHUB_COMMENT_LIMIT = 65_536;
/** The job summary limit is 1 MiB per step; stay well below it. */
const SUMMARY_LIMIT = 900_000;
const VERDICT_HEADING = {
    pass: '✅ SMAnalyzer: mesh healthy',
    warn: '⚠️ SMAnalyzer: warnings',
    fail: '❌ SMAnalyzer: anomalies found',
};
/**
 * Escape text for Markdown and HTML contexts (including table cells): HTML-significant characters become
 * entities, the punctuation that opens emphasis, code, links or table cells is backslash-escaped, and `@`/`#` get a zero-width space so no one is
 * mentioned and no issue is linked. Newlines collapse to spaces so a value stays in its table row.
 */
function escapeMarkdown(text) {
    return String(text)
        .replace(/[\r\n\t\u2028\u2029]+/g, ' ')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`)
        .replace(/[@#]/g, (c) => `${c}&#8203;`);
}
/** Mermaid labels accept a narrow alphabet; anything else becomes "_" (the table beside it is exact). */
function mermaidLabel(text) {
    return text.replace(/[^A-Za-z0-9/_.-]/g, '_').slice(0, 40);
}
/** A rule's threshold is in the metric's unit; a model's is a distance in its scaled feature space. */

function formatThreshold(f) {
    return f.detector === 'model'
        ? `distance ${(0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .trimNumber */ .OM)(f.threshold, 2)}`
        : (0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMetric */ .gI)(f.metric, f.threshold);
}
function formatRange(metric, range) {
    if (!range)
        return '–';
    return `${(0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMetric */ .gI)(metric, range[0])} – ${(0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMetric */ .gI)(metric, range[1])}`;
}
function serviceName(namespace, name) {
    return escapeMarkdown(`${namespace}/${name}`);
}
function sortFindings(findings) {
    const rank = (f) => _core_types_js__WEBPACK_IMPORTED_MODULE_1__/* .SEVERITIES */ .oC.indexOf(f.severity);
    return [...findings].sort((a, b) => rank(b) - rank(a) || b.score - a.score);
}
const ANOMALY_HEADER = [
    '| Service | Type | Severity | Metric | Observed | Expected (normal range) | Threshold | Detector |',
    '|---|---|---|---|---:|---|---:|---|',
];
function anomalyRow(f) {
    return [
        '',
        serviceName(f.namespace, f.service),
        escapeMarkdown(f.type),
        `**${escapeMarkdown(f.severity)}**`,
        escapeMarkdown(_units_js__WEBPACK_IMPORTED_MODULE_0__/* .METRIC_LABEL */ .SM[f.metric] ?? f.metric),
        (0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMetric */ .gI)(f.metric, f.observed),
        `${(0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMetric */ .gI)(f.metric, f.expected)} (${formatRange(f.metric, f.expectedRange)})`,
        formatThreshold(f),
        escapeMarkdown(f.detector),
        '',
    ]
        .join(' | ')
        .trim();
}
function anomalyTable(findings, limit = Infinity) {
    const sorted = sortFindings(findings);
    const shown = sorted.slice(0, limit);
    const lines = [...ANOMALY_HEADER, ...shown.map(anomalyRow)];
    if (sorted.length > shown.length)
        lines.push('', `…and ${sorted.length - shown.length} more anomalies.`);
    return lines;
}
const STATUS_ICON = {
    ok: '✅ ok',
    anomalous: '❌ anomalous',
    new: '🆕 new',
    'insufficient-data': '⚪ insufficient data',
    missing: '⚠️ missing',
};
function serviceRow(s) {
    const m = s.metrics;
    return [
        '',
        serviceName(s.namespace, s.name),
        STATUS_ICON[s.status] ?? escapeMarkdown(s.status),
        String(s.requests),
        (0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMetric */ .gI)('requestRate', m.requestRate?.observed),
        (0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMetric */ .gI)('errorRatio', m.errorRatio?.observed),
        (0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMetric */ .gI)('latencyP99', m.latencyP99?.observed),
        s.reason ? escapeMarkdown(s.reason) : '',
        '',
    ]
        .join(' | ')
        .trim();
}
function serviceTable(services, limit) {
    // Problems first, then by name, so a long table still shows what matters at the top.
    const order = (s) => (s.status === 'anomalous' ? 0 : s.status === 'ok' ? 2 : 1);
    const sorted = [...services].sort((a, b) => order(a) - order(b) || `${a.namespace}/${a.name}`.localeCompare(`${b.namespace}/${b.name}`));
    const shown = sorted.slice(0, limit);
    const lines = [
        '| Service | Status | Requests | Request rate | Error ratio | p99 latency | Note |',
        '|---|---|---:|---:|---:|---:|---|',
        ...shown.map(serviceRow),
    ];
    if (sorted.length > shown.length)
        lines.push('', `…and ${sorted.length - shown.length} more services.`);
    return lines;
}
/**
 * One Mermaid xychart per flagged metric (at most three): each flagged service's observed value as a bar
 * against the baseline's expected value and upper normal bound as lines. Only drawn when a finding has
 * a learned band to compare with: otherwise the table says it all.
 */
function charts(report) {
    const out = [];
    const metrics = [...new Set(report.anomalies.map((f) => f.metric))].slice(0, 3);
    for (const metric of metrics) {
        const isRatio = _units_js__WEBPACK_IMPORTED_MODULE_0__/* .RATIO_METRICS */ .Gz.includes(metric);
        const scale = isRatio ? 100 : 1;
        const unit = isRatio ? '%' : _units_js__WEBPACK_IMPORTED_MODULE_0__/* .LATENCY_METRICS */ .Z$.includes(metric) ? 'ms' : 'per second';
        const flagged = new Map();
        for (const f of report.anomalies) {
            if (f.metric !== metric)
                continue;
            const s = report.services.find((x) => x.namespace === f.namespace && x.name === f.service);
            const summary = s?.metrics[metric];
            if (s && summary?.band && summary.observed !== null)
                flagged.set(`${s.namespace}/${s.name}`, s);
        }
        const services = [...flagged.values()].slice(0, 12);
        if (services.length === 0)
            continue;
        const value = (v) => (0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .trimNumber */ .OM)((v ?? 0) * scale, 3);
        const observed = services.map((s) => value(s.metrics[metric]?.observed));
        const expected = services.map((s) => value(s.metrics[metric]?.expected));
        const upper = services.map((s) => value(s.metrics[metric]?.band?.[1]));
        const max = Math.max(...[...observed, ...upper].map(Number)) * 1.1 || 1;
        out.push('```mermaid', 'xychart-beta', `  title "${_units_js__WEBPACK_IMPORTED_MODULE_0__/* .METRIC_LABEL */ .SM[metric]} (${unit}) vs baseline"`, `  x-axis [${services.map((s) => `"${mermaidLabel(`${s.namespace}/${s.name}`)}"`).join(', ')}]`, `  y-axis "${unit}" 0 --> ${(0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .trimNumber */ .OM)(max, 3)}`, `  bar [${observed.join(', ')}]`, `  line [${upper.join(', ')}]`, `  line [${expected.join(', ')}]`, '```', '', `_Bars: observed. Lines: the baseline's upper normal bound and its expected value._`, '');
    }
    return out;
}
function windowLine(report) {
    const from = Date.parse(report.window.from);
    const to = Date.parse(report.window.to);
    const length = Number.isFinite(from) && Number.isFinite(to) ? ` (${(0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatAge */ .nV)((to - from) / 1000)})` : '';
    return `**Window:** ${escapeMarkdown(report.window.from)} → ${escapeMarkdown(report.window.to)}${length} · **source:** ${escapeMarkdown(report.source)}${report.partial ? ' · ⚠️ **partial data**' : ''}`;
}
function baselineLine(report) {
    const b = report.baseline;
    if (!b)
        return '**Baseline:** none';
    return `**Baseline:** learned ${(0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatAge */ .nV)(b.ageSeconds)} ago (${escapeMarkdown(b.createdAt)}) from ${escapeMarkdown(b.source)}, ${b.services} services, window ${escapeMarkdown(b.window.from)} → ${escapeMarkdown(b.window.to)}`;
}
function policyLine(report) {
    const s = report.summary;
    const counts = _core_types_js__WEBPACK_IMPORTED_MODULE_1__/* .SEVERITIES */ .oC.filter((sev) => s.bySeverity[sev] > 0)
        .map((sev) => `${s.bySeverity[sev]} ${sev}`)
        .join(', ');
    return `**Gate:** fail on ${s.failOn} or worse, at most ${s.maxAnomalies} such anomalies${s.warnOnly ? ', advisory (warn-only)' : ''} · **found:** ${s.anomalyCount} anomalies${counts ? ` (${counts})` : ''}, ${s.gatingAnomalies} at or above ${s.failOn} · ${s.servicesScanned} services scanned`;
}
/** The job summary / `--output markdown`: verdict, window, baseline, anomalies, services, charts, notes. */
function renderSummaryMarkdown(report, opts = {}) {
    const render = (anomalyLimit, serviceLimit) => {
        const lines = [
            `## ${VERDICT_HEADING[report.verdict]}`,
            '',
            escapeMarkdown(report.summary.reason),
            '',
            windowLine(report),
            '',
            baselineLine(report),
            '',
            policyLine(report),
            '',
        ];
        if (report.anomalies.length > 0) {
            lines.push('### Anomalies', '', ...anomalyTable(report.anomalies, anomalyLimit), '');
            lines.push(...charts(report));
        }
        if (report.services.length > 0) {
            lines.push('### Services', '', ...serviceTable(report.services, serviceLimit), '');
        }
        if (report.notes.length > 0) {
            lines.push('### Notes', '', ...report.notes.map((n) => `- ${escapeMarkdown(n)}`), '');
        }
        if (opts.runUrl)
            lines.push(`[Workflow run](${encodeURI(opts.runUrl)})`, '');
        lines.push(`<sub>smanalyzer ${escapeMarkdown(report.tool.version)}</sub>`, '');
        return lines.join('\n');
    };
    let serviceLimit = opts.maxServices ?? 500;
    let anomalyLimit = Infinity;
    let text = render(anomalyLimit, serviceLimit);
    while (text.length > SUMMARY_LIMIT && (serviceLimit > 0 || anomalyLimit > 10)) {
        if (serviceLimit > 0)
            serviceLimit = Math.floor(serviceLimit / 2);
        else
            anomalyLimit = Math.floor(Math.min(anomalyLimit, report.anomalies.length) / 2);
        text = render(anomalyLimit, serviceLimit);
    }
    return text;
}
function commentMarker(commentId) {
    return `<!-- smanalyzer:${commentId} -->`;
}
/** A second hidden line records the state so a later passing run knows it resolves an earlier failure. */
function stateMarker(state) {
    return `<!-- smanalyzer-state:${state} -->`;
}
function readCommentState(body) {
    const match = /<!-- smanalyzer-state:(anomalies|healthy|resolved) -->/.exec(body);
    return match ? match[1] : null;
}
/** The sticky PR comment; never longer than maxLength (65,536 by default), cut with a link to the summary. */
function renderPrComment(report, opts) {
    const maxLength = opts.maxLength ?? GITHUB_COMMENT_LIMIT;
    const hasAnomalies = report.anomalies.length > 0 || report.verdict !== 'pass';
    const resolved = !hasAnomalies && opts.resolvesEarlierFailure === true;
    const state = hasAnomalies ? 'anomalies' : resolved ? 'resolved' : 'healthy';
    const head = [commentMarker(opts.commentId), stateMarker(state)];
    const summaryLink = opts.runUrl ? `[job summary](${encodeURI(opts.runUrl)})` : 'job summary';
    const heading = resolved
        ? '✅ SMAnalyzer: resolved — the latest run found no anomalies'
        : VERDICT_HEADING[report.verdict];
    const render = (anomalyLimit) => {
        const lines = [
            ...head,
            `### ${heading}`,
            '',
            escapeMarkdown(report.summary.reason),
            '',
            windowLine(report),
            '',
            policyLine(report),
            '',
        ];
        if (resolved)
            lines.push('An earlier run of this gate flagged anomalies; they are gone in this run.', '');
        if (report.anomalies.length > 0)
            lines.push(...anomalyTable(report.anomalies, anomalyLimit), '');
        lines.push(`Full report: ${summaryLink}.`, '');
        return lines.join('\n');
    };
    let text = render(Infinity);
    if (text.length <= maxLength)
        return text;
    // Too long: halve the rows until it fits, then say where the rest is.
    let limit = report.anomalies.length;
    while (limit > 0 && text.length > maxLength) {
        limit = Math.floor(limit / 2);
        text = render(limit);
    }
    if (text.length <= maxLength)
        return text;
    const tail = `\n\n…truncated; see the ${summaryLink}.\n`;
    return text.slice(0, Math.max(0, maxLength - tail.length)) + tail;
}


/***/ }),

/***/ 46020:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderStatusText: () => (/* binding */ renderStatusText),
/* harmony export */   statusToJson: () => (/* binding */ statusToJson)
/* harmony export */ });
/* harmony import */ var _units_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33647);
/**
 * Renders the `status` command's view (cluster connection, namespaces, Istio control plane, meshed Services,
 * gateways, baseline metadata, thresholds) as terminal text or a stable JSON object. Pure: ages and every
 * other fact are passed in; no clock, no I/O.
 */


const yesNo = (value) => (value === undefined ? 'unknown' : value ? 'yes' : 'no');
/** Left-aligned columns separated by two spaces. */
function columns(rows) {
    const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
    return rows.map((r) => r.map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i]))).join('  '));
}
function clusterLines(view) {
    const inv = view.inventory;
    if (!inv)
        return [`Cluster      not connected: ${view.connectionError ?? 'no connection attempted'}`];
    const cp = inv.controlPlane;
    const istio = cp.found
        ? `${cp.version ?? 'version unknown'} (istiod in ${cp.namespace ?? '?'}, revision${cp.revisions.length > 1 ? 's' : ''} ` +
            `${cp.revisions.join(', ')}, ${cp.replicasReady}/${cp.replicas} replicas ready)`
        : 'istiod not found';
    const gateways = inv.gateways.length
        ? inv.gateways.map((g) => `${g.kind} ${g.namespace}/${g.name} ${g.ready}/${g.total} ready`).join('; ')
        : 'none';
    const lines = [
        `Cluster      ${inv.cluster.server} (context ${inv.cluster.context}, Kubernetes ${inv.cluster.version})`,
        `Namespaces   ${inv.namespaces.length ? inv.namespaces.join(', ') : 'none'}`,
        `Istio        ${istio}`,
        `Gateways     ${gateways}`,
        `Services     ${inv.services.length} meshed, ${inv.unmeshedServices} outside the mesh`,
    ];
    if (inv.services.length > 0) {
        const rows = [
            ['NAMESPACE', 'SERVICE', 'MODE', 'READY'],
            ...inv.services.map((s) => [s.namespace, s.name, s.meshMode, `${s.podsReady}/${s.podsTotal}`]),
        ];
        lines.push(...columns(rows).map((l) => `  ${l}`));
    }
    return lines;
}
function baselineLines(baseline) {
    if (!baseline.present)
        return [`Baseline     none at ${baseline.path} (run \`smanalyzer learn\` to create one)`];
    const lines = [`Baseline     ${baseline.path}`];
    if (baseline.problem)
        lines.push(`  problem    ${baseline.problem}`);
    if (baseline.createdAt) {
        const age = baseline.ageSeconds !== undefined ? ` (${(0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatAge */ .nV)(baseline.ageSeconds)} ago)` : '';
        lines.push(`  created    ${baseline.createdAt}${age}`);
    }
    if (baseline.window)
        lines.push(`  learned    ${baseline.window.from} → ${baseline.window.to}`);
    if (baseline.services !== undefined)
        lines.push(`  services   ${baseline.services}`);
    lines.push(`  matches    this cluster: ${yesNo(baseline.matchesCluster)}, these namespaces: ${yesNo(baseline.matchesNamespaces)}`);
    return lines;
}
function thresholdLines(thresholds) {
    const entries = Object.entries(thresholds);
    if (entries.length === 0)
        return ['Thresholds   none'];
    const rows = entries.map(([k, v]) => [k, v === null ? 'off' : String(v)]);
    return ['Thresholds', ...columns(rows).map((l) => `  ${l}`)];
}
function renderStatusText(status) {
    const lines = [
        ...clusterLines(status),
        ...baselineLines(status.baseline),
        ...thresholdLines(status.thresholds),
    ];
    const notes = status.inventory?.notes ?? [];
    if (notes.length)
        lines.push('Notes', ...notes.map((n) => `  - ${n}`));
    return `${lines.join('\n')}\n`;
}
/** The `status --output json` document. Field names are a public contract: keep them stable. */
function statusToJson(status) {
    const inv = status.inventory;
    return {
        schemaVersion: 1,
        cluster: inv
            ? { connected: true, ...inv.cluster }
            : { connected: false, error: status.connectionError ?? 'no connection attempted' },
        namespaces: inv?.namespaces ?? [],
        controlPlane: inv?.controlPlane ?? null,
        gateways: inv?.gateways ?? [],
        services: (inv?.services ?? []).map((s) => ({
            namespace: s.namespace,
            name: s.name,
            meshMode: s.meshMode,
            podsReady: s.podsReady,
            podsTotal: s.podsTotal,
            pods: s.pods,
        })),
        unmeshedServices: inv?.unmeshedServices ?? 0,
        baseline: { ...status.baseline },
        thresholds: { ...status.thresholds },
        notes: inv?.notes ?? [],
        apiCalls: inv?.apiCalls ?? 0,
    };
}


/***/ })

};
