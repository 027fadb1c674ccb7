using SupportSignals.Events;
using SupportSignals.Retention;
using SupportSignals.Sentiment;
using static SupportSignals.Tests.Retention.SummaryDataSet;

namespace SupportSignals.Tests.Retention;

/// <summary>
/// The summary of <see cref="SummaryDataSet"/> for 2026-11-20, against figures worked out by hand (the working is
/// in the comments). Month to date = Nov 1–20 (previous: October), trailing 30 = Oct 22–Nov 20, 90 = Aug 23–Nov 20.
/// </summary>
public sealed class SummaryFiguresTests
{
    private const double Precision = 9;

    private static async Task<DailySummary> SummaryAsync() => (await (await LoadAsync()).Job.RunAsync(Day)).Summary;

    [Fact]
    public async Task Month_to_date_retention_counts_the_starting_cohort_per_currency()
    {
        var r = (await SummaryAsync()).Period(SummaryPeriod.MonthToDate)!.Retention;

        // Customers on Nov 1: a1 a2 a3 a7 (EUR), a4 a5 (USD); a6 joined Nov 8 and does not count. a3 churned; a2
        // churned and came back (retained, flat); a5 is past due (not churn); a1 rose 100→150; a4 fell 300→200.
        Assert.Equal((6, 5, 1, 1, 1), (r.StartingCustomers, r.RetainedCustomers, r.ChurnedCustomers, r.UpgradedCustomers, r.DowngradedCustomers));
        Assert.Equal(5.0 / 6, r.LogoRetention!.Value, Precision);
        Assert.Equal(1.0 / 6, r.UpgradeRate!.Value, Precision);
        Assert.Equal(1.0 / 6, r.DowngradeRate!.Value, Precision);

        var eur = r.Revenue.Single(x => x.Currency == "EUR");
        Assert.Equal((4, 45_000L, 5_000L, 0L, 5_000L), (eur.Customers, eur.StartingMrr, eur.ExpansionMrr, eur.ContractionMrr, eur.ChurnedMrr));
        Assert.Equal(40_000.0 / 45_000, eur.Grr!.Value, Precision);
        Assert.Equal(1.0, eur.Nrr!.Value, Precision);
        var usd = r.Revenue.Single(x => x.Currency == "USD");
        Assert.Equal((2, 38_000L, 0L, 10_000L, 0L), (usd.Customers, usd.StartingMrr, usd.ExpansionMrr, usd.ContractionMrr, usd.ChurnedMrr));
        Assert.Equal(28_000.0 / 38_000, usd.Grr!.Value, Precision);
        Assert.Equal(28_000.0 / 38_000, usd.Nrr!.Value, Precision);
        Assert.Equal(["EUR", "USD"], r.Revenue.Select(x => x.Currency));
    }

    [Fact]
    public async Task The_day_and_the_trailing_windows_each_have_their_own_cohort()
    {
        var summary = await SummaryAsync();

        // Nov 20 starts with a1 a2 a4 a5 a6 a7 (a3 gone); a4's downgrade that day is the only movement.
        var day = summary.Period(SummaryPeriod.Day)!.Retention;
        Assert.Equal((6, 6, 0, 1), (day.StartingCustomers, day.RetainedCustomers, day.UpgradedCustomers, day.DowngradedCustomers));
        Assert.Equal(37_000.0 / 47_000, day.Revenue.Single(x => x.Currency == "USD").Grr!.Value, Precision);
        // Aug 23: only a7 was a customer.
        var d90 = summary.Period(SummaryPeriod.Trailing90)!.Retention;
        Assert.Equal((1, 1.0), (d90.StartingCustomers, d90.LogoRetention!.Value));
        // Oct 22: the same cohort as Nov 1.
        Assert.Equal(Json(summary.Period(SummaryPeriod.MonthToDate)!.Retention), Json(summary.Period(SummaryPeriod.Trailing30)!.Retention));
    }

    [Fact]
    public async Task Retention_is_broken_down_by_plan_and_region()
    {
        var mtd = (await SummaryAsync()).Period(SummaryPeriod.MonthToDate)!;

        // starter: a2 (back), a3 (churned), a5 (past due); EU: a1 a2 a3 a7.
        var starter = mtd.Segments.Single(s => s.Segment == "plan:starter").Retention;
        Assert.Equal((3, 2), (starter.StartingCustomers, starter.RetainedCustomers));
        var eu = mtd.Segments.Single(s => s.Segment == "region:EU").Retention;
        Assert.Equal((4, 3), (eu.StartingCustomers, eu.RetainedCustomers));
        Assert.Equal(["EUR"], eu.Revenue.Select(x => x.Currency));
    }

    [Fact]
    public async Task Nps_counts_each_response_once_on_the_day_it_was_first_given()
    {
        var summary = await SummaryAsync();

        // Nov 20: r2 (9; score then comment is one response). r6's score, given Nov 19 but delivered after its
        // Nov 20 comment, moves the response to Nov 19.
        Assert.Equal(new NpsFigures(1, 0, 0), summary.Period(SummaryPeriod.Day)!.Nps);
        Assert.Equal(100.0, summary.Period(SummaryPeriod.Day)!.Nps.Score);
        // Month to date: r1 10, r3 7, r4 3, r2 9, r6 10 → (3 − 1) / 5 = 40.
        Assert.Equal(new NpsFigures(3, 1, 1), summary.Period(SummaryPeriod.MonthToDate)!.Nps);
        Assert.Equal(40.0, summary.Period(SummaryPeriod.MonthToDate)!.Nps.Score!.Value, Precision);
        // Trailing 30 adds r5 (6, Oct 25) → (3 − 2) / 6.
        Assert.Equal(100.0 / 6, summary.Period(SummaryPeriod.Trailing30)!.Nps.Score!.Value, Precision);
        // plan:starter month to date: r4 (a3) and r2 (a2) → (1 − 1) / 2 = 0.
        Assert.Equal(0.0, summary.Period(SummaryPeriod.MonthToDate)!.Segments.Single(s => s.Segment == "plan:starter").Nps.Score);
    }

    [Fact]
    public async Task Csat_counts_a_changed_rating_once_at_its_latest_value()
    {
        var summary = await SummaryAsync();

        // c1 good, c2 bad, c4 bad then good (counts once, good, on Nov 8), c3 good on Nov 20.
        Assert.Equal(new CsatFigures(3, 4), summary.Period(SummaryPeriod.MonthToDate)!.Csat);
        Assert.Equal(75.0, summary.Period(SummaryPeriod.MonthToDate)!.Csat.Percent!.Value, Precision);
        Assert.Equal(new CsatFigures(1, 1), summary.Period(SummaryPeriod.Day)!.Csat);
    }

    [Fact]
    public async Task Response_and_resolution_times_follow_the_definitions()
    {
        var summary = await SummaryAsync();
        var day = summary.Period(SummaryPeriod.Day)!.Times;

        // First public replies on Nov 20: t1 1 h, t2 2.5 h (created the evening before), t4 1 h (its internal note
        // does not count) → [3600, 3600, 9000]: median 3600, p90 3600 + 0.8 × 5400.
        AssertDistribution((3, 3600, 7920), day.FirstResponse);
        // First solved on Nov 20: t1 4 h, t2 4 h, t3 48 h → median 14400, p90 14400 + 0.8 × 158400.
        AssertDistribution((3, 14400, 141120), day.FirstResolution);
        // Last solved, still solved: t1 4 h, t2 12 h (reopened, solved again); t3 is open again → median 28800.
        AssertDistribution((2, 28800, 40320), day.FullResolution);
        // Month to date adds t3's first reply (30 min, Nov 18) → [1800, 3600, 3600, 9000].
        AssertDistribution((4, 3600, 7380), summary.Period(SummaryPeriod.MonthToDate)!.Times.FirstResponse);
    }

    [Fact]
    public async Task Service_share_of_nps_comments_with_polarity_categories_and_change_from_the_previous_month()
    {
        var service = (await SummaryAsync()).Period(SummaryPeriod.MonthToDate)!.Service;

        // NPS comments Nov 1–20: r1 [speed+], r3 [knowledge-], r4 [speed-][friendly+], r2 (none), r6 [knowledge+].
        Assert.Equal((5, 4), (service.Nps.Comments, service.Nps.WithService));
        Assert.Equal(0.8, service.Nps.Share!.Value, Precision);
        Assert.Equal(new PolarityCounts(2, 1, 1, 0), service.Nps.Polarity);
        // October: r5 [speed-] alone → 100 %; so −20 pp.
        Assert.Equal((1, 1), (service.Nps.PreviousComments, service.Nps.PreviousWithService));
        Assert.Equal(-20.0, service.Nps.ChangePoints!.Value, Precision);

        var speed = service.Nps.Categories.Single(c => c.Category == ServiceCategory.Speed);
        Assert.Equal(new PolarityCounts(1, 1, 0, 0), speed.Polarity);
        Assert.Equal((0.4, 1.0), (speed.Share!.Value, speed.PreviousShare!.Value));
        Assert.Equal(-60.0, speed.ChangePoints!.Value, Precision);
        var knowledge = service.Nps.Categories.Single(c => c.Category == ServiceCategory.Knowledge);
        Assert.Equal(40.0, knowledge.ChangePoints!.Value, Precision);

        // Promoters r1 r2 r6: r1 and r6 praise service. Detractor r4 blames it (and praises kindness: mixed).
        Assert.Equal(2, service.PromotersPraising);
        Assert.Equal(2.0 / 3, service.PromotersPraisingShare!.Value, Precision);
        Assert.Equal((1, 1.0), (service.DetractorsBlaming, service.DetractorsBlamingShare!.Value));
    }

    [Fact]
    public async Task Reviews_are_counted_apart_and_a_deleted_review_not_at_all()
    {
        var service = (await SummaryAsync()).Period(SummaryPeriod.MonthToDate)!.Service;

        // rv1 [friendly+], rv2 (none); rv3 was deleted. No reviews in October: no change to report.
        Assert.Equal((2, 1, 0.5), (service.Reviews.Comments, service.Reviews.WithService, service.Reviews.Share!.Value));
        Assert.Null(service.Reviews.PreviousShare);
        Assert.Null(service.Reviews.ChangePoints);
        // Praised: friendliness (r4, rv1), then speed (r1) and knowledge (r6); blamed: speed (r4), knowledge (r3).
        Assert.Equal([new(ServiceCategory.Friendliness, 2), new(ServiceCategory.Speed, 1), new(ServiceCategory.Knowledge, 1)], service.TopPraised);
        Assert.Equal([new(ServiceCategory.Speed, 1), new(ServiceCategory.Knowledge, 1)], service.TopBlamed);
    }

    [Fact]
    public async Task Sql_funnel_by_flag_cohort_as_of_the_period_end_and_saves_by_credit_date()
    {
        var summary = await SummaryAsync();
        var mtd = summary.Period(SummaryPeriod.MonthToDate)!;

        // Flagged Nov 1–20: s1 (accepted, won EUR 50), s2 (accepted, lost), s3 (open), s4 (won without a recorded acceptance, USD 30).
        Assert.Equal((4, 3, 2, 1), (mtd.Sqls.Flagged, mtd.Sqls.Accepted, mtd.Sqls.Won, mtd.Sqls.Lost));
        Assert.Equal((0.5, 2.0 / 3), (mtd.Sqls.WonPerFlagged!.Value, mtd.Sqls.WonPerAccepted!.Value));
        Assert.Equal([new Money(5_000, "EUR"), new Money(3_000, "USD")], mtd.Sqls.WonMrr);
        // Trailing 30 adds s5 (flagged Oct 25, won EUR 20).
        var d30 = summary.Period(SummaryPeriod.Trailing30)!.Sqls;
        Assert.Equal((5, 4, 3), (d30.Flagged, d30.Accepted, d30.Won));
        Assert.Equal([new Money(7_000, "EUR"), new Money(3_000, "USD")], d30.WonMrr);
        // Nothing was flagged on Nov 20: no conversion to report (not 0 %).
        Assert.Null(summary.Period(SummaryPeriod.Day)!.Sqls.WonPerFlagged);

        // churn_save credits: cs1 Nov 14 (EUR 200), cs2 Nov 20 (USD 80); the sql_won credit is not a save.
        Assert.Equal(2, mtd.Saves.Count);
        Assert.Equal([new Money(20_000, "EUR"), new Money(8_000, "USD")], mtd.Saves.Mrr);
        Assert.Equal(1, summary.Period(SummaryPeriod.Day)!.Saves.Count);
        Assert.Equal([new Money(8_000, "USD")], summary.Period(SummaryPeriod.Day)!.Saves.Mrr);
    }

    [Fact]
    public async Task A_day_with_no_events_reports_no_figures_rather_than_zeros()
    {
        var world = await LoadAsync();
        world.SetNow(At(11, 22, 2, 30));

        var day = (await world.Job.RunAsync(Day.AddDays(1))).Summary.Period(SummaryPeriod.Day)!;

        Assert.Equal((0, null), (day.Nps.Responses, day.Nps.Score));
        Assert.Equal((0, null), (day.Csat.Ratings, day.Csat.Percent));
        Assert.Equal(new Distribution(0, null, null), day.Times.FirstResponse);
        Assert.Null(day.Service.Nps.Share);
        // Nov 21 starts with a1 a2 a4 a5 a6 a7 and nothing moves.
        Assert.Equal((6, 1.0, 0.0), (day.Retention.StartingCustomers, day.Retention.LogoRetention!.Value, day.Retention.UpgradeRate!.Value));
    }

    [Fact]
    public async Task With_no_data_at_all_every_figure_is_absent()
    {
        var world = new SummaryWorld();
        world.SetNow(At(11, 21, 2, 30));

        var summary = (await world.Job.RunAsync(Day)).Summary;

        Assert.All(summary.Periods, p =>
        {
            Assert.Equal(0, p.Retention.StartingCustomers);
            Assert.Null(p.Retention.LogoRetention);
            Assert.Empty(p.Retention.Revenue);
            Assert.Null(p.Nps.Score);
            Assert.Null(p.Csat.Percent);
            Assert.Null(p.Sqls.WonPerAccepted);
            Assert.Empty(p.Segments);
        });
    }

    [Fact]
    public async Task The_figures_do_not_depend_on_the_order_events_arrive_in_nor_on_redelivery()
    {
        var inOrder = await SummaryAsync();
        var reversedWorld = await LoadAsync(reversed: true);
        await reversedWorld.ProcessAsync([.. All()]);
        reversedWorld.SetNow(At(11, 21, 2, 30));

        var reversed = (await reversedWorld.Job.RunAsync(Day)).Summary;

        Assert.Equal(SummaryJson.Fingerprint(inOrder), SummaryJson.Fingerprint(reversed));
    }

    private static string Json<T>(T value) => System.Text.Json.JsonSerializer.Serialize(value, SummaryJson.Options);

    private static void AssertDistribution((int Count, double Median, double P90) expected, Distribution actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        Assert.Equal(expected.Median, actual.MedianSeconds!.Value, Precision);
        Assert.Equal(expected.P90, actual.P90Seconds!.Value, Precision);
    }
}
