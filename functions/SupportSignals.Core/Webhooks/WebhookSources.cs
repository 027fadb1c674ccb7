namespace SupportSignals.Webhooks;

/// <summary>The sources this pipeline accepts: every known vendor that has configuration. Unconfigured means 404.</summary>
public sealed class WebhookSources
{
    private readonly Dictionary<string, (IWebhookSource Source, SourceOptions Options)> _enabled;

    public WebhookSources(IEnumerable<IWebhookSource> known, IReadOnlyDictionary<string, SourceOptions> configured)
    {
        _enabled = new(StringComparer.OrdinalIgnoreCase);
        var problems = new List<string>();
        foreach (var source in known)
        {
            if (!configured.TryGetValue(source.Name, out var options)) continue;
            problems.AddRange(source.ConfigurationProblems(options));
            // App Service leaves an unresolvable Key Vault reference as its literal text: a guessable "secret".
            var values = options.Settings.Select(setting => ($"Settings__{setting.Key}", (string?)setting.Value)).Prepend(("SecondarySecret", options.SecondarySecret)).Prepend(("Secret", options.Secret));
            foreach (var (setting, value) in values)
                if (value?.StartsWith("@Microsoft.KeyVault(", StringComparison.OrdinalIgnoreCase) == true)
                    problems.Add($"Webhooks__{source.Name}__{setting} is an unresolved Key Vault reference");
            _enabled[source.Name] = (source, options);
        }
        var unknown = configured.Keys.Where(name => !known.Any(s => s.Name.Equals(name, StringComparison.OrdinalIgnoreCase)));
        problems.AddRange(unknown.Select(name => $"Webhooks__{name} configures a source this pipeline does not know"));
        if (problems.Count > 0)
            throw new InvalidOperationException("Webhook configuration is invalid: " + string.Join("; ", problems));
    }

    public IEnumerable<string> EnabledNames => _enabled.Keys.Order(StringComparer.Ordinal);

    public bool TryGet(string name, out IWebhookSource source, out SourceOptions options)
    {
        var found = _enabled.TryGetValue(name, out var entry);
        (source, options) = found ? entry : (null!, null!);
        return found;
    }
}
