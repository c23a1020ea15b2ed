using System.Globalization;
using System.Text;
using AiSec.Program.Maturity;
using AiSec.Program.Report;
using static System.Net.WebUtility;

namespace AiSec.Program.Page;

/// <summary>
/// The program dashboard as one server-rendered HTML document: maturity per dimension with its gaps, headline
/// figures, trend charts drawn from the daily snapshots (inline SVG), every metric with its definition, and seed
/// 002's metrics. No script and nothing loaded from elsewhere, so it also works saved as a report.
/// </summary>
public static class DashboardPage
{
    private const int LongValue = 24;

    private static readonly string[] Palette = ["#4f8cff", "#ef5b5b", "#f2a93b", "#2fbf71", "#b07cff", "#25c2c9", "#ff7ab6", "#c7d05a"];

    public static string Render(ProgramReport report)
    {
        var m = report.Metrics;
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">")
            .Append("<title>AI security program · AiSec</title><style>").Append(PageStyle.Css).Append("</style></head><body>");
        html.Append(CultureInfo.InvariantCulture, $"<header><div class=\"brand\"><b>AiSec</b> · AI security program</div><div class=\"meta\">Generated {report.GeneratedAt:yyyy-MM-dd HH:mm} UTC<a href=\"/api/dashboard\">JSON</a></div></header><main>");
        if (IsEmpty(report))
        {
            html.Append("<div class=\"banner\" id=\"no-data\"><strong>No data yet.</strong> Register or discover AI assets (<code>aisec discover</code>, <code>aisec assets add</code>), assess them (<code>aisec risk assess</code>) and record red-team engagements (<code>aisec redteam add</code>); incidents appear once playbooks run. Trends start with the first daily snapshot.</div>");
        }

        Maturity(html, report);
        Headlines(html, report);
        Trends(html, report);
        Metrics(html, report);
        Seed002(html, report);
        html.Append("</main><footer>Maturity reconstructs the seed's <code>assess_program_maturity</code> (CMMI-style levels). A value shown as “no data” has nothing to measure yet; it is never a zero. ")
            .Append(CultureInfo.InvariantCulture, $"Total assets {m.TotalAiAssets}; {report.Trends.Count} daily snapshot(s).</footer></body></html>");
        return html.ToString();
    }

    private static bool IsEmpty(ProgramReport report) =>
        report.Metrics.TotalAiAssets == 0 && report.Supporting.IncidentsRecorded == 0 && report.Metrics.FindingsFromRedTeam == 0
        && report.Metrics.RedTeamEngagementsYtd == 0 && report.Trends.Count == 0;

    private static void Maturity(StringBuilder html, ProgramReport report)
    {
        html.Append("<h2>Program maturity</h2><div class=\"grid g3\">");
        foreach (var a in report.Maturity)
        {
            html.Append(CultureInfo.InvariantCulture, $"<div class=\"card mat\" data-dimension=\"{a.Dimension}\"><div class=\"dim\">{Title(a.Dimension)}</div>")
                .Append(CultureInfo.InvariantCulture, $"<div class=\"lvl\"><span class=\"n\" data-level=\"{a.Level}\">{a.Level}</span><span class=\"name\">{HtmlEncode(a.LevelName)}</span><span class=\"score\">score {a.Score.ToString("0.0", CultureInfo.InvariantCulture)} / 5</span></div><div class=\"steps\">");
            for (var level = MaturityLevel.Initial; level <= MaturityLevel.Optimizing; level++)
            {
                html.Append(level <= a.Level ? "<i class=\"on\"></i>" : "<i></i>");
            }

            html.Append("</div>");
            if (a.GapsToNextLevel.Count == 0)
            {
                html.Append("<div class=\"top\">Highest level reached.</div>");
            }
            else
            {
                html.Append(CultureInfo.InvariantCulture, $"<div class=\"score\">To reach {HtmlEncode(MaturityLevel.Name(a.Level + 1))}:</div><ul class=\"gaps\">");
                foreach (var gap in a.GapsToNextLevel)
                {
                    html.Append("<li>").Append(HtmlEncode(gap)).Append("</li>");
                }

                html.Append("</ul>");
            }

            html.Append("<details><summary>Evidence</summary><ul>");
            foreach (var e in a.Evidence)
            {
                html.Append("<li>").Append(HtmlEncode(e)).Append("</li>");
            }

            html.Append("</ul></details></div>");
        }

        html.Append("</div>");
    }

    private static void Headlines(StringBuilder html, ProgramReport report)
    {
        var m = report.Metrics;
        var rows = MetricRows.For(report).ToDictionary(r => r.Name, StringComparer.Ordinal);
        html.Append("<h2>At a glance</h2><div class=\"grid g6\">");
        Kpi(html, "AI assets", rows["total_ai_assets"], $"{report.Supporting.AssetsAssessed} assessed");
        Kpi(html, "Critical + high risk", new MetricRow("", "critical_and_high", (m.CriticalRiskAssets + m.HighRiskAssets).ToString(CultureInfo.InvariantCulture), true, ""),
            $"{m.CriticalRiskAssets} critical · {m.HighRiskAssets} high", m.CriticalRiskAssets > 0 ? "bad" : m.HighRiskAssets > 0 ? "warn" : "ok");
        Kpi(html, "Mean residual risk", rows["mean_residual_risk"], "0–100, latest assessments");
        Kpi(html, "Incidents (30 days)", rows["incidents_last_30_days"], $"MTTR {rows["mean_time_to_resolve_hours"].Display}");
        Kpi(html, "Red-team remediation", rows["remediation_rate"], $"{m.FindingsRemediated} of {m.FindingsFromRedTeam} findings");
        Kpi(html, "Overdue actions", rows["overdue_actions"], $"{m.ComplianceGapCount} compliance gaps", m.OverdueActions > 0 ? "bad" : "ok");
        html.Append("</div>");
    }

    private static void Kpi(StringBuilder html, string label, MetricRow row, string sub, string? tone = null) =>
        html.Append(CultureInfo.InvariantCulture, $"<div class=\"card kpi\"><div class=\"label\">{HtmlEncode(label)}</div><div class=\"num {(row.HasData ? tone ?? "" : "nodata")}\" data-kpi=\"{row.Name}\">{HtmlEncode(row.Display)}</div><div class=\"sub\">{HtmlEncode(sub)}</div></div>");

    private static void Trends(StringBuilder html, ProgramReport report)
    {
        var trends = report.Trends;
        var days = trends.Select(t => t.Day).ToList();
        html.Append("<h2>Trends</h2><div class=\"grid g3\">");
        Chart(html, "Residual risk", "mean of latest scores, per day", "chart-residual-risk", days.Count == 0 ? null : SvgCharts.Line("chart-residual-risk", days,
            [new ChartSeries("mean residual risk", Palette[0], trends.Select(t => t.MeanResidualRisk).ToList())], 100));
        var categories = trends.SelectMany(t => t.IncidentsByCategory.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        Chart(html, "Incidents by category", "detected per day", "chart-incidents", categories.Count == 0 ? null : SvgCharts.StackedBars("chart-incidents", days,
            [.. categories.Select((c, i) => new ChartSeries(c, Palette[i % Palette.Length], trends.Select(t => (double?)t.IncidentsByCategory.GetValueOrDefault(c)).ToList()))]));
        Chart(html, "Guardrail blocks and flags", "per day", "chart-guardrail", days.Count == 0 ? null : SvgCharts.Line("chart-guardrail", days,
            [
                new ChartSeries("blocks", Palette[1], trends.Select(t => (double?)t.GuardrailBlocks).ToList()),
                new ChartSeries("flags", Palette[2], trends.Select(t => (double?)t.GuardrailFlags).ToList()),
            ]));
        html.Append("</div>");
    }

    private static void Chart(StringBuilder html, string title, string subtitle, string id, string? svg)
    {
        html.Append(CultureInfo.InvariantCulture, $"<div class=\"card\"><h3>{HtmlEncode(title)}<small>{HtmlEncode(subtitle)}</small></h3>");
        html.Append(svg ?? $"<p class=\"nodata\" data-empty-chart=\"{id}\">No data yet: trends are drawn from the daily snapshots (Dashboard:SnapshotSchedule).</p>");
        html.Append("</div>");
    }

    private static void Metrics(StringBuilder html, ProgramReport report)
    {
        html.Append("<h2>Program metrics</h2><div class=\"grid g3\">");
        foreach (var group in MetricRows.For(report).GroupBy(r => r.Group))
        {
            html.Append(CultureInfo.InvariantCulture, $"<div class=\"card\"><h3>{HtmlEncode(group.Key)}</h3><table>");
            foreach (var row in group)
            {
                // A long value (incidents by category) gets a line of its own under the name.
                var value = $"<td class=\"value{(row.HasData ? "" : " nodata")}\"{(row.Display.Length > LongValue ? " colspan=\"2\"" : "")} data-metric=\"{row.Name}\">{HtmlEncode(row.Display)}</td>";
                html.Append(row.Display.Length > LongValue
                    ? $"<tr><td class=\"name\" colspan=\"2\">{row.Name}</td></tr><tr>{value}</tr>"
                    : $"<tr><td class=\"name\">{row.Name}</td>{value}</tr>");
                html.Append(CultureInfo.InvariantCulture, $"<tr><td class=\"def\" colspan=\"2\">{HtmlEncode(row.Definition)}</td></tr>");
            }

            html.Append("</table></div>");
        }

        html.Append("</div>");
    }

    private static void Seed002(StringBuilder html, ProgramReport report)
    {
        html.Append("<h2>Seed 002 metrics</h2><div class=\"card\"><table><tr><th>id</th><th>metric</th><th>value</th><th>definition</th><th>note</th></tr>");
        foreach (var s in report.Seed002Metrics)
        {
            var value = MetricRows.Display(s);
            html.Append(CultureInfo.InvariantCulture, $"<tr><td class=\"name\">{s.Id}</td><td>{HtmlEncode(s.Name)}</td><td class=\"value{(s.Value is null ? " nodata" : "")}\" data-seed002=\"{s.Id}\">{HtmlEncode(value)}</td><td class=\"def\">{HtmlEncode(s.Definition)}</td><td class=\"def\">{HtmlEncode(s.Note ?? "")}</td></tr>");
        }

        html.Append("</table></div>");
    }

    private static string Title(string dimension) => dimension switch
    {
        MaturityTables.AssetManagement => "Asset management",
        MaturityTables.IncidentResponse => "Incident response",
        MaturityTables.RedTeaming => "Red teaming",
        _ => HtmlEncode(dimension),
    };
}
