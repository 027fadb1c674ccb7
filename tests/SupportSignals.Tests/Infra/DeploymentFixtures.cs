using System.Text.Json.Nodes;

namespace SupportSignals.Tests.Infra;

/// <summary>main.bicep with its defaults: no signing secrets, so no source is enabled.</summary>
public sealed class DefaultDeployment : IAsyncLifetime
{
    internal DeploymentSnapshot Snapshot { get; private set; } = null!;

    public async Task InitializeAsync() => Snapshot = await DeploymentSnapshot.CreateAsync(new JsonObject { ["appName"] = "supsig" });

    public Task DisposeAsync() => Task.CompletedTask;
}

/// <summary>main.bicep with a signing secret for every source but one, a rotation under way, a typo and extras.</summary>
public sealed class ConfiguredDeployment : IAsyncLifetime
{
    public const string DisabledSource = "intercom";
    public const string RotatingSource = "stripe";
    public const string MisspeltSource = "zendsk";
    public const string ApiKeySetting = "Webhooks__chatwoot__Settings__ApiKey";
    public const string ApiKeyValue = "chatwoot-api-key-0f9e";
    public const string PlainSetting = "Webhooks__typeform__ToleranceSeconds";

    public static IReadOnlyList<string> EnabledSources { get; } =
        WebhookSourceNames.All.Where(source => source != DisabledSource).ToList();

    public static string SecretOf(string source) => $"{source}-signing-secret-4c1d";

    public static string SecondarySecretOf(string source) => $"{source}-next-secret-9b2e";

    public static IEnumerable<string> AllSecretValues =>
        WebhookSourceNames.All.Select(SecretOf).Append(SecondarySecretOf(RotatingSource)).Append(ApiKeyValue);

    internal DeploymentSnapshot Snapshot { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var secrets = new JsonObject();
        foreach (var source in EnabledSources)
            secrets[source] = SecretOf(source);
        secrets[DisabledSource] = "";
        secrets[MisspeltSource] = SecretOf(MisspeltSource);

        Snapshot = await DeploymentSnapshot.CreateAsync(new JsonObject
        {
            ["webhookSecrets"] = secrets,
            ["webhookSecondarySecrets"] = new JsonObject
            {
                [RotatingSource] = SecondarySecretOf(RotatingSource),
                [DisabledSource] = SecondarySecretOf(DisabledSource),
            },
            ["additionalSecretSettings"] = new JsonObject { [ApiKeySetting] = ApiKeyValue },
            ["additionalSettings"] = new JsonObject { [PlainSetting] = "600" },
            ["maximumInstanceCount"] = 7,
            ["instanceMemoryMB"] = 4096,
            ["maxDeliveryCount"] = 8,
            ["duplicateDetectionWindow"] = "PT2H",
            ["summarySchedule"] = "0 0 4 * * *",
        });
    }

    public Task DisposeAsync() => Task.CompletedTask;
}
