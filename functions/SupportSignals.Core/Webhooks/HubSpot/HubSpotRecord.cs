namespace SupportSignals.Webhooks.HubSpot;

/// <summary>One CRM record as HubSpot answered: the properties asked for and the ids of its associated companies.</summary>
public sealed record HubSpotRecord(IReadOnlyDictionary<string, string?> Properties, IReadOnlyList<string> CompanyIds)
{
    public string? Property(string name) => Properties.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value : null;
}
