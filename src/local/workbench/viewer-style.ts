// The viewer's look: the tab list with its search box, the edit bar, and the grid with its
// frozen header row and columns, in one scrolling pane under them.
export const SHEET_STYLE = `
body{margin:0;font:12px/1.35 Roboto,Arial,sans-serif;color:#202124}
body.sheet{display:flex;flex-direction:column;height:100vh;overflow:hidden}
.top{flex:0 0 auto;z-index:5;background:#fff}
nav.tabs{background:#f8f9fa;border-bottom:1px solid #dadce0;padding:4px 6px;display:flex;gap:6px;align-items:center}
nav.tabs input{flex:0 1 150px;min-width:80px;font:inherit;padding:2px 6px;border:1px solid #dadce0;border-radius:4px}
#tab-list{display:flex;gap:2px;overflow-x:auto;white-space:nowrap;flex:1;min-width:0;align-items:center}
#tab-list .group{color:#5f6368;font-size:11px;padding:0 4px 0 8px;border-left:1px solid #dadce0}
nav.tabs a{padding:3px 8px;border-radius:4px 4px 0 0;text-decoration:none;color:#3c4043}
nav.tabs a.appraisal{color:#0b5394}
nav.tabs a[aria-current=page]{background:#fff;color:#188038;font-weight:500;box-shadow:inset 0 -2px #188038}
nav.tabs a.hidden{opacity:.6;font-style:italic}
nav.tabs a[hidden]{display:none}
.note{color:#5f6368;padding:4px 8px;margin:0}
#grid{flex:1 1 auto;overflow:auto;position:relative}
table{border-collapse:separate;border-spacing:0}
th,td{border-right:1px solid #e2e3e3;border-bottom:1px solid #e2e3e3;padding:2px 6px;white-space:nowrap;max-width:320px;overflow:hidden;text-overflow:ellipsis;background:#fff}
th{background:#f8f9fa;color:#5f6368;font-weight:normal}
thead th{position:sticky;top:0;z-index:3}
tbody th{position:sticky;left:0;z-index:2}
thead th:first-child{left:0;z-index:4}
td.frozen{position:sticky;z-index:1;background:#fbfbfb}
thead th.frozen,tbody tr.frozen th{z-index:4}
tr.frozen td{position:sticky;z-index:2;background:#f8f9fa}
tr.frozen td.frozen{z-index:3}
td.num{text-align:right}
td.formula{color:#5f6368;font-style:italic}
td.active{outline:2px solid #1a73e8;outline-offset:-2px;background:#e8f0fe}
tr.header td{font-weight:500}
td.editing{outline:2px solid #188038;outline-offset:-2px}
td.saving{color:#5f6368;font-style:italic}
td.failed{outline:2px solid #c5221f;outline-offset:-2px;background:#fce8e6}
td[title]{cursor:cell}
.cell-error{position:absolute;z-index:6;max-width:280px;white-space:normal;background:#fce8e6;color:#a50e0e;border:1px solid #c5221f;border-radius:4px;padding:3px 6px;font-size:11px;box-shadow:0 1px 3px rgba(0,0,0,.2)}
.edit-bar{display:flex;flex-wrap:wrap;gap:6px;align-items:center;padding:4px 8px;border-bottom:1px solid #dadce0;background:#fff}
.edit-bar #edit-value{flex:1;min-width:90px}
.edit-bar #edit-ref{width:5em}
@media (max-width:700px){.edit-bar{gap:4px}#edit-message{flex-basis:100%;font-size:11px}}
#edit-message{color:#5f6368}
#edit-message.refused{color:#c5221f}
#edit-message.saved{color:#188038}
figure.chart{margin:8px;max-width:720px}
figure.chart svg{width:100%;min-width:460px;height:auto;display:block}
figure.chart figcaption{font-weight:500;padding:0 0 4px}
`;
