namespace SupportSignals.Azure.Sentiment;

/// <summary>Bound from <c>Language__*</c>: the Azure AI Language resource, by key or (key empty) by Entra identity.</summary>
public sealed class LanguageOptions
{
    public string? Endpoint { get; set; }
    /// <summary>Empty in Azure: the managed identity (<c>Identity__ClientId</c>) is used instead.</summary>
    public string? Key { get; set; }
    public string? ClientId { get; set; }
}
