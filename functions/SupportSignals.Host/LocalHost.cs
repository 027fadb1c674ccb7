using SupportSignals.Api;
using SupportSignals.Api.Advocates;
using SupportSignals.Api.Health;
using SupportSignals.Api.Leads;
using SupportSignals.Api.Privacy;
using SupportSignals.Api.Problems;
using SupportSignals.Api.Processing;
using SupportSignals.Api.Sentiment;
using SupportSignals.Api.Summaries;
using SupportSignals.Api.Webhooks;
using SupportSignals.Webhooks;

namespace SupportSignals.Host;

/// <summary>The local host: the shared pipeline, its hosted services, and the same routes as the Functions app.</summary>
public static class LocalHost
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        var settingsFile = builder.Configuration["SettingsFile"] ?? Path.Combine(Directory.GetCurrentDirectory(), "local.settings.json");
        // Precedence, lowest first: local.settings.json, then environment variables, then the command line.
        builder.Configuration.Sources.Insert(0, new Microsoft.Extensions.Configuration.Memory.MemoryConfigurationSource());
        var withLocal = new ConfigurationBuilder().AddLocalSettings(settingsFile).Sources;
        foreach (var source in withLocal) builder.Configuration.Sources.Insert(0, source);

        builder.AddSupportSignals();
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<StorageOutageHandler>();
        // Intake and processing can run as separate instances: Processing__Enabled=false runs intake only.
        if (builder.Configuration.GetValue("Processing:Enabled", true)) builder.Services.AddHostedService<QueueConsumerService>();
        builder.Services.AddHostedService<SummaryScheduleService>();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = null);

        var app = builder.Build();
        _ = app.Services.GetRequiredService<WebhookSources>();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        Map(app);
        return app;
    }

    private static void Map(WebApplication app)
    {
        var api = app.MapGroup("/api");
        api.MapPost("/webhooks/{source}", WebhookEndpoint.HandleAsync);
        api.MapGet("/health", HealthEndpoint.CheckAsync);

        var keyed = app.MapGroup("/api").AddEndpointFilter<ApiKeyFilter>();
        keyed.MapGet("/status", StatusEndpoint.GetAsync);
        keyed.MapGet("/poison", PoisonEndpoints.ListAsync);
        keyed.MapGet("/poison/{id}", PoisonEndpoints.GetAsync);
        keyed.MapPost("/poison/{id}/replay", PoisonEndpoints.ReplayAsync);
        keyed.MapGet("/summaries/{date}", SummaryEndpoints.GetAsync);
        keyed.MapGet("/summaries/{date}/accounts", DrillDownEndpoints.AccountsAsync);
        keyed.MapPost("/summaries/run", SummaryEndpoints.RunAsync);
        keyed.MapPost("/summaries/backfill", SummaryEndpoints.BackfillAsync);
        keyed.MapGet("/facts/mentions", DrillDownEndpoints.MentionsAsync);
        keyed.MapGet("/facts", DrillDownEndpoints.FactsAsync);
        keyed.MapGet("/sqls", LeadEndpoints.ListSqlsAsync);
        keyed.MapGet("/sqls/totals", LeadEndpoints.TotalsAsync);
        keyed.MapPost("/sqls/{id}/status", LeadEndpoints.SetStatusAsync);
        keyed.MapGet("/attribution", LeadEndpoints.ListAttributionAsync);
        keyed.MapGet("/mentions", MentionEndpoints.ListAsync);
        keyed.MapPost("/mentions/reanalyse", MentionEndpoints.ReanalyseAsync);
        keyed.MapGet("/advocates", AdvocateEndpoints.ListAsync);
        keyed.MapPost("/advocates/{contactId}/asked", AdvocateEndpoints.RecordAskAsync);
        keyed.MapPost("/contacts/{id}/opt-out", ContactEndpoints.OptOutAsync);
        keyed.MapDelete("/contacts/{id}", ContactEndpoints.EraseAsync);
    }
}
