using System.Text;
using static SupportSignals.Retention.FigureFormat;

namespace SupportSignals.Retention;

/// <summary>A summary as plain text: the whole of it (the demo, logs) or a few lines (the chat digest).</summary>
public static class SummaryText
{
    public static string Render(DailySummary summary)
    {
        var text = new StringBuilder($"SupportSignals summary for {DayKeys.Iso(summary.Date)} (UTC)\n");
        foreach (var period in summary.Periods)
        {
            text.Append('\n').Append("== ").Append(Period(period)).Append('\n');
            foreach (var line in Lines(period)) text.Append("   ").Append(line).Append('\n');
        }
        return text.ToString();
    }

    /// <summary>The trailing-30-day headline figures, for a chat channel.</summary>
    public static string Digest(DailySummary summary, string? pageUrl)
    {
        var period = summary.Period(SummaryPeriod.Trailing30) ?? summary.Periods[^1];
        var text = new StringBuilder($"SupportSignals, {DayKeys.Iso(summary.Date)}: {Period(period)}\n");
        foreach (var line in Lines(period).Take(6)) text.Append("• ").Append(line).Append('\n');
        if (pageUrl is not null) text.Append("Full summary: ").Append(pageUrl).Append('\n');
        return text.ToString();
    }

    private static IEnumerable<string> Lines(PeriodSummary p)
    {
        var r = p.Retention;
        yield return $"Logo retention {Percent(r.LogoRetention)} ({r.RetainedCustomers} of {r.StartingCustomers} customers), " +
                     $"upgrades {Percent(r.UpgradeRate)}, downgrades {Percent(r.DowngradeRate)}";
        foreach (var revenue in r.Revenue)
            yield return $"{revenue.Currency}: NRR {Percent(revenue.Nrr)}, GRR {Percent(revenue.Grr)} " +
                         $"(start {Amount(new(revenue.StartingMrr, revenue.Currency))}, +{Amount(new(revenue.ExpansionMrr, revenue.Currency))} expansion, " +
                         $"-{Amount(new(revenue.ContractionMrr, revenue.Currency))} contraction, -{Amount(new(revenue.ChurnedMrr, revenue.Currency))} churned)";
        yield return $"Churn saves {p.Saves.Count} ({Amounts(p.Saves.Mrr)} MRR); SQLs {p.Sqls.Flagged} flagged, {p.Sqls.Accepted} accepted, " +
                     $"{p.Sqls.Won} won, {p.Sqls.Lost} lost (won/flagged {Percent(p.Sqls.WonPerFlagged)}, won/accepted {Percent(p.Sqls.WonPerAccepted)}; {Amounts(p.Sqls.WonMrr)} MRR)";
        yield return $"NPS {Score(p.Nps.Score)} ({p.Nps.Promoters} promoters, {p.Nps.Passives} passives, {p.Nps.Detractors} detractors); " +
                     $"CSAT {Percent(p.Csat.Percent / 100)} of {p.Csat.Ratings}";
        yield return $"Service in {Percent(p.Service.Nps.Share)} of NPS comments ({Points(p.Service.Nps.ChangePoints)}) and {Percent(p.Service.Reviews.Share)} of reviews " +
                     $"({Points(p.Service.Reviews.ChangePoints)}); promoters praising it {Percent(p.Service.PromotersPraisingShare)}, detractors blaming it {Percent(p.Service.DetractorsBlamingShare)}";
        yield return $"First response median {Duration(p.Times.FirstResponse.MedianSeconds)} (p90 {Duration(p.Times.FirstResponse.P90Seconds)}), " +
                     $"first resolution {Duration(p.Times.FirstResolution.MedianSeconds)} (p90 {Duration(p.Times.FirstResolution.P90Seconds)}), " +
                     $"full resolution {Duration(p.Times.FullResolution.MedianSeconds)} (p90 {Duration(p.Times.FullResolution.P90Seconds)})";
        if (p.Service.TopPraised.Count > 0 || p.Service.TopBlamed.Count > 0)
            yield return $"Praised: {Categories(p.Service.TopPraised)}; blamed: {Categories(p.Service.TopBlamed)}";
    }

    private static string Categories(IReadOnlyList<CategoryTally> tallies) =>
        tallies.Count == 0 ? "nothing" : string.Join(", ", tallies.Select(t => $"{CategoryNames.Of(t.Category)} ({t.Comments})"));
}
