/**
 * What WXT hands each content script's `main`, in place of its ContentScriptContext (the build
 * aliases `wxt/utils/content-script-context` here for content scripts, wxt.config.ts). Parta's
 * content scripts never use that context: its signal is aborted by an event any page can forge,
 * so their features live on lib/dom/lifetime.ts instead. Its ~2.7 KB of code (a location watcher,
 * timers, a page-visible «script started» event) were a fifteenth of the messenger script's
 * budget (40 KB then), spent on nothing.
 */
export class ContentScriptContext {}
