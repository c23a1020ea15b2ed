namespace AiSec.Program.Page;

/// <summary>The page's stylesheet, inline so the page is one self-contained document (also as a saved report).</summary>
internal static class PageStyle
{
    public const string Css = """
        :root{--bg:#0b1220;--panel:#111a2e;--panel2:#16213a;--line:#24314f;--text:#e6ebf5;--muted:#8fa0bf;--accent:#4f8cff;
              --ok:#2fbf71;--warn:#f2a93b;--bad:#ef5b5b;--crit:#d7263d}
        *{box-sizing:border-box}
        body{margin:0;background:var(--bg);color:var(--text);font:14px/1.45 "Segoe UI",system-ui,-apple-system,"DejaVu Sans",sans-serif}
        header{display:flex;justify-content:space-between;align-items:center;padding:14px 28px;background:#0d1628;border-bottom:1px solid var(--line)}
        .brand{font-size:18px;font-weight:600;letter-spacing:.2px}.brand b{color:var(--accent)}
        .meta{color:var(--muted);font-size:12px}.meta a{color:var(--accent);text-decoration:none;margin-left:10px}
        main{padding:22px 28px;max-width:1500px;margin:0 auto}
        h2{font-size:13px;text-transform:uppercase;letter-spacing:1.2px;color:var(--muted);margin:26px 0 10px;font-weight:600}
        .grid{display:grid;gap:14px}.g3{grid-template-columns:repeat(3,minmax(0,1fr))}.g6{grid-template-columns:repeat(6,minmax(0,1fr))}
        .card{background:var(--panel);border:1px solid var(--line);border-radius:10px;padding:14px 16px}
        .banner{background:#1b2a4a;border:1px solid #2f4a80;border-radius:10px;padding:14px 18px;margin-bottom:6px}
        .banner strong{color:#9cc0ff}
        .kpi .label{color:var(--muted);font-size:12px}.kpi .num{font-size:28px;font-weight:600;margin-top:4px}
        .kpi .sub{color:var(--muted);font-size:11px;margin-top:2px}
        .nodata{color:var(--muted);font-style:italic}
        .mat .dim{font-size:15px;font-weight:600}.mat .lvl{display:flex;align-items:baseline;gap:10px;margin:8px 0}
        .mat .lvl .n{font-size:34px;font-weight:700;color:var(--accent)}.mat .lvl .name{font-size:15px}
        .mat .score{color:var(--muted);font-size:12px}
        .steps{display:flex;gap:4px;margin:6px 0 10px}.steps i{flex:1;height:7px;border-radius:3px;background:var(--line)}
        .steps i.on{background:linear-gradient(90deg,#3d7bff,#6aa5ff)}
        .mat ul{margin:6px 0 0 16px;padding:0;color:#c9d3e6;font-size:12.5px}.mat details{margin-top:8px;color:var(--muted);font-size:12px}
        .mat .top{color:var(--ok);font-size:12.5px}
        .chart{width:100%;height:auto;display:block}.chart .grid{stroke:var(--line);stroke-width:1}
        .chart .axis{fill:var(--muted);font-size:10px}
        .legend{display:flex;flex-wrap:wrap;gap:12px;margin-top:6px;color:var(--muted);font-size:11.5px}
        .legend i{display:inline-block;width:10px;height:10px;border-radius:2px;margin-right:5px;vertical-align:-1px}
        .card h3{margin:0 0 8px;font-size:14px;font-weight:600}.card h3 small{color:var(--muted);font-weight:400;margin-left:6px}
        table{width:100%;border-collapse:collapse}th,td{text-align:left;padding:7px 8px;border-bottom:1px solid var(--line);vertical-align:top}
        th{color:var(--muted);font-size:11.5px;text-transform:uppercase;letter-spacing:.8px;font-weight:600}
        td.name{font-family:ui-monospace,"DejaVu Sans Mono",monospace;font-size:12.5px;white-space:nowrap}
        td.value{font-weight:600;font-size:14px;overflow-wrap:break-word}td.def{color:var(--muted);font-size:12.5px}
        .bad{color:var(--bad)}.warn{color:var(--warn)}.ok{color:var(--ok)}
        footer{color:var(--muted);font-size:11.5px;padding:18px 28px 28px;max-width:1500px;margin:0 auto}
        @media (max-width:1100px){.g3,.g6{grid-template-columns:repeat(2,minmax(0,1fr))}}
        """;
}
