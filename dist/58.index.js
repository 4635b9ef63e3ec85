export const id = 58;
export const ids = [58];
export const modules = {

/***/ 83058:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runStatus: () => (/* binding */ runStatus)
/* harmony export */ });
async function runStatus(ctx, format, historyPath) {
    const { gatherStatus } = await Promise.all(/* import() */[__webpack_require__.e(444), __webpack_require__.e(917)]).then(__webpack_require__.bind(__webpack_require__, 56917));
    const { renderStatusText, statusToJson } = await __webpack_require__.e(/* import() */ 307).then(__webpack_require__.bind(__webpack_require__, 61307));
    const { view, connectionFailure: connectionError } = await gatherStatus(ctx);
    if (historyPath) {
        const { readActivity } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 18089));
        view.activity = readActivity(historyPath, ctx.now());
    }
    const text = format === 'json' ? JSON.stringify(statusToJson(view), null, 2) + '\n' : renderStatusText(view);
    return { text, connectionError };
}


/***/ })

};
