using System.Globalization;
using System.Text;

namespace AiSec.Program.Report;

/// <summary>The report as Markdown, for a review document: metrics with definitions, maturity with gaps, seed 002's metrics.</summary>
public static class MarkdownReport
{
    public static string Render(ProgramReport report)
    {
        var md = new StringBuilder();
        md.Append(CultureInfo.InvariantCulture, $"# AI security program report\n\nGenerated {report.GeneratedAt:yyyy-MM-dd HH:mm} UTC by AiSec Functions.\n\n");
        md.Append("## Maturity\n\n| dimension | level | score | gaps to next level |\n|---|---|---|---|\n");
        foreach (var m in report.Maturity)
        {
            var gaps = m.GapsToNextLevel.Count == 0 ? "top level reached" : string.Join("<br>", m.GapsToNextLevel.Select(Cell));
            md.Append(CultureInfo.InvariantCulture, $"| {m.Dimension} | {m.Level} {m.LevelName} | {m.Score:0.0} | {gaps} |\n");
        }

        md.Append("\nEvidence:\n\n");
        foreach (var m in report.Maturity)
        {
            md.Append(CultureInfo.InvariantCulture, $"- **{m.Dimension}**: {string.Join("; ", m.Evidence)}\n");
        }

        foreach (var group in MetricRows.For(report).GroupBy(r => r.Group))
        {
            md.Append(CultureInfo.InvariantCulture, $"\n## {group.Key}\n\n| metric | value | definition |\n|---|---|---|\n");
            foreach (var row in group)
            {
                md.Append(CultureInfo.InvariantCulture, $"| {row.Name} | {Cell(row.Display)} | {Cell(row.Definition)} |\n");
            }
        }

        md.Append("\n## Seed 002 metrics\n\n| id | metric | value | definition | note |\n|---|---|---|---|---|\n");
        foreach (var m in report.Seed002Metrics)
        {
            md.Append(CultureInfo.InvariantCulture, $"| {m.Id} | {m.Name} | {MetricRows.Display(m)} | {Cell(m.Definition)} | {Cell(m.Note ?? "")} |\n");
        }

        md.Append(CultureInfo.InvariantCulture, $"\nTrend snapshots in this report: {report.Trends.Count} day(s).\n");
        return md.ToString();
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
