using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SupportSignals.Azure.Storage;
using SupportSignals.Customers;
using SupportSignals.Processing;
using SupportSignals.Retention;

namespace SupportSignals.Api.Summaries;

public static class SummaryRegistration
{
    /// <summary>
    /// The nightly summary: its projections (after every other: they read what the others write), tables, job and
    /// digest. Settings: <c>Summary__*</c>. Other areas add <see cref="INightlyStep"/>s with
    /// <c>services.AddSingleton&lt;INightlyStep, …&gt;()</c>.
    /// </summary>
    public static IServiceCollection AddSummary(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(configuration.GetSection("Summary").Get<SummaryOptions>() ?? new SummaryOptions());

        services.AddRecordTable<DailyFact>(DailyFact.TableName);
        services.AddRecordTable<MrrChange>(MrrChange.TableName);
        services.AddRecordTable<DayMark>(DayMark.TableName);
        services.AddRecordTable<FactEntity<NpsInputs>>(FactEntity<NpsInputs>.TableName);
        services.AddRecordTable<FactEntity<CsatInputs>>(FactEntity<CsatInputs>.TableName);
        services.AddRecordTable<FactEntity<TicketInputs>>(FactEntity<TicketInputs>.TableName);
        services.AddRecordTable<FactEntity<FeedbackInputs>>(FactEntity<FeedbackInputs>.TableName);
        services.AddRecordTable<SnapshotBuild>(CohortSnapshots.TableName);
        services.AddRecordTable<DayRollup>(DayRollup.TableName);
        services.AddRecordTable<DurationChunk>(DayRollup.TableName);
        services.AddRecordTable<SummaryPart>(SummaryArchive.TableName);
        services.AddRecordTable<LeaseRecord>(JobLease.TableName);

        services.AddSingleton<DayMarks>();
        services.AddSingleton(typeof(FactFiling<>));
        services.AddSingleton<IEventProjection, MrrChangeProjection>();
        services.AddSingleton<IEventProjection, DailyFactsProjection>();

        // Snapshots hold AccountState rows like the Accounts table, in a table of their own.
        services.AddSingleton(sp => ActivatorUtilities.CreateInstance<CohortSnapshots>(sp,
            new TableRecordStore<AccountState>(sp.GetRequiredService<StorageClients>().Table(CohortSnapshots.TableName))));
        services.AddSingleton<DayRollups>();
        services.AddSingleton<SummaryArchive>();
        services.AddSingleton<JobLease>();
        services.AddSingleton<SummaryJob>();
        services.AddHttpClient<IDigestSender, WebhookDigestSender>(http => http.Timeout = TimeSpan.FromSeconds(10));
        return services;
    }
}
