using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SupportSignals.Attribution;
using SupportSignals.Leads;
using SupportSignals.Processing;

namespace SupportSignals.Api.Leads;

public static class LeadsRegistration
{
    /// <summary>SQL detection and the attribution ledger; their projections run after the foundation's.</summary>
    public static IServiceCollection AddLeads(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(configuration.GetSection("Leads").Get<LeadOptions>() ?? new LeadOptions());
        services.AddSingleton(configuration.GetSection("Attribution").Get<AttributionOptions>() ?? new AttributionOptions());
        services.AddRecordTable<PendingSave>(PendingSave.TableName);
        services.AddSingleton<IEventProjection, SqlProjection>();
        services.AddSingleton<AttributionLedger>();
        services.AddSingleton<IEventProjection>(sp => sp.GetRequiredService<AttributionLedger>());
        return services;
    }
}
