using System.Text.Json.Serialization;

namespace SupportSignals.Sentiment;

[JsonConverter(typeof(JsonStringEnumConverter<Polarity>))]
public enum Polarity
{
    [JsonStringEnumMemberName("positive")] Positive,
    [JsonStringEnumMemberName("negative")] Negative,
    [JsonStringEnumMemberName("neutral")] Neutral,
    [JsonStringEnumMemberName("mixed")] Mixed,
}
