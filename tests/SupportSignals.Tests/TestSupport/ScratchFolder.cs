namespace SupportSignals.Tests.TestSupport;

/// <summary>A temporary folder for files a test writes and a tool under test reads by path; gone when disposed.</summary>
public sealed class ScratchFolder(string prefix) : IDisposable
{
    private readonly string _path = Directory.CreateTempSubdirectory(prefix).FullName;

    /// <summary>Writes <paramref name="text"/> to a file of that name in the folder and returns its path.</summary>
    public string Write(string name, string text)
    {
        var path = Path.Combine(_path, name);
        File.WriteAllText(path, text);
        return path;
    }

    public void Dispose() => Directory.Delete(_path, recursive: true);
}
