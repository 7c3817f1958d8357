/**
 * The in-page UI's stylesheet, inside its shadow root. `:host { all: initial }` cuts every
 * inherited property the page would pass in (font, colour, line height, letter spacing of gov
 * templates), and shadow scoping keeps these rules from touching the page. The font stack names
 * the CJK system fonts of Windows, macOS and Linux so Chinese renders wherever the page's own
 * fonts came from.
 *
 * Every element shows page text or the reader's text, so every element is a bidi isolate (a U+202E
 * in a heading must not reverse the count next to it), wraps anywhere (a 10,000-character run
 * without a break must not widen the panel), and long labels, notes and quotes are clamped to a
 * few lines.
 */
export const PAGE_UI_CSS = `
:host { all: initial !important; position: fixed !important; inset: auto !important; z-index: 2147483647 !important; }
.root {
  font: 14px/1.5 system-ui, -apple-system, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif;
  color: #111827; letter-spacing: normal; text-align: left;
}
* { box-sizing: border-box; }
.root, .root * { unicode-bidi: isolate; overflow-wrap: anywhere; }
.clamp-2, .clamp-3, .clamp-4 { display: -webkit-box; -webkit-box-orient: vertical; overflow: hidden; }
.clamp-2 { -webkit-line-clamp: 2; } .clamp-3 { -webkit-line-clamp: 3; } .clamp-4 { -webkit-line-clamp: 4; }
button { font: inherit; color: inherit; cursor: pointer; border: 1px solid #cbd5e1; background: #fff; border-radius: 6px; padding: 4px 10px; }
button:hover { background: #f1f5f9; }
button.primary { background: #1d4ed8; border-color: #1d4ed8; color: #fff; }
button.primary:hover { background: #1e40af; }
button.icon { border: 0; background: transparent; font-size: 18px; line-height: 1; padding: 2px 6px; }
button:focus-visible, input:focus-visible, textarea:focus-visible { outline: 2px solid #1d4ed8; outline-offset: 1px; }
.launcher { position: fixed; right: 16px; bottom: 16px; display: flex; gap: 6px; padding: 6px; background: #fff;
  border: 1px solid #cbd5e1; border-radius: 999px; box-shadow: 0 4px 16px rgba(15, 23, 42, .18); }
.launcher button { border-radius: 999px; }
.launcher-open { background: #1d4ed8; border-color: #1d4ed8; color: #fff; }
.launcher-open:hover { background: #1e40af; }
.panel { position: fixed; top: 0; right: 0; width: min(380px, 100vw); height: 100vh; overflow-y: auto; background: #fff;
  border-left: 1px solid #cbd5e1; box-shadow: -6px 0 24px rgba(15, 23, 42, .16); padding: 12px 16px 24px; }
.panel-head { display: flex; align-items: flex-start; gap: 8px; }
.panel-head h2 { flex: 1; margin: 0; font-size: 16px; line-height: 1.4; }
.panel h3 { font-size: 13px; color: #475569; margin: 16px 0 6px; font-weight: 600; }
.panel h4 { font-size: 13px; margin: 12px 0 4px; color: #9a3412; }
.facts { display: grid; grid-template-columns: auto 1fr; gap: 2px 12px; margin: 10px 0; }
.facts dt, .card-facts dt { color: #64748b; }
.facts dd, .card-facts dd { margin: 0; }
.findings { list-style: none; margin: 0; padding: 0; display: grid; gap: 4px; }
.findings li { padding: 4px 8px; border-radius: 6px; background: #f1f5f9; }
.findings li.good { background: #dcfce7; color: #14532d; }
.findings li.bad { background: #fee2e2; color: #7f1d1d; }
.toggle { display: flex; align-items: center; gap: 6px; margin-top: 10px; }
.tree, .tree ol { list-style: none; margin: 0; padding: 0; }
.tree ol { padding-left: 14px; border-left: 1px solid #e2e8f0; margin-left: 4px; }
.heading-row { display: flex; align-items: center; gap: 6px; flex-wrap: wrap; padding: 2px 0; }
button.heading { border: 0; padding: 2px 4px; text-align: left; flex: 1 1 180px; background: transparent; }
.level-1 > .heading-row button.heading { font-weight: 600; }
.count { font-size: 12px; color: #475569; background: #f1f5f9; border-radius: 999px; padding: 0 7px; }
.area-tag { font-size: 12px; border: 1px solid; border-radius: 4px; padding: 0 5px; white-space: nowrap; }
details { margin: 2px 0 4px 4px; }
summary { cursor: pointer; color: #475569; font-size: 12px; }
.figures, .clips { list-style: none; margin: 4px 0; padding: 0; display: grid; gap: 2px; }
button.figure, button.clip { width: 100%; border: 0; text-align: left; display: flex; gap: 8px; justify-content: space-between; padding: 3px 6px; }
button.clip { flex-direction: column; gap: 2px; border: 1px solid #e2e8f0; }
button.clip:disabled { cursor: default; background: #fff7ed; border-color: #fdba74; }
.figure-value { font-variant-numeric: tabular-nums; font-weight: 600; white-space: nowrap; }
.clip-label { font-weight: 600; }
.clip-quote { color: #334155; font-size: 13px; }
.clip-note { color: #475569; font-size: 12px; }
.hint { color: #64748b; font-size: 12px; margin: 4px 0; }
.card { position: fixed; background: #fff; border: 1px solid #cbd5e1; border-radius: 10px; padding: 10px 12px;
  box-shadow: 0 8px 28px rgba(15, 23, 42, .22); display: grid; gap: 6px; }
.card-head { display: flex; align-items: flex-start; gap: 6px; }
.card-label { flex: 1; font-weight: 600; }
.card-value { font-size: 22px; font-weight: 700; font-variant-numeric: tabular-nums; }
.card-value .unit { font-size: 14px; margin-left: 2px; }
.card-value .change { font-size: 12px; margin-left: 8px; color: #475569; font-weight: 400; }
.card-facts { display: grid; grid-template-columns: auto 1fr; gap: 2px 10px; margin: 0; }
.selection-actions { position: fixed; display: flex; gap: 6px; }
.selection-actions button { box-shadow: 0 4px 12px rgba(15, 23, 42, .25); }
.card .buttons { display: flex; flex-wrap: wrap; gap: 6px; }
.teach-form, .finder { position: fixed; right: 16px; bottom: 72px; width: min(360px, calc(100vw - 32px)); max-height: calc(100vh - 96px);
  overflow-y: auto; background: #fff; border: 1px solid #cbd5e1; border-radius: 10px; padding: 12px;
  box-shadow: 0 8px 28px rgba(15, 23, 42, .22); display: grid; gap: 8px; }
.teach-form h3, .finder h3 { margin: 0; font-size: 14px; display: flex; justify-content: space-between; gap: 8px; }
.teach-form label { display: grid; gap: 2px; color: #475569; font-size: 12px; }
.teach-form label.choice { display: flex; align-items: center; gap: 6px; color: #111827; font-size: 13px; }
.teach-form input:not([type=radio]) { font: inherit; color: #111827; border: 1px solid #cbd5e1; border-radius: 6px; padding: 4px 6px; }
.teach-form fieldset { border: 1px solid #e2e8f0; border-radius: 6px; margin: 0; padding: 4px 8px; }
.teach-options { max-height: 180px; overflow-y: auto; border: 1px solid #e2e8f0; border-radius: 6px; padding: 4px 8px; }
.teach-form .buttons { display: flex; justify-content: flex-end; gap: 8px; }
.teach-form p, .finder p { margin: 0; }
.error { color: #7f1d1d; background: #fee2e2; border-radius: 6px; padding: 4px 8px; }
.finder ol { margin: 0; padding-left: 18px; display: grid; gap: 6px; }
.finder mark { background: #fde68a; color: inherit; }
.finder button.link { border: 0; background: transparent; color: #1d4ed8; padding: 0; }
.clip-form { position: fixed; right: 16px; bottom: 72px; width: min(340px, calc(100vw - 32px)); background: #fff; border: 1px solid #cbd5e1;
  border-radius: 10px; padding: 12px; box-shadow: 0 8px 28px rgba(15, 23, 42, .22); display: grid; gap: 8px; }
.clip-form label { display: grid; gap: 2px; color: #475569; font-size: 12px; }
.clip-form input, .clip-form textarea { font: inherit; color: #111827; border: 1px solid #cbd5e1; border-radius: 6px; padding: 4px 6px; }
.clip-form .buttons { display: flex; justify-content: flex-end; gap: 8px; }
.notice { position: fixed; left: 50%; bottom: 24px; transform: translateX(-50%); background: #0f172a; color: #fff; border-radius: 8px; padding: 6px 14px; }
`;

/** The list page's checklist (components/page/list-panel.tsx, components/collect-checklist.tsx). */
export const LIST_UI_CSS = `
.collect-list h2 { font-size: 16px; margin: 8px 0 4px; }
.collect-buttons { display: flex; gap: 6px; margin: 6px 0; flex-wrap: wrap; }
.collect-links { list-style: none; margin: 6px 0 10px; padding: 0; display: grid; gap: 2px; }
.collect-links label { display: grid; grid-template-columns: auto auto auto 1fr auto; gap: 6px; align-items: baseline; padding: 3px 4px; border-radius: 6px; cursor: pointer; }
.collect-links label:hover { background: #f1f5f9; }
.collect-year { font-variant-numeric: tabular-nums; font-weight: 600; }
.collect-place { color: #475569; }
.collect-title { font-size: 13px; }
.collect-badge { font-size: 12px; border-radius: 999px; padding: 0 7px; background: #e2e8f0; white-space: nowrap; }
.collect-badge.saved { background: #dcfce7; color: #14532d; }
`;
