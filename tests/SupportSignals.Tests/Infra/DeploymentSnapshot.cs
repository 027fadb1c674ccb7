using System.Text.Json;
using System.Text.Json.Nodes;

namespace SupportSignals.Tests.Infra;

/// <summary>
/// What a deployment of the compiled template would create, evaluated offline by <c>bicep snapshot</c> (the ARM
/// deployment engine): loops, functions and modules are expanded; only values that exist after a resource is
/// created (principal ids, endpoints) stay as <c>reference(...)</c> expressions.
/// </summary>
internal sealed class DeploymentSnapshot
{
    public const string SubscriptionId = "00000000-0000-0000-0000-0000000000a1";
    public const string ResourceGroup = "rg-supportsignals-test";

    private readonly JsonObject _snapshot;

    private DeploymentSnapshot(JsonObject snapshot) => _snapshot = snapshot;

    public IReadOnlyList<JsonObject> Resources =>
        _snapshot["predictedResources"]!.AsArray().Select(resource => resource!.AsObject()).ToList();

    public IEnumerable<JsonObject> OfType(string type) =>
        Resources.Where(resource => (string?)resource["type"] == type);

    public JsonObject Single(string type) => OfType(type).Single();

    public JsonNode? Output(string name) => _snapshot["outputs"]?[name];

    public string IdentityId => (string)Single("Microsoft.ManagedIdentity/userAssignedIdentities")["id"]!;

    public IReadOnlyDictionary<string, string> AppSettings =>
        Single("Microsoft.Web/sites")["properties"]!["siteConfig"]!["appSettings"]!.AsArray()
            .ToDictionary(setting => (string)setting!["name"]!, setting => (string)setting!["value"]!);

    /// <summary>Snapshots main.bicep deployed with these parameter values (the rest keep their defaults).</summary>
    public static async Task<DeploymentSnapshot> CreateAsync(JsonObject parameters)
    {
        var template = await CompiledTemplate.JsonAsync();
        var directory = Directory.CreateTempSubdirectory("supportsignals-infra-");
        try
        {
            // The engine treats secure parameter values as unknowable; plain ones let the test follow where secrets go.
            await File.WriteAllTextAsync(Path.Combine(directory.FullName, "main.json"), WithoutSecureTypes(template).ToJsonString());
            await File.WriteAllTextAsync(Path.Combine(directory.FullName, "values.json"), parameters.ToJsonString());
            var bicepParams = Path.Combine(directory.FullName, "deployment.bicepparam");
            await File.WriteAllLinesAsync(bicepParams,
                ["using 'main.json'", "var values = loadJsonContent('values.json')",
                 .. parameters.Select(parameter => $"param {parameter.Key} = values.{parameter.Key}")]);

            var run = await BicepCli.RunAsync("snapshot", bicepParams,
                "--subscription-id", SubscriptionId, "--resource-group", ResourceGroup, "--location", "westeurope");
            if (run.ExitCode != 0)
                throw new InvalidOperationException($"bicep snapshot failed: {run.Errors}{run.Output}");

            var snapshot = JsonNode.Parse(await File.ReadAllTextAsync(Path.ChangeExtension(bicepParams, ".snapshot.json")))!.AsObject();
            var diagnostics = snapshot["diagnostics"]!.AsArray();
            if (diagnostics.Count > 0)
                throw new InvalidOperationException("bicep snapshot could not evaluate everything: " + diagnostics.ToJsonString());
            return new DeploymentSnapshot(snapshot);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private static JsonNode WithoutSecureTypes(JsonNode template)
    {
        var copy = template.DeepClone();
        foreach (var node in Descendants(copy).OfType<JsonObject>().ToList())
        {
            if (node["type"] is JsonValue type && type.GetValueKind() == JsonValueKind.String)
            {
                var name = (string)type!;
                if (name.Equals("securestring", StringComparison.OrdinalIgnoreCase)) node["type"] = "string";
                else if (name.Equals("secureobject", StringComparison.OrdinalIgnoreCase)) node["type"] = "object";
            }
        }
        return copy;
    }

    public static IEnumerable<JsonNode> Descendants(JsonNode node)
    {
        yield return node;
        var children = node switch
        {
            JsonObject obj => obj.Select(property => property.Value),
            JsonArray array => array.AsEnumerable(),
            _ => [],
        };
        foreach (var child in children.OfType<JsonNode>())
        {
            foreach (var descendant in Descendants(child))
                yield return descendant;
        }
    }
}
