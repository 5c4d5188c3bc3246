/** The dashboard's only style sheet, inline: no fonts, images or scripts to fetch. Print keeps everything open. */
export const DASHBOARD_CSS = `
:root { --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --bg: #ffffff; --panel: #f6f8fa;
  --achieved: #1a7f37; --on-track: #2da44e; --at-risk: #9a6700; --off-track: #cf222e; --no-data: #6e7781;
  --error: #82071e; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 1100px; padding: 24px; color: var(--fg); background: var(--bg);
  font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
h1 { font-size: 26px; margin: 0 0 4px; }
h2 { font-size: 20px; margin: 32px 0 8px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
h3 { font-size: 17px; margin: 0; }
.muted { color: var(--muted); }
.headline { display: flex; gap: 16px; align-items: center; flex-wrap: wrap; margin: 12px 0; }
.big { font-size: 40px; font-weight: 700; }
.tiles { display: flex; gap: 12px; flex-wrap: wrap; margin: 16px 0; padding: 0; list-style: none; }
.tiles li { border: 1px solid var(--line); border-radius: 8px; padding: 8px 14px; background: var(--panel); }
.tiles strong { display: block; font-size: 22px; }
.bar { display: inline-block; width: 120px; height: 10px; border-radius: 5px; background: var(--line);
  overflow: hidden; vertical-align: middle; }
.bar span { display: block; height: 100%; background: var(--fg); }
.status { display: inline-block; padding: 1px 8px; border-radius: 10px; font-size: 13px; font-weight: 600;
  color: #fff; white-space: nowrap; }
.status.achieved { background: var(--achieved); } .status.on-track { background: var(--on-track); }
.status.at-risk { background: var(--at-risk); } .status.off-track { background: var(--off-track); }
.status.no-data { background: var(--no-data); } .status.error { background: var(--error); }
.objective { border: 1px solid var(--line); border-radius: 10px; margin: 16px 0; padding: 14px 16px; }
.objective > header { display: flex; gap: 12px; align-items: center; flex-wrap: wrap; }
.objective > header h3 { flex: 1 1 320px; }
.team { margin: 12px 0 0 0; padding: 10px 12px; background: var(--panel); border-radius: 8px; }
.team h4 { margin: 0 0 6px; font-size: 15px; display: flex; gap: 10px; flex-wrap: wrap; align-items: center; }
table { border-collapse: collapse; width: 100%; margin: 6px 0; font-size: 14px; }
th, td { text-align: left; padding: 4px 8px; border-bottom: 1px solid var(--line); vertical-align: middle; }
th { font-weight: 600; color: var(--muted); }
td.num { text-align: right; white-space: nowrap; }
.spark { display: block; }
.spark-line { fill: none; stroke: var(--fg); stroke-width: 1.5; }
.spark-target { stroke: var(--muted); stroke-width: 1; stroke-dasharray: 3 2; }
.spark-last { fill: var(--fg); }
.warning { border-left: 4px solid var(--at-risk); padding: 6px 10px; background: #fff8c5; margin: 6px 0; }
.errors li { color: var(--error); }
footer { margin-top: 40px; font-size: 13px; }
@media print {
  body { max-width: none; padding: 0; font-size: 12px; }
  .objective, .team { break-inside: avoid; }
  .status, .bar span { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  a { color: inherit; text-decoration: none; }
}
`;
