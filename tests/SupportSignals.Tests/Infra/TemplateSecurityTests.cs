using System.Text.Json.Nodes;

namespace SupportSignals.Tests.Infra;

public sealed class TemplateSecurityTests(DefaultDeployment deployment) : IClassFixture<DefaultDeployment>
{
    private readonly DeploymentSnapshot _snapshot = deployment.Snapshot;

    [Fact]
    public void Storage_accepts_only_entra_identities_over_tls_1_2()
    {
        var properties = _snapshot.Single("Microsoft.Storage/storageAccounts")["properties"]!;

        Assert.False((bool)properties["allowSharedKeyAccess"]!);
        Assert.False((bool)properties["allowBlobPublicAccess"]!);
        Assert.True((bool)properties["supportsHttpsTrafficOnly"]!);
        Assert.Equal("TLS1_2", (string?)properties["minimumTlsVersion"]);
        Assert.Equal("None", (string?)_snapshot.Single("Microsoft.Storage/storageAccounts/blobServices/containers")["properties"]!["publicAccess"]);
    }

    [Fact]
    public void Service_bus_takes_no_keys_and_its_queue_drops_duplicates_and_dead_letters_expired_events()
    {
        var serviceBus = _snapshot.Single("Microsoft.ServiceBus/namespaces");
        var queue = _snapshot.Single("Microsoft.ServiceBus/namespaces/queues");

        Assert.Equal("Standard", (string?)serviceBus["sku"]!["name"]);
        Assert.True((bool)serviceBus["properties"]!["disableLocalAuth"]!);
        Assert.EndsWith("/events", (string)queue["name"]!, StringComparison.Ordinal);
        Assert.True((bool)queue["properties"]!["requiresDuplicateDetection"]!);
        Assert.Equal("PT1H", (string?)queue["properties"]!["duplicateDetectionHistoryTimeWindow"]);
        Assert.Equal(5, (int)queue["properties"]!["maxDeliveryCount"]!);
        Assert.Equal("PT1M", (string?)queue["properties"]!["lockDuration"]);
        Assert.True((bool)queue["properties"]!["deadLetteringOnMessageExpiration"]!);
    }

    [Fact]
    public void Language_account_takes_only_entra_tokens_on_its_own_subdomain()
    {
        var language = _snapshot.Single("Microsoft.CognitiveServices/accounts");

        Assert.Equal("TextAnalytics", (string?)language["kind"]);
        Assert.True((bool)language["properties"]!["disableLocalAuth"]!);
        Assert.Equal((string?)language["name"], (string?)language["properties"]!["customSubDomainName"]);
    }

    [Fact]
    public void Telemetry_ingestion_requires_entra()
    {
        var insights = _snapshot.Single("Microsoft.Insights/components");

        Assert.True((bool)insights["properties"]!["DisableLocalAuth"]!);
        Assert.Equal(
            (string?)_snapshot.Single("Microsoft.OperationalInsights/workspaces")["id"],
            (string?)insights["properties"]!["WorkspaceResourceId"]);
    }

    [Fact]
    public void Key_vault_authorises_by_role_and_cannot_lose_secrets()
    {
        var properties = _snapshot.Single("Microsoft.KeyVault/vaults")["properties"]!;

        Assert.True((bool)properties["enableRbacAuthorization"]!);
        Assert.True((bool)properties["enableSoftDelete"]!);
        Assert.True((bool)properties["enablePurgeProtection"]!);
    }

    [Fact]
    public void Function_app_runs_dotnet_isolated_10_on_flex_consumption_as_the_user_assigned_identity()
    {
        var plan = _snapshot.Single("Microsoft.Web/serverfarms");
        var app = _snapshot.Single("Microsoft.Web/sites");
        var config = app["properties"]!["functionAppConfig"]!;
        var deploymentStorage = config["deployment"]!["storage"]!;

        Assert.Equal("FC1", (string?)plan["sku"]!["name"]);
        Assert.Equal("FlexConsumption", (string?)plan["sku"]!["tier"]);
        Assert.Equal("dotnet-isolated", (string?)config["runtime"]!["name"]);
        Assert.Equal("10.0", (string?)config["runtime"]!["version"]);
        Assert.Equal("UserAssigned", (string?)app["identity"]!["type"]);
        Assert.Equal([_snapshot.IdentityId], app["identity"]!["userAssignedIdentities"]!.AsObject().Select(identity => identity.Key));
        Assert.Equal(_snapshot.IdentityId, (string?)app["properties"]!["keyVaultReferenceIdentity"]);
        Assert.True((bool)app["properties"]!["httpsOnly"]!);
        Assert.Equal("blobContainer", (string?)deploymentStorage["type"]);
        Assert.Equal("UserAssignedIdentity", (string?)deploymentStorage["authentication"]!["type"]);
        Assert.Equal(_snapshot.IdentityId, (string?)deploymentStorage["authentication"]!["userAssignedIdentityResourceId"]);
        Assert.Equal(40, (int)config["scaleAndConcurrency"]!["maximumInstanceCount"]!);
        Assert.Equal(2048, (int)config["scaleAndConcurrency"]!["instanceMemoryMB"]!);
    }

    [Fact]
    public void Publishing_passwords_are_off()
    {
        var policies = _snapshot.OfType("Microsoft.Web/sites/basicPublishingCredentialsPolicies").ToList();

        Assert.Equal(["ftp", "scm"], policies.Select(policy => ((string)policy["name"]!).Split('/')[^1]).Order());
        Assert.All(policies, policy => Assert.False((bool)policy["properties"]!["allow"]!));
    }

    [Fact]
    public void Every_setting_the_app_reads_is_present()
    {
        string[] required =
        [
            "AzureWebJobsStorage__accountName", "AzureWebJobsStorage__credential", "AzureWebJobsStorage__clientId",
            "Storage__AccountName", "Identity__ClientId", "ServiceBus__fullyQualifiedNamespace", "ServiceBus__credential",
            "ServiceBus__clientId", "Queues__Events", "Processing__MaxAttempts", "Summary__Schedule", "Sentiment__Analyzer",
            "Language__Endpoint", "APPLICATIONINSIGHTS_CONNECTION_STRING", "APPLICATIONINSIGHTS_AUTHENTICATION_STRING",
        ];

        Assert.Empty(required.Except(_snapshot.AppSettings.Keys));
    }

    [Fact]
    public void Settings_connect_by_the_user_assigned_identity()
    {
        var settings = _snapshot.AppSettings;
        var storageAccount = (string)_snapshot.Single("Microsoft.Storage/storageAccounts")["name"]!;
        var clientId = settings["Identity__ClientId"];

        Assert.Contains(_snapshot.IdentityId, clientId, StringComparison.Ordinal);
        Assert.EndsWith(".clientId]", clientId, StringComparison.Ordinal);
        Assert.Equal(clientId, settings["AzureWebJobsStorage__clientId"]);
        Assert.Equal(clientId, settings["ServiceBus__clientId"]);
        Assert.Equal("managedidentity", settings["AzureWebJobsStorage__credential"]);
        Assert.Equal("managedidentity", settings["ServiceBus__credential"]);
        Assert.Equal(storageAccount, settings["AzureWebJobsStorage__accountName"]);
        Assert.Equal(storageAccount, settings["Storage__AccountName"]);
        Assert.Contains("Authorization=AAD;ClientId={0}", settings["APPLICATIONINSIGHTS_AUTHENTICATION_STRING"], StringComparison.Ordinal);
        Assert.Contains(_snapshot.IdentityId, settings["APPLICATIONINSIGHTS_AUTHENTICATION_STRING"], StringComparison.Ordinal);
    }

    [Fact]
    public void Settings_carry_the_app_defaults()
    {
        var settings = _snapshot.AppSettings;

        Assert.Equal("events", settings["Queues__Events"]);
        Assert.Equal("5", settings["Processing__MaxAttempts"]);
        Assert.Equal("0 30 2 * * *", settings["Summary__Schedule"]);
        Assert.Equal("azure", settings["Sentiment__Analyzer"]);
    }

    [Fact]
    public void Flex_consumption_forbidden_worker_runtime_setting_is_absent()
    {
        Assert.DoesNotContain("FUNCTIONS_WORKER_RUNTIME", _snapshot.AppSettings.Keys, StringComparer.OrdinalIgnoreCase);
    }

    [Fact]
    public void Without_signing_secrets_no_source_is_enabled()
    {
        Assert.DoesNotContain(_snapshot.AppSettings.Keys, name => name.StartsWith("Webhooks__", StringComparison.Ordinal));
        Assert.Empty(_snapshot.OfType("Microsoft.KeyVault/vaults/secrets"));
        Assert.Empty(_snapshot.Output("webhookUrls")!.AsObject());
    }

    [Fact]
    public void Each_role_assignment_is_scoped_to_its_resource_and_named_from_scope_principal_and_role()
    {
        var assignments = _snapshot.OfType("Microsoft.Authorization/roleAssignments").Select(RoleAssignment.Parse).ToList();

        Assert.NotEmpty(assignments);
        Assert.All(assignments, assignment =>
        {
            Assert.Equal(assignment.Scope, assignment.NameScope);
            Assert.Equal(assignment.Principal, $"[{assignment.NamePrincipal}]");
            Assert.Equal(assignment.RoleDefinitionId, assignment.NameRole);
            Assert.Contains(_snapshot.IdentityId, assignment.Principal, StringComparison.Ordinal);
            Assert.Equal("ServicePrincipal", (string?)assignment.Resource["properties"]!["principalType"]);
        });
    }

    [Fact]
    public void The_identity_holds_exactly_the_roles_each_resource_needs()
    {
        var typesById = _snapshot.Resources.ToDictionary(resource => (string)resource["id"]!, resource => (string)resource["type"]!);

        var granted = _snapshot.OfType("Microsoft.Authorization/roleAssignments")
            .Select(RoleAssignment.Parse)
            .Select(assignment => $"{typesById[assignment.Scope]} {assignment.RoleGuid}")
            .Order();

        Assert.Equal(
            new[]
            {
                "Microsoft.CognitiveServices/accounts 7628b7b8-a8b2-4cdc-b46f-e9b35248918e", // Cognitive Services Language Reader
                "Microsoft.Insights/components 3913510d-42f4-4e42-8a64-420c390055eb", // Monitoring Metrics Publisher
                "Microsoft.KeyVault/vaults 4633458b-17de-408a-b874-0445c86b69e6", // Key Vault Secrets User
                "Microsoft.ServiceBus/namespaces/queues 4f6d3b9b-027b-4f4c-9142-0e5a2a2247e0", // Azure Service Bus Data Receiver
                "Microsoft.ServiceBus/namespaces/queues 69a216fc-b8fb-44d8-bc22-1f3c2cd27a39", // Azure Service Bus Data Sender
                "Microsoft.Storage/storageAccounts 0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3", // Storage Table Data Contributor
                "Microsoft.Storage/storageAccounts 974c5e8b-45b9-4653-ba55-5f855dd0fb88", // Storage Queue Data Contributor
                "Microsoft.Storage/storageAccounts b7e6dc6d-f1e8-4753-8033-0f276bb0955b", // Storage Blob Data Owner
            },
            granted);
    }

    [Fact]
    public async Task Secret_parameters_are_declared_secure_in_the_compiled_template()
    {
        var template = await CompiledTemplate.JsonAsync();
        var parameters = template["parameters"]!.AsObject();

        Assert.All(
            ["webhookSecrets", "webhookSecondarySecrets", "additionalSecretSettings"],
            name => Assert.Equal("secureObject", (string?)parameters[name]!["type"]));
        Assert.DoesNotContain(
            parameters.Where(parameter => (string?)parameter.Value!["type"] is "string" or "object"),
            parameter => parameter.Key.Contains("secret", StringComparison.OrdinalIgnoreCase));
    }
}
