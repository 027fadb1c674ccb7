using System.Globalization;
using SupportSignals.Storage;

namespace SupportSignals.Sentiment;

/// <summary>
/// Which stored analyses to read: of one feedback kind, given within [<see cref="From"/>, <see cref="To"/>), only
/// those that mention the service. Each part left null selects everything.
/// </summary>
public sealed record FeedbackSelection(string? Kind = null, DateTimeOffset? From = null, DateTimeOffset? To = null, bool ServiceOnly = false)
{
    public RecordQuery ToQuery()
    {
        var where = new Dictionary<string, object>();
        if (Kind is not null) where["kind"] = Kind;
        if (ServiceOnly) where["mentionsService"] = true;
        return new RecordQuery { Where = where, RangeProperty = "givenAt", RangeFrom = Stored(From), RangeTo = Stored(To) };
    }

    // As the table stores instants: UTC ISO 8601, so the ordinal range is a time range.
    private static string? Stored(DateTimeOffset? at) => at?.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);
}
