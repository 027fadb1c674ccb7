namespace SupportSignals.Webhooks.Front;

/// <summary>One Front contact as Front answered: its custom fields, every value as text.</summary>
public sealed record FrontContact(IReadOnlyDictionary<string, string> CustomFields)
{
    public string? CustomField(string name) => CustomFields.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value : null;
}
