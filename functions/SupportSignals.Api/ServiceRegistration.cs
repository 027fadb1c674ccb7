using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SupportSignals.Api.Advocates;
using SupportSignals.Api.Leads;
using SupportSignals.Api.Sentiment;
using SupportSignals.Api.Summaries;
using SupportSignals.Api.Webhooks;
using SupportSignals.Attribution;
using SupportSignals.Azure.Intake;
using SupportSignals.Azure.Processing;
using SupportSignals.Azure.Storage;
using SupportSignals.Customers;
using SupportSignals.Events;
using SupportSignals.Feedback;
using SupportSignals.Intake;
using SupportSignals.Leads;
using SupportSignals.Processing;
using SupportSignals.Sentiment;
using SupportSignals.Storage;
using SupportSignals.Tickets;
using SupportSignals.Webhooks;
using SupportSignals.Webhooks.Front;
using SupportSignals.Webhooks.HubSpot;

namespace SupportSignals.Api;

/// <summary>The whole pipeline's wiring, shared by the local host and the Functions app.</summary>
public static class ServiceRegistration
{
    public static IHostApplicationBuilder AddSupportSignals(this IHostApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var services = builder.Services;

        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(new StorageClients(StorageOptionsFrom(configuration)));
        services.AddSingleton(configuration.GetSection("Processing").Get<ConsumerOptions>() ?? new ConsumerOptions());
        var sourceOptions = SourceOptionsFrom(configuration);
        services.AddSingleton(new WebhookSources(KnownSources.All, sourceOptions));
        var hubSpot = sourceOptions.GetValueOrDefault(HubSpotSource.SourceName);
        services.AddHttpClient(HubSpotCrmClient.ClientName, http => http.Timeout = TimeSpan.FromSeconds(10));
        services.AddSingleton<IHubSpotCrm>(sp => new HubSpotCrmClient(sp.GetRequiredService<IHttpClientFactory>(), hubSpot));
        services.AddSingleton<IEventCompletion>(sp => new HubSpotCompletion(sp.GetRequiredService<IHubSpotCrm>(), hubSpot));
        var front = sourceOptions.GetValueOrDefault(FrontSource.SourceName);
        services.AddHttpClient(FrontContactsClient.ClientName, http => http.Timeout = TimeSpan.FromSeconds(10));
        services.AddSingleton<IFrontContacts>(sp => new FrontContactsClient(sp.GetRequiredService<IHttpClientFactory>(), front));
        services.AddSingleton<IEventCompletion>(sp => new FrontCompletion(sp.GetRequiredService<IFrontContacts>(), sp.GetRequiredService<IRecordStore<ContactState>>(), front));

        services.AddRecordTable<StoredEvent>("Events");
        services.AddRecordTable<AccountState>("Accounts");
        services.AddRecordTable<ContactState>("Contacts");
        services.AddRecordTable<TicketState>("Tickets");
        services.AddRecordTable<NpsResponse>("NpsResponses");
        services.AddRecordTable<CsatRating>("CsatRatings");
        services.AddRecordTable<Review>("Reviews");
        services.AddRecordTable<FeedbackAnalysis>(FeedbackAnalysis.TableName);
        services.AddRecordTable<ServiceQualifiedLead>(ServiceQualifiedLead.TableName);
        services.AddRecordTable<AttributionRecord>(AttributionRecord.TableName);

        services.AddSingleton<IInbox, TableInbox>();
        services.AddSingleton<IDeliveryArchive, BlobDeliveryArchive>();
        services.AddSingleton<StorageEventQueue>();
        services.AddSingleton<IEventQueue>(sp => sp.GetRequiredService<StorageEventQueue>());
        services.AddSingleton<IPoisonStore>(sp => TablePoisonStore.On(sp.GetRequiredService<StorageClients>().Table(TablePoisonStore.TableName)));

        // Projections run in this order for each event.
        services.AddSingleton<IEventProjection, EventLogProjection>();
        services.AddSingleton<IEventProjection, CustomerProjection>();
        services.AddSingleton<IEventProjection, TicketProjection>();
        services.AddSingleton<IEventProjection, FeedbackProjection>();
        services.AddSentiment(configuration);
        services.AddLeads(configuration);
        services.AddAdvocates(configuration);

        services.AddSingleton<EventProcessor>();
        services.AddSingleton<QueueMessageHandler>();
        services.AddSingleton<StorageQueueConsumer>();
        services.AddSingleton<EventAdmission>();
        services.AddSingleton<WebhookIntake>();
        services.AddSingleton<PoisonReplay>();

        services.AddSummary(configuration);
        return builder;
    }

    public static IServiceCollection AddRecordTable<T>(this IServiceCollection services, string tableName) where T : class =>
        services.AddSingleton<IRecordStore<T>>(sp => new TableRecordStore<T>(sp.GetRequiredService<StorageClients>().Table(tableName)));

    private static StorageOptions StorageOptionsFrom(IConfiguration configuration)
    {
        var options = configuration.GetSection("Storage").Get<StorageOptions>() ?? new StorageOptions();
        options.ClientId ??= configuration["Identity:ClientId"];
        options.EventsQueue = configuration["Queues:Events"] is { Length: > 0 } queue ? queue : options.EventsQueue;
        return options;
    }

    private static Dictionary<string, SourceOptions> SourceOptionsFrom(IConfiguration configuration) =>
        configuration.GetSection("Webhooks").GetChildren()
            .Where(section => section.GetChildren().Any())
            .ToDictionary(section => section.Key, section => section.Get<SourceOptions>() ?? new SourceOptions(), StringComparer.OrdinalIgnoreCase);
}
