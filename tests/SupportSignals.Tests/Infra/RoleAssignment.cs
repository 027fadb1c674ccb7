using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace SupportSignals.Tests.Infra;

/// <summary>A role assignment as the deployment engine predicts it: its id spells out scope and name.</summary>
internal sealed partial record RoleAssignment(string Scope, string NameScope, string NamePrincipal, string NameRole, JsonObject Resource)
{
    public string Principal => (string)Resource["properties"]!["principalId"]!;

    public string RoleDefinitionId => (string)Resource["properties"]!["roleDefinitionId"]!;

    public string RoleGuid => RoleDefinitionId[(RoleDefinitionId.LastIndexOf('/') + 1)..];

    public static RoleAssignment Parse(JsonObject resource)
    {
        var id = (string)resource["id"]!;
        var match = ScopedGuidName().Match(id);
        if (!match.Success)
            throw new FormatException("Role assignment is not a guid() named extension of a resource: " + id);
        return new RoleAssignment(
            match.Groups["scope"].Value, match.Groups["nameScope"].Value, match.Groups["principal"].Value,
            match.Groups["role"].Value, resource);
    }

    [GeneratedRegex(@"^\[extensionResourceId\('(?<scope>[^']+)', 'Microsoft\.Authorization/roleAssignments', guid\('(?<nameScope>[^']+)', (?<principal>.+), '(?<role>[^']+)'\)\)\]$")]
    private static partial Regex ScopedGuidName();
}
