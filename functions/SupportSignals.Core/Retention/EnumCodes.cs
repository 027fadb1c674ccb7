using System.Text.Json;

namespace SupportSignals.Retention;

/// <summary>Enums by their JSON names ("speed_responsiveness", "churned"), as the API writes them and query strings take them.</summary>
public static class EnumCodes
{
    public static string Code<T>(T value) where T : struct, Enum => JsonSerializer.Serialize(value).Trim('"');

    public static bool TryParse<T>(string? code, out T value) where T : struct, Enum
    {
        value = Enum.GetValues<T>().FirstOrDefault(v => Code(v) == code);
        return Code(value) == code;
    }
}
