export const id = 178;
export const ids = [178];
export const modules = {

/***/ 95178:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runStatus: () => (/* binding */ runStatus)
/* harmony export */ });
async function runStatus(ctx, format, historyPath) {
    const { gatherStatus } = await Promise.all(/* import() */[__webpack_require__.e(502), __webpack_require__.e(399)]).then(__webpack_require__.bind(__webpack_require__, 88399));
    const { STATUS_FORMATS } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 77619));
    const { view, connectionFailure: connectionError } = await gatherStatus(ctx);
    if (historyPath) {
        const { readActivity } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 66142));
        view.activity = readActivity(historyPath, ctx.now());
    }
    const text = (STATUS_FORMATS[format] ?? STATUS_FORMATS.text)(view);
    return { text, connectionError };
}


/***/ })

};
