using SupportSignals.Sentiment;

namespace SupportSignals.Retention;

/// <summary>Service categories as people read them (DOMAIN.md).</summary>
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
}
