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
    public void The_default_schedule_is_half_past_two_utc_every_night()
    {
        var schedule = SummaryScheduleService.Parse(new SummaryOptions().Schedule);

        Assert.Equal(new DateTimeOffset(2026, 11, 21, 2, 30, 0, TimeSpan.Zero),
            schedule.GetNextOccurrence(new DateTimeOffset(2026, 11, 20, 2, 30, 0, TimeSpan.Zero), TimeZoneInfo.Utc));
    }

    [Fact]
    public void A_five_field_schedule_is_refused_naming_the_setting()
    {
        var refused = Assert.Throws<InvalidOperationException>(() => SummaryScheduleService.Parse("30 2 * * *"));

        Assert.Contains("Summary__Schedule", refused.Message, StringComparison.Ordinal);
    }
}
