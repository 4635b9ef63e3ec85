export const id = 127;
export const ids = [127];
export const modules = {

/***/ 36156:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   sigv4Signer: () => (/* binding */ sigv4Signer)
/* harmony export */ });
/* harmony import */ var _core_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(87176);
/**
 * AWS Signature Version 4 for Prometheus-compatible APIs behind AWS IAM (Amazon Managed Service for Prometheus):
 * every request — GET with its query string, POST with its form body, each redirect hop and each retry — signed
 * with the AWS SDK's own signer (@smithy/signature-v4, SHA-256 from @aws-crypto/sha256-js), with credentials from
 * the SDK's default chain (@aws-sdk/credential-provider-node: AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY/
 * AWS_SESSION_TOKEN, AWS_PROFILE and the shared files, SSO, a web identity token as GitHub's OIDC gives it through
 * aws-actions/configure-aws-credentials, then the container and instance roles). Loaded only when asked for.
 * Credentials never reach a message: a failure names the chain, not what it found.
 */

/** What the chain says when it found nothing, without what it looked at. */
function credentialsError(error) {
    const detail = error?.message?.split('\n')[0] ?? String(error);
    return new _core_types_js__WEBPACK_IMPORTED_MODULE_0__/* .MetricsError */ .kj(`no AWS credentials for SigV4 signing (${detail.slice(0, 200)})`, 'set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (and AWS_SESSION_TOKEN), or AWS_PROFILE, or a role: in GitHub ' +
        'Actions, aws-actions/configure-aws-credentials with role-to-assume (OIDC) before this step', { environmental: false });
}
/**
 * A signer for one client. `credentials` replaces the default chain (tests, or a caller with its own); the chain
 * caches what it found until shortly before it expires. `clock` fixes the signing time (AWS's test vectors).
 */
async function sigv4Signer(settings, credentials, clock) {
    const [{ SignatureV4 }, { Sha256 }] = await Promise.all([
        __webpack_require__.e(/* import() */ 118).then(__webpack_require__.t.bind(__webpack_require__, 75118, 19)),
        Promise.all(/* import() */[__webpack_require__.e(860), __webpack_require__.e(156)]).then(__webpack_require__.t.bind(__webpack_require__, 23156, 23)),
    ]);
    let provider = credentials;
    if (!provider) {
        const { defaultProvider } = await Promise.all(/* import() */[__webpack_require__.e(118), __webpack_require__.e(861)]).then(__webpack_require__.t.bind(__webpack_require__, 5861, 19));
        provider = defaultProvider();
    }
    const signer = new SignatureV4({
        service: settings.service,
        region: settings.region,
        sha256: Sha256,
        credentials: async () => {
            try {
                return await provider();
            }
            catch (error) {
                throw credentialsError(error);
            }
        },
        // The path is sent as the URL has it: S3 is the only service that wants it unescaped a second time.
        uriEscapePath: true,
        applyChecksum: false,
    });
    return async ({ method, url, headers, body }) => {
        const query = {};
        for (const [key, value] of url.searchParams) {
            const seen = query[key];
            query[key] = seen === undefined ? value : Array.isArray(seen) ? [...seen, value] : [seen, value];
        }
        try {
            const signed = await signer.sign({
                method,
                protocol: url.protocol,
                hostname: url.hostname,
                port: url.port ? Number(url.port) : undefined,
                path: url.pathname,
                query,
                headers: { ...headers, host: url.host },
                body,
            }, clock ? { signingDate: clock() } : undefined);
            // fetch sets Host itself, from the same URL.
            const { host: _host, ...out } = signed.headers;
            void _host;
            return out;
        }
        catch (error) {
            if (error instanceof _core_types_js__WEBPACK_IMPORTED_MODULE_0__/* .MetricsError */ .kj)
                throw error;
            throw credentialsError(error);
        }
    };
}


/***/ })

};
