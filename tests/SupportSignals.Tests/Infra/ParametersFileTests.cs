using System.Text.Json.Nodes;

namespace SupportSignals.Tests.Infra;

public sealed class ParametersFileTests
{
    [Fact]
    public async Task Parameters_file_sets_only_declared_plain_parameters()
    {
        var declared = (await CompiledTemplate.JsonAsync())["parameters"]!.AsObject();
        var file = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(Repository.Root, "infra", "main.parameters.json")))!;
        var names = file["parameters"]!.AsObject().Select(parameter => parameter.Key).ToList();

        Assert.NotEmpty(names);
        Assert.All(names, name =>
        {
            Assert.True(declared.ContainsKey(name), $"main.bicep declares no parameter {name}");
            Assert.DoesNotContain("secure", (string)declared[name]!["type"]!, StringComparison.OrdinalIgnoreCase);
        });
    }
}
