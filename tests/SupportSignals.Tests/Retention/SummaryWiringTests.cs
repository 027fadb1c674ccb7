using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SupportSignals.Api;
using SupportSignals.Host;
using SupportSignals.Processing;
using SupportSignals.Retention;

namespace SupportSignals.Tests.Retention;

/// <summary>How the summary is wired into the pipeline and scheduled.</summary>
public sealed class SummaryWiringTests
{
    [Fact]
    public void The_summary_projections_run_after_every_projection_whose_rows_they_read()
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:ConnectionString"] = "UseDevelopmentStorage=true" });
        builder.AddSupportSignals();

        var order = builder.Services.Where(d => d.ServiceType == typeof(IEventProjection)).Select(d => d.ImplementationType?.Name).ToList();
        var facts = order.IndexOf(nameof(DailyFactsProjection));

        Assert.True(facts > 0);
        Assert.Contains(nameof(MrrChangeProjection), order);
        Assert.All(new[] { "CustomerProjection", "TicketProjection", "FeedbackProjection", "FeedbackAnalysisProjection" }.Where(order.Contains),
            reader => Assert.True(order.IndexOf(reader) < facts, $"{reader} must run before {nameof(DailyFactsProjection)}"));
    }

    [Fact]
    public void The_nightly_job_credits_matured_churn_saves_before_it_computes_a_day()
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:ConnectionString"] = "UseDevelopmentStorage=true" });
        builder.AddSupportSignals();

        Assert.Contains(builder.Services, d => d.ServiceType == typeof(INightlyStep) && d.ImplementationType == typeof(SupportSignals.Attribution.MaturedSavesStep));
    }

    [Fact]
    public void The_default_schedule_is_half_past_two_utc_every_night()
    {
        var schedule = SummaryScheduleService.Parse(new SummaryOptions().Schedule);

        Assert.Equal(new DateTimeOffset(2026, 11, 21, 2, 30, 0, TimeSpan.Zero),
            schedule.GetNextOccurrence(new DateTimeOffset(2026, 11, 20, 2, 30, 0, TimeSpan.Zero), TimeZoneInfo.Utc));
    }

    [Theory]
    [InlineData("2026-11-21T00:10:00Z", "2026-11-19")]
    [InlineData("2026-11-21T02:30:00Z", "2026-11-20")]
    [InlineData("2026-11-21T23:59:00Z", "2026-11-20")]
    public void A_host_starting_before_the_nights_run_does_not_summarise_yesterday_early(string now, string dueThrough)
    {
        var schedule = SummaryScheduleService.Parse(new SummaryOptions().Schedule);

        Assert.Equal(DateOnly.Parse(dueThrough, System.Globalization.CultureInfo.InvariantCulture),
            SummaryScheduleService.DueThrough(schedule, DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void A_five_field_schedule_is_refused_naming_the_setting()
    {
        var refused = Assert.Throws<InvalidOperationException>(() => SummaryScheduleService.Parse("30 2 * * *"));

        Assert.Contains("Summary__Schedule", refused.Message, StringComparison.Ordinal);
    }
}
