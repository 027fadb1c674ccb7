namespace SupportSignals.Tests.Infra;

/// <summary>Paths in the checkout the tests run from.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string MainTemplate => Path.Combine(Root, "infra", "main.bicep");

    public static string TestProject => Path.Combine(Root, "tests", "SupportSignals.Tests", "SupportSignals.Tests.csproj");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "SupportSignals.sln")))
                return directory.FullName;
        }
        throw new InvalidOperationException($"No SupportSignals.sln in or above {AppContext.BaseDirectory}.");
    }
}
