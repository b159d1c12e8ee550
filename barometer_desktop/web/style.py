"""The public pages' style sheet, kept as Python text so every build (wheel,
PyInstaller bundle) carries it without data-file configuration."""

CSS = """\
/* Integrationsbarometer: public pages. System fonts, no scripts, AA contrast. */
:root {
  --ink: #1b1f24; --muted: #4a5361; --line: #d5dbe3; --bg: #f4f6f9; --card: #ffffff;
  --brand: #1f4e8c; --brand-dark: #163a69; --good: #176b35; --bad: #a4221b; --same: #4a5361;
  --focus: #f2b300;
}
* { box-sizing: border-box; }
html { font-size: 100%; }
body {
  margin: 0; background: var(--bg); color: var(--ink); line-height: 1.55;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
}
a { color: var(--brand); text-underline-offset: 0.15em; }
a:hover { color: var(--brand-dark); }
a:focus-visible, summary:focus-visible {
  outline: 3px solid var(--ink); outline-offset: 2px; box-shadow: 0 0 0 5px var(--focus); border-radius: 2px;
}
.skip { position: absolute; left: -999px; top: 0; background: var(--card); padding: .5rem 1rem; z-index: 10; }
.skip:focus { left: 1rem; top: 1rem; }
.wrap { max-width: 72rem; margin: 0 auto; padding: 0 1.25rem; }
header.site { background: var(--brand); color: #fff; }
header.site .wrap { padding-top: 1.25rem; padding-bottom: 1.5rem; }
header.site a { color: #fff; }
.org { margin: 0; font-size: .95rem; opacity: .95; }
header.site h1 { margin: .25rem 0 .25rem; font-size: clamp(1.6rem, 4vw, 2.4rem); line-height: 1.2; }
.lede { margin: 0; max-width: 48rem; font-size: 1.05rem; }
.meta { margin: .75rem 0 0; font-size: .9rem; }
.demo {
  margin: 0; background: #7a3b00; color: #fff; font-weight: 700; text-align: center; padding: .5rem 1rem;
  letter-spacing: .02em;
}
main { padding: 1.75rem 0 3rem; }
h2 { font-size: 1.35rem; line-height: 1.3; margin: 2rem 0 .75rem; }
h3 { font-size: 1.1rem; line-height: 1.35; margin: 0 0 .5rem; }
.summary { display: flex; flex-wrap: wrap; gap: .75rem; padding: 0; margin: 0 0 1rem; list-style: none; }
.summary li {
  font-size: .95rem;
  background: var(--card); border: 1px solid var(--line); border-radius: .6rem; padding: .6rem 1rem;
  display: flex; align-items: center; gap: .5rem; font-weight: 600;
}
.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(19rem, 1fr)); gap: 1rem; padding: 0; margin: 0; list-style: none; }
.card {
  background: var(--card); border: 1px solid var(--line); border-radius: .75rem; padding: 1.1rem 1.2rem 1.2rem;
  display: flex; flex-direction: column; gap: .4rem; box-shadow: 0 1px 2px rgba(16, 24, 40, .05);
}
.goal-no { margin: 0; font-size: .8rem; font-weight: 700; letter-spacing: .06em; text-transform: uppercase; color: var(--muted); }
.card h3 a { text-decoration: none; }
.card h3 a:hover, .card h3 a:focus-visible { text-decoration: underline; }
.card .indicator { margin: 0; color: var(--muted); font-size: .95rem; }
.figure { display: flex; align-items: baseline; gap: .75rem; flex-wrap: wrap; margin-top: auto; padding-top: .5rem; }
.value { font-size: 1.9rem; font-weight: 700; line-height: 1.1; }
.value-year { color: var(--muted); font-size: .9rem; }
.trend { display: inline-flex; align-items: center; gap: .35rem; font-weight: 600; font-size: .95rem; }
.mark {
  display: inline-grid; place-items: center; width: 1.6rem; height: 1.6rem; border-radius: 50%;
  color: #fff; font-size: 1rem; line-height: 1; flex: none;
}
.trend-improved .mark { background: var(--good); } .trend-improved { color: var(--good); }
.trend-worsened .mark { background: var(--bad); } .trend-worsened { color: var(--bad); }
.trend-unchanged .mark, .trend-no_direction .mark, .trend-no_data .mark { background: var(--same); }
.trend-unchanged, .trend-no_direction, .trend-no_data { color: var(--same); }
.trend-mixed .mark { background: #7a4b00; } .trend-mixed { color: #7a4b00; }
.goal-status { margin: .2rem 0 .4rem; }
.goal-status .label { font-size: .85rem; color: var(--same); margin-right: .35rem; }
.national { margin: 0; font-size: .9rem; color: var(--muted); }
.breadcrumb { font-size: .95rem; margin: 0 0 .5rem; }
.indicator-block { background: var(--card); border: 1px solid var(--line); border-radius: .75rem; padding: 1.25rem 1.4rem; margin: 1.25rem 0; }
.indicator-block h2 { margin-top: 0; }
.keyfigures { display: grid; grid-template-columns: repeat(auto-fit, minmax(10rem, 1fr)); gap: .75rem; margin: 0 0 1rem; }
.keyfigures div { background: var(--bg); border-radius: .5rem; padding: .6rem .8rem; }
.keyfigures dt { font-size: .85rem; color: var(--muted); }
.keyfigures dd { margin: 0; font-size: 1.2rem; font-weight: 700; white-space: nowrap; }
figure { margin: 0 0 1rem; }
.chart { width: 100%; height: auto; max-width: 44rem; display: block; }
.chart .grid { stroke: #e3e8ee; stroke-width: 1; }
.chart .axis { fill: var(--muted); font-size: 13px; font-family: inherit; }
figcaption { font-size: .9rem; color: var(--muted); display: flex; flex-wrap: wrap; gap: 1rem; margin-top: .25rem; }
.key { display: inline-flex; align-items: center; gap: .4rem; }
.key svg { flex: none; }
.chart .unit { font-weight: 600; }
.downloads { margin: 1rem 0 .25rem; }
.updated { margin: 0; font-size: .9rem; color: var(--muted); }
details { margin: .5rem 0 1rem; }
summary { cursor: pointer; color: var(--brand); font-weight: 600; }
table { border-collapse: collapse; margin-top: .5rem; font-size: .95rem; }
th, td { text-align: right; padding: .3rem .75rem; border-bottom: 1px solid var(--line); }
th:first-child, td:first-child { text-align: left; }
thead th { color: var(--muted); font-weight: 600; }
.about dt { font-weight: 700; margin-top: .6rem; }
.about dd { margin: 0; }
.assessment { border-left: 4px solid var(--brand); padding: .25rem 0 .25rem 1rem; margin: 1rem 0; }
footer.site { border-top: 1px solid var(--line); background: var(--card); font-size: .9rem; color: var(--muted); }
footer.site .wrap { padding-top: 1.25rem; padding-bottom: 1.5rem; }
.table-scroll { overflow-x: auto; }
@media (max-width: 40rem) {
  .wrap { padding: 0 1rem; }
  /* The chart scales down to the phone's width; larger user units keep the axis readable. */
  .chart .axis { font-size: 24px; }
  .indicator-block { padding: 1rem; }
  .value { font-size: 1.6rem; }
}
@media print { header.site { background: none; color: var(--ink); } header.site a { color: var(--ink); } }
"""
