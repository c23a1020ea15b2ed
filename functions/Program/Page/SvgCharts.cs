using System.Globalization;
using System.Text;
using static System.Net.WebUtility;

namespace AiSec.Program.Page;

/// <summary>
/// Server-rendered SVG charts (no script, no library, nothing fetched): a line chart and a stacked bar chart over
/// days. Every drawn value is an element with class <c>point</c> and a <c>data-value</c>, so a test can see what
/// was drawn, and a <c>title</c>, so a person can hover for the number.
/// </summary>
public static class SvgCharts
{
    private const int Width = 560;
    private const int Height = 200;
    private const int Left = 40;
    private const int Right = 10;
    private const int Top = 12;
    private const int Bottom = 28;

    public static string Line(string id, IReadOnlyList<string> days, IReadOnlyList<ChartSeries> series, double? fixedMax = null)
    {
        var max = Scale(fixedMax ?? series.SelectMany(s => s.Values).Max() ?? 0);
        var svg = Open(id, days, max);
        foreach (var s in series)
        {
            var points = s.Values.Select((v, i) => (v, i)).Where(p => p.v is not null).Select(p => (X: X(p.i, days.Count), Y: Y(p.v!.Value, max), Value: p.v!.Value, Day: days[p.i])).ToList();
            if (points.Count > 1)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<polyline class=\"series\" fill=\"none\" stroke=\"{s.Colour}\" stroke-width=\"2\" points=\"{string.Join(' ', points.Select(p => F(p.X) + "," + F(p.Y)))}\"/>");
            }

            foreach (var p in points)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<circle class=\"point\" data-series=\"{HtmlEncode(s.Name)}\" data-value=\"{F(p.Value)}\" cx=\"{F(p.X)}\" cy=\"{F(p.Y)}\" r=\"3\" fill=\"{s.Colour}\"><title>{HtmlEncode(s.Name)} {p.Day}: {F(p.Value)}</title></circle>");
            }
        }

        return Close(svg, series);
    }

    public static string StackedBars(string id, IReadOnlyList<string> days, IReadOnlyList<ChartSeries> series)
    {
        var totals = days.Select((_, i) => series.Sum(s => s.Values[i] ?? 0)).ToList();
        var max = Scale(totals.DefaultIfEmpty(0).Max());
        var svg = Open(id, days, max);
        var slot = (double)(Width - Left - Right) / Math.Max(1, days.Count);
        var barWidth = Math.Max(2, slot * 0.7);
        for (var i = 0; i < days.Count; i++)
        {
            double stacked = 0;
            foreach (var s in series)
            {
                if (s.Values[i] is not { } v || v <= 0)
                {
                    continue;
                }

                var top = Y(stacked + v, max);
                var bottom = Y(stacked, max);
                svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"point\" data-series=\"{HtmlEncode(s.Name)}\" data-value=\"{F(v)}\" x=\"{F(Left + (i * slot) + ((slot - barWidth) / 2))}\" y=\"{F(top)}\" width=\"{F(barWidth)}\" height=\"{F(bottom - top)}\" fill=\"{s.Colour}\"><title>{HtmlEncode(s.Name)} {days[i]}: {F(v)}</title></rect>");
                stacked += v;
            }
        }

        return Close(svg, series);
    }

    private static StringBuilder Open(string id, IReadOnlyList<string> days, double max)
    {
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg id=\"{id}\" class=\"chart\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" preserveAspectRatio=\"xMidYMid meet\">");
        for (var k = 0; k <= 4; k++)
        {
            var value = max * k / 4;
            var y = Y(value, max);
            svg.Append(CultureInfo.InvariantCulture, $"<line class=\"grid\" x1=\"{Left}\" x2=\"{Width - Right}\" y1=\"{F(y)}\" y2=\"{F(y)}\"/><text class=\"axis\" x=\"{Left - 6}\" y=\"{F(y + 3)}\" text-anchor=\"end\">{F(value)}</text>");
        }

        foreach (var i in LabelIndexes(days.Count))
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"axis\" x=\"{F(X(i, days.Count))}\" y=\"{Height - 8}\" text-anchor=\"middle\">{days[i][5..]}</text>");
        }

        return svg;
    }

    private static string Close(StringBuilder svg, IReadOnlyList<ChartSeries> series)
    {
        svg.Append("</svg><div class=\"legend\">");
        foreach (var s in series)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<span><i style=\"background:{s.Colour}\"></i>{HtmlEncode(s.Name)}</span>");
        }

        return svg.Append("</div>").ToString();
    }

    /// <summary>At most six date labels, first and last included.</summary>
    private static IEnumerable<int> LabelIndexes(int count) =>
        count == 0 ? [] : Enumerable.Range(0, 6).Select(k => (int)Math.Round((double)k * (count - 1) / 5)).Distinct();

    /// <summary>A round axis maximum above the data (1, 2, 5 × 10^n), never zero.</summary>
    private static double Scale(double max)
    {
        if (max <= 0)
        {
            return 1;
        }

        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(max)));
        return new[] { 1, 2, 2.5, 5, 10 }.Select(f => f * magnitude).First(v => v >= max);
    }

    private static double X(int index, int count) =>
        count <= 1 ? Left + ((Width - Left - Right) / 2.0) : Left + ((Width - Left - Right) * (index + 0.5) / count);

    private static double Y(double value, double max) => Top + ((Height - Top - Bottom) * (1 - (value / max)));

    private static string F(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
