namespace SupportSignals.Webhooks.HubSpot;

/// <summary>One CRM record as HubSpot answered: the properties asked for and the ids of its associated records by type.</summary>
public sealed record HubSpotRecord(IReadOnlyDictionary<string, string?> Properties, IReadOnlyDictionary<string, IReadOnlyList<string>> Associations)
{
    public string? Property(string name) => Properties.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value : null;

    public string? FirstAssociated(string objectType) => Associations.TryGetValue(objectType, out var ids) && ids.Count > 0 ? ids[0] : null;
}
