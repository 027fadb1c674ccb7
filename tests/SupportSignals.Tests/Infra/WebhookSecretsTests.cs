using System.Text.Json.Nodes;

namespace SupportSignals.Tests.Infra;

public sealed class WebhookSecretsTests(ConfiguredDeployment deployment) : IClassFixture<ConfiguredDeployment>
{
    private const string KeyVaultReferencePrefix = "[format('@Microsoft.KeyVault(SecretUri={0}secrets/{1}/)', ";

    private readonly DeploymentSnapshot _snapshot = deployment.Snapshot;

    private Dictionary<string, string> StoredSecrets =>
        _snapshot.OfType("Microsoft.KeyVault/vaults/secrets").ToDictionary(
            secret => ((string)secret["name"]!).Split('/')[^1],
            secret => (string)secret["properties"]!["value"]!);

    [Fact]
    public void Each_source_with_a_secret_gets_it_stored_in_key_vault_and_referenced_from_its_setting()
    {
        var settings = _snapshot.AppSettings;
        var stored = StoredSecrets;
        var vault = (string)_snapshot.Single("Microsoft.KeyVault/vaults")["id"]!;

        Assert.All(ConfiguredDeployment.EnabledSources, source =>
        {
            Assert.Equal(ConfiguredDeployment.SecretOf(source), stored[$"Webhooks--{source}--Secret"]);
            var reference = settings[$"Webhooks__{source}__Secret"];
            Assert.StartsWith(KeyVaultReferencePrefix, reference, StringComparison.Ordinal);
            Assert.Contains(vault, reference, StringComparison.Ordinal);
            Assert.EndsWith($".vaultUri, 'Webhooks--{source}--Secret')]", reference, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void A_source_with_an_empty_secret_stays_disabled()
    {
        var disabled = ConfiguredDeployment.DisabledSource;

        Assert.DoesNotContain(_snapshot.AppSettings.Keys, name => name.StartsWith($"Webhooks__{disabled}__", StringComparison.Ordinal));
        Assert.DoesNotContain(StoredSecrets.Keys, name => name.StartsWith($"Webhooks--{disabled}--", StringComparison.Ordinal));
    }

    [Fact]
    public void A_secondary_secret_is_set_only_beside_a_primary_one()
    {
        var rotating = ConfiguredDeployment.RotatingSource;
        var secondarySettings = _snapshot.AppSettings.Keys.Where(name => name.EndsWith("__SecondarySecret", StringComparison.Ordinal));

        Assert.Equal([$"Webhooks__{rotating}__SecondarySecret"], secondarySettings);
        Assert.StartsWith(KeyVaultReferencePrefix, _snapshot.AppSettings[$"Webhooks__{rotating}__SecondarySecret"], StringComparison.Ordinal);
        Assert.Equal(ConfiguredDeployment.SecondarySecretOf(rotating), StoredSecrets[$"Webhooks--{rotating}--SecondarySecret"]);
    }

    [Fact]
    public void Extra_secret_settings_go_through_key_vault_and_plain_ones_do_not()
    {
        var settings = _snapshot.AppSettings;

        Assert.StartsWith(KeyVaultReferencePrefix, settings[ConfiguredDeployment.ApiKeySetting], StringComparison.Ordinal);
        Assert.Equal(ConfiguredDeployment.ApiKeyValue, StoredSecrets[ConfiguredDeployment.ApiKeySetting.Replace('_', '-')]);
        Assert.Equal("600", settings[ConfiguredDeployment.PlainSetting]);
    }

    [Fact]
    public void Every_setting_named_like_a_secret_is_a_key_vault_reference()
    {
        string[] secretWords = ["Secret", "Password", "ApiKey", "__Key"];
        var secretLooking = _snapshot.AppSettings.Where(setting =>
            secretWords.Any(word => setting.Key.Contains(word, StringComparison.OrdinalIgnoreCase))).ToList();

        Assert.Equal(ConfiguredDeployment.EnabledSources.Count + 2, secretLooking.Count);
        Assert.All(secretLooking, setting => Assert.StartsWith(KeyVaultReferencePrefix, setting.Value, StringComparison.Ordinal));
    }

    [Fact]
    public void No_secret_value_appears_outside_its_key_vault_secret()
    {
        var elsewhere = new JsonArray(_snapshot.Resources
            .Where(resource => (string?)resource["type"] != "Microsoft.KeyVault/vaults/secrets")
            .Select(resource => resource.DeepClone())
            .Append(_snapshot.Output("webhookUrls")!.DeepClone())
            .Append(_snapshot.Output("unknownWebhookSources")!.DeepClone())
            .ToArray()).ToJsonString();

        Assert.All(ConfiguredDeployment.AllSecretValues, secret => Assert.DoesNotContain(secret, elsewhere, StringComparison.Ordinal));
    }

    [Fact]
    public void Webhook_urls_are_output_for_the_enabled_sources_only()
    {
        var urls = (string)_snapshot.Output("webhookUrls")!;
        var siteId = (string)_snapshot.Single("Microsoft.Web/sites")["id"]!;

        Assert.All(ConfiguredDeployment.EnabledSources, source =>
            Assert.Contains($"'{source}', format('https://{{0}}/api/webhooks/{{1}}', reference('{siteId}'", urls, StringComparison.Ordinal));
        Assert.DoesNotContain($"'{ConfiguredDeployment.DisabledSource}'", urls, StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelt_source_is_reported_instead_of_silently_ignored()
    {
        Assert.Equal([ConfiguredDeployment.MisspeltSource], _snapshot.Output("unknownWebhookSources")!.AsArray().Select(name => (string)name!));
        Assert.DoesNotContain(_snapshot.AppSettings.Keys, name => name.Contains(ConfiguredDeployment.MisspeltSource, StringComparison.Ordinal));
    }

    [Fact]
    public void Scale_queue_and_schedule_parameters_reach_their_resources()
    {
        var scale = _snapshot.Single("Microsoft.Web/sites")["properties"]!["functionAppConfig"]!["scaleAndConcurrency"]!;
        var queue = _snapshot.Single("Microsoft.ServiceBus/namespaces/queues")["properties"]!;

        Assert.Equal(7, (int)scale["maximumInstanceCount"]!);
        Assert.Equal(4096, (int)scale["instanceMemoryMB"]!);
        Assert.Equal(8, (int)queue["maxDeliveryCount"]!);
        Assert.Equal("8", _snapshot.AppSettings["Processing__MaxAttempts"]);
        Assert.Equal("PT2H", (string?)queue["duplicateDetectionHistoryTimeWindow"]);
        Assert.Equal("0 0 4 * * *", _snapshot.AppSettings["Summary__Schedule"]);
    }
}
