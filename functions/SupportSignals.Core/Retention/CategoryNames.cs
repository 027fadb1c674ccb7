using SupportSignals.Sentiment;

namespace SupportSignals.Retention;

/// <summary>Service categories as people read them (DOMAIN.md) and as the API names them.</summary>
public static class CategoryNames
{
    public static string Of(ServiceCategory category) => category switch
    {
        ServiceCategory.Speed => "speed / responsiveness",
        ServiceCategory.Knowledge => "knowledge / competence",
        ServiceCategory.Friendliness => "friendliness / empathy",
        ServiceCategory.Resolution => "resolution / effectiveness",
        ServiceCategory.Availability => "availability / channels",
        _ => "onboarding / success management",
    };

    /// <summary>The JSON name ("speed_responsiveness"), as query strings take it.</summary>
    public static string Code(ServiceCategory category) => System.Text.Json.JsonSerializer.Serialize(category).Trim('"');

    public static bool TryParse(string? code, out ServiceCategory category)
    {
        foreach (var candidate in Enum.GetValues<ServiceCategory>())
        {
            if (Code(candidate) != code) continue;
            category = candidate;
            return true;
        }
        category = default;
        return false;
    }
}
