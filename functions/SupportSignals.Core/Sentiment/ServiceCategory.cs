using System.Text.Json.Serialization;

namespace SupportSignals.Sentiment;

/// <summary>What about the service a mention is about (DOMAIN.md, "Service mention").</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ServiceCategory>))]
public enum ServiceCategory
{
    [JsonStringEnumMemberName("speed_responsiveness")] Speed,
    [JsonStringEnumMemberName("knowledge_competence")] Knowledge,
    [JsonStringEnumMemberName("friendliness_empathy")] Friendliness,
    [JsonStringEnumMemberName("resolution_effectiveness")] Resolution,
    [JsonStringEnumMemberName("availability_channels")] Availability,
    [JsonStringEnumMemberName("onboarding_success")] Onboarding,
}
