using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SupportSignals.Advocates;
using SupportSignals.Privacy;
using SupportSignals.Processing;

namespace SupportSignals.Api.Advocates;

public static class AdvocatesRegistration
{
    /// <summary>The advocate index and list, asks, opt-outs and erasure. Settings: section <c>Advocates</c>.</summary>
    public static IServiceCollection AddAdvocates(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection("Advocates").Get<AdvocateOptions>() ?? new AdvocateOptions();
        if (options.Problem() is { } problem) throw new InvalidOperationException(problem);
        services.AddSingleton(options);
        services.AddRecordTable<AdvocateSignal>(AdvocateSignal.TableName);
        services.AddRecordTable<AdvocateAsk>(AdvocateAsk.TableName);
        // After the feedback and ticket projections: it copies the records they have just merged.
        services.AddSingleton<IEventProjection, AdvocateSignalProjection>();
        services.AddSingleton<AdvocateFinder>();
        services.AddSingleton<AdvocateAskLog>();
        services.AddSingleton<ContactOptOut>();
        services.AddSingleton<ContactErasure>();
        return services;
    }
}
