/** The tool's version, stamped into reports and baselines. Kept in step with package.json by a test. */
export const TOOL_VERSION = '0.1.0';

/** The documentation pages (docs/ in the repository), for the links in notes and fixes. */
export const DOCS_URL = 'https://github.com/smanalyzer/smanalyzer/blob/main/docs';
