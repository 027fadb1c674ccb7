namespace SupportSignals.Webhooks.HubSpot;

/// <summary>HubSpot's CRM objects API (<c>GET /crm/v3/objects/{type}/{id}</c>), as far as completing its webhooks needs.</summary>
public interface IHubSpotCrm
{
    /// <returns>
    /// The record's requested properties (null when unset) and the ids of its associated records of the requested
    /// types (<c>companies</c>, <c>contacts</c>); null when HubSpot has no such record.
    /// </returns>
    Task<HubSpotRecord?> FindAsync(string objectType, string id, IReadOnlyCollection<string> properties, IReadOnlyCollection<string> associations, CancellationToken cancellationToken = default);
}
