using System.Globalization;
using System.Net;
using System.Text;

namespace SupportSignals.Api.Summaries;

/// <summary>A point of a line chart; <see cref="Href"/> is where clicking it goes.</summary>
public sealed record ChartPoint(string Label, double? Value, string? Href);

public sealed record ChartSeries(string Name, IReadOnlyList<ChartPoint> Points);

public sealed record ChartBar(string Label, double Value, string Caption, string? Href);

/// <summary>
/// Inline SVG charts rendered on the server: no script, no external resource, so a saved or forwarded page draws
/// the same offline. Every mark carries a tooltip (<c>&lt;title&gt;</c>) and, where given, a link to its records.
/// </summary>
public static class SvgChart
{
    private const int Width = 560;
    private const int Height = 240;
    private const int Left = 48;
    private const int Right = 170;
    private const int Top = 16;
    private const int Bottom = 28;
    private static readonly string[] Colors = ["#1f6feb", "#d1242f", "#1a7f37", "#9a6700", "#8250df", "#bf3989", "#0550ae", "#953800"];
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Lines(string title, IReadOnlyList<ChartSeries> series, Func<double, string> format, double? floor = null, double? ceiling = null)
    {
        var values = series.SelectMany(s => s.Points).Select(p => p.Value).OfType<double>().ToList();
        var svg = Open(title, "line-chart");
        if (values.Count == 0) return Empty(svg);
        var (min, max, step) = Scale(Math.Min(values.Min(), floor ?? values.Min()), Math.Max(values.Max(), ceiling ?? values.Max()));
        var count = series.Max(s => s.Points.Count);
        double X(int i) => Left + (count == 1 ? (Width - Left - Right) / 2.0 : i * (Width - Left - Right) / (double)(count - 1));
        double Y(double v) => Top + ((max - v) / (max - min) * (Height - Top - Bottom));

        for (var v = min; v <= max + (step / 2); v += step)
        {
            svg.Append($"<line class=\"grid\" x1=\"{Left}\" x2=\"{Width - Right}\" y1=\"{N(Y(v))}\" y2=\"{N(Y(v))}\"/>")
               .Append($"<text class=\"axis\" x=\"{Left - 4}\" y=\"{N(Y(v) + 4)}\" text-anchor=\"end\">{H(format(v))}</text>");
        }
        var labels = series.OrderByDescending(s => s.Points.Count).First().Points;
        foreach (var i in new[] { 0, labels.Count / 2, labels.Count - 1 }.Distinct())
            svg.Append($"<text class=\"axis\" x=\"{N(X(i))}\" y=\"{Height - 8}\" text-anchor=\"middle\">{H(labels[i].Label)}</text>");

        for (var s = 0; s < series.Count; s++)
        {
            var color = Colors[s % Colors.Length];
            var points = series[s].Points;
            // A gap (no value that day) breaks the line rather than drawing through zero.
            foreach (var run in Runs(points))
                svg.Append($"<polyline fill=\"none\" stroke=\"{color}\" stroke-width=\"2\" points=\"{string.Join(' ', run.Select(i => $"{N(X(i))},{N(Y(points[i].Value!.Value))}"))}\"/>");
            for (var i = 0; i < points.Count; i++)
            {
                if (points[i].Value is not { } v) continue;
                var dot = $"<circle cx=\"{N(X(i))}\" cy=\"{N(Y(v))}\" r=\"3\" fill=\"{color}\"><title>{H($"{series[s].Name}, {points[i].Label}: {format(v)}")}</title></circle>";
                svg.Append(points[i].Href is { } href ? $"<a href=\"{H(href)}\">{dot}</a>" : dot);
            }
            svg.Append($"<rect x=\"{Width - Right + 12}\" y=\"{Top + (s * 18)}\" width=\"10\" height=\"10\" fill=\"{color}\"/>")
               .Append($"<text class=\"legend\" x=\"{Width - Right + 28}\" y=\"{Top + (s * 18) + 9}\">{H(series[s].Name)}</text>");
        }
        return svg.Append("</svg>").ToString();
    }

    public static string Bars(string title, IReadOnlyList<ChartBar> bars)
    {
        var svg = Open(title, "bar-chart");
        if (bars.Count == 0) return Empty(svg);
        var max = Math.Max(1, bars.Max(b => b.Value));
        var row = (Height - Top - Bottom) / (double)bars.Count;
        for (var i = 0; i < bars.Count; i++)
        {
            var bar = bars[i];
            var y = Top + (i * row);
            var width = Math.Max(1, bar.Value / max * (Width - Left - Right - 60));
            var rect = $"<rect x=\"{Left + 60}\" y=\"{N(y + 3)}\" width=\"{N(width)}\" height=\"{N(row - 6)}\" fill=\"{Colors[i % Colors.Length]}\"><title>{H($"{bar.Label}: {bar.Caption}")}</title></rect>";
            svg.Append($"<text class=\"axis\" x=\"{Left + 54}\" y=\"{N(y + (row / 2) + 4)}\" text-anchor=\"end\">{H(bar.Label)}</text>")
               .Append(bar.Href is { } href ? $"<a href=\"{H(href)}\">{rect}</a>" : rect)
               .Append($"<text class=\"value\" x=\"{N(Left + 66 + width)}\" y=\"{N(y + (row / 2) + 4)}\">{H(bar.Caption)}</text>");
        }
        return svg.Append("</svg>").ToString();
    }

    private static StringBuilder Open(string title, string kind) =>
        new($"<svg class=\"chart {kind}\" role=\"img\" viewBox=\"0 0 {Width} {Height}\" width=\"{Width}\" height=\"{Height}\" xmlns=\"http://www.w3.org/2000/svg\"><title>{H(title)}</title>");

    private static string Empty(StringBuilder svg) =>
        svg.Append($"<text class=\"axis\" x=\"{Width / 2}\" y=\"{Height / 2}\" text-anchor=\"middle\">no data yet</text></svg>").ToString();

    /// <summary>An axis from a round number to a round number in about four round steps (1, 2, 2.5 or 5 × 10ⁿ).</summary>
    private static (double Min, double Max, double Step) Scale(double min, double max)
    {
        if (max - min < 1e-9) (min, max) = (min - 1, max + 1);
        var rough = (max - min) / 4;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        var step = new[] { 1, 2, 2.5, 5, 10 }.Select(f => f * magnitude).First(s => s >= rough);
        return (Math.Floor(min / step) * step, Math.Ceiling(max / step) * step, step);
    }

    private static IEnumerable<List<int>> Runs(IReadOnlyList<ChartPoint> points)
    {
        var run = new List<int>();
        for (var i = 0; i < points.Count; i++)
        {
            if (points[i].Value is not null) { run.Add(i); continue; }
            if (run.Count > 0) yield return run;
            run = [];
        }
        if (run.Count > 0) yield return run;
    }

    private static string N(double value) => value.ToString("0.#", Invariant);

    private static string H(string text) => WebUtility.HtmlEncode(text);
}
